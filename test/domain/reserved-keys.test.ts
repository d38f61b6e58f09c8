/**
 * The id rule and the keyed results, on every reserved name (Object.prototype's members and
 * "__proto__"): the slug rule never yields one, the schema refuses one, and the results keyed by
 * actor id (metric values, communities, layout) and the lemmatiser's table treat such a key as
 * data. The routes, ingest, restore and store are tested in test/reliability/reserved-names.test.ts.
 */
import { MultiGraph } from 'graphology';
import { RESERVED_KEYS, isReservedKey } from '../../server/domain/reserved-keys';
import { slugSchema } from '../../server/domain/schema';
import { actorIdFor, safeId, slugify } from '../../server/domain/slug';
import { isVerbInflection, lemmas } from '../../server/extract/lemma';
import { communitiesOf } from '../../server/graph/communities';
import { compactGraph } from '../../server/algorithms/compact';
import { computeLayout } from '../../server/graph/layout';
import { findMetric, measure } from '../../server/graph/metrics';
import { placeAround } from '../../server/graph/overview';
import type { ActorGraph } from '../../server/domain/types';

const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

describe('the slug rule', () => {
  const forms = RESERVED_KEYS.flatMap((n) => [n, n.toUpperCase(), n.toLowerCase(), `${n[0].toUpperCase()}${n.slice(1)}`, ` ${n}. `]);

  test.each(forms)('%j never gives a reserved id, and always the same one', (name) => {
    const id = slugify(name);
    expect(isReservedKey(id)).toBe(false);
    expect(slugSchema.safeParse(id).success).toBe(true);
    expect(slugify(name)).toBe(id);
  });

  test('"constructor" takes the suffix _id; other names keep their plain slug', () => {
    expect(slugify('Constructor')).toBe('constructor_id');
    expect(slugify('CONSTRUCTOR')).toBe('constructor_id');
    expect(slugify('The Constructor')).toBe('the-constructor');
    expect(slugify('toString')).toBe('tostring');
    expect(slugify('__proto__')).toBe('proto');
    expect(slugify('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
  });

  test('the suffix cannot be the slug of another name: slugs of names never hold "_"', () => {
    expect(slugify('constructor id')).toBe('constructor-id');
    expect(slugify('constructor_id')).toBe('constructor-id');
    expect(safeId('iran')).toBe('iran');
  });

  test('a reserved name given where an actor id is expected stands for its slug', () => {
    expect(RESERVED_KEYS.map(actorIdFor).filter(isReservedKey)).toEqual([]);
    expect(actorIdFor('constructor')).toBe('constructor_id');
    expect(actorIdFor('iran')).toBe('iran');
  });

  test('the id schema refuses every reserved name, naming the safe id for "constructor"', () => {
    for (const name of RESERVED_KEYS) expect([name, slugSchema.safeParse(name).success]).toEqual([name, false]);
    expect(slugSchema.safeParse('constructor').error?.issues[0].message).toBe(
      '"constructor" is reserved (every JavaScript object has a member of that name); use "constructor_id"',
    );
  });
});

describe('results keyed by node id hold reserved names as own keys', () => {
  // A graph file may name nodes so (graphology stores such nodes; only some of its per-node
  // iterations break): the results built here must still be right for them.
  const g = new MultiGraph({ type: 'mixed' }) as unknown as ActorGraph;
  for (const [i, key] of ['a', 'b', ...RESERVED_KEYS].entries()) g.addNode(key, { x: i, y: i % 3 } as never);
  g.addUndirectedEdge('a', 'b');
  const c = compactGraph(g, false);

  const expectAllOwn = (o: Record<string, unknown>, check: (v: unknown) => boolean): void => {
    for (const key of RESERVED_KEYS) expect([key, own(o, key), check(o[key])]).toEqual([key, true, true]);
    expect(Object.keys(o)).toHaveLength(RESERVED_KEYS.length + 2);
  };

  test('metric values', () => {
    const { values } = measure(findMetric('degree')!, c);
    expectAllOwn(values, (v) => v === 0);
    expect(JSON.parse(JSON.stringify(values))).toMatchObject({ a: 1 / (c.n - 1), constructor: 0 });
  });

  test('community membership', () => {
    const { membership } = communitiesOf(c);
    expectAllOwn(membership, (v) => typeof v === 'number');
  });

  test('layout positions, and actors placed around them', () => {
    const pos = computeLayout(g);
    expectAllOwn(pos, (p) => typeof (p as { x: unknown }).x === 'number');
    const placed = placeAround(g, { a: { x: 0, y: 0 }, b: { x: 1, y: 1 } });
    expectAllOwn(placed, (p) => typeof (p as { x: unknown }).x === 'number');
  });
});

describe('the lemmatiser', () => {
  test.each(RESERVED_KEYS.map((n) => n.toLowerCase()))('%s is a word like any other', (word) => {
    expect(lemmas(word).every((l) => typeof l === 'string')).toBe(true);
    // Only its ending can make it a verb form ("tostring" ends in -ing), not the irregular-forms table.
    expect(isVerbInflection(word)).toBe(/(?:ed|ing)$/.test(word));
  });
});
