/** Dataset → graph: nodes, merged edges, parallel types, weights and dates. */
import { validateDataset } from '../../server/data/validate-dataset';
import type { Dataset, RelationInput } from '../../server/domain/types';
import { buildGraph, edgeKey } from '../../server/graph/build';
import { TEXT_A, TEXT_B, tinyData } from '../helpers/tiny-dataset';

function dataset(extra: RelationInput[] = []): Dataset {
  const d = tinyData();
  return validateDataset({
    documents: [
      { id: 'doc-a', title: 'A', outlet: 'Outlet A', date: '2026-01-01', text: TEXT_A },
      { id: 'doc-b', title: 'B', outlet: 'Outlet B', date: '2026-01-05', text: TEXT_B },
    ],
    actors: d.actors,
    relations: [...d.relations, ...extra],
    files: { actors: 'actors', relations: 'relations' },
  });
}

test('one node per actor with its attributes', () => {
  const g = buildGraph(dataset());
  expect(g.order).toBe(4);
  expect(g.getNodeAttributes('delta')).toMatchObject({ label: 'Delta', kind: 'military', affiliation: 'gamma', provisional: false });
});

test('negotiates is undirected, mediates and opposes are directed', () => {
  const g = buildGraph(dataset());
  expect(g.isUndirected(edgeKey('negotiates', 'beta', 'alpha'))).toBe(true);
  expect(g.isDirected(edgeKey('opposes', 'delta', 'alpha'))).toBe(true);
  expect(g.source(edgeKey('mediates', 'gamma', 'beta'))).toBe('gamma');
});

test('weight counts evidence items; first and last seen span their dates', () => {
  const g = buildGraph(dataset());
  const e = g.getEdgeAttributes(edgeKey('opposes', 'delta', 'alpha'));
  expect(e).toMatchObject({ weight: 2, documents: 2, firstSeen: '2026-01-01', lastSeen: '2026-01-05' });
});

test('records naming the same pair in either order merge into one negotiates edge, without duplicate evidence', () => {
  const g = buildGraph(
    dataset([
      {
        id: 'beta-alpha-again',
        source: 'beta',
        target: 'alpha',
        type: 'negotiates',
        evidence: [
          { document: 'doc-b', quote: 'Beta said talks with Alpha went well.' },
          { document: 'doc-a', quote: 'Alpha and Beta are negotiating.' },
        ],
      },
    ]),
  );
  const key = edgeKey('negotiates', 'alpha', 'beta');
  expect(g.edges('alpha', 'beta')).toEqual([key]);
  expect(g.getEdgeAttributes(key)).toMatchObject({ weight: 2, relations: ['alpha-beta-talks', 'beta-alpha-again'] });
});

test('parallel edges of different types between the same pair both survive', () => {
  const g = buildGraph(
    dataset([
      { id: 'alpha-opposes-beta', source: 'alpha', target: 'beta', type: 'opposes', evidence: [{ document: 'doc-a', quote: 'Alpha and Beta' }] },
    ]),
  );
  const types = g.edges('alpha', 'beta').map((k) => g.getEdgeAttribute(k, 'type')).sort();
  expect(types).toEqual(['negotiates', 'opposes']);
});

test('the build is pure: the same dataset gives the same serialisation', () => {
  const d = dataset();
  expect(JSON.stringify(buildGraph(d).export())).toBe(JSON.stringify(buildGraph(d).export()));
});

test('edges backed by coded events only share one frozen empty list of evidence and records; their URLs are the event row’s', () => {
  const stats = { events: 1, mentions: 1, sources: 1, goldstein: 0, tone: 0, firstSeen: '2026-01-02', lastSeen: '2026-01-02' };
  const events = [
    { source: 'alpha', target: 'gamma', type: 'opposes' as const, origin: 'gdelt', ...stats, urls: ['https://example.org/1'] },
    { source: 'beta', target: 'delta', type: 'opposes' as const, origin: 'gdelt', ...stats, urls: [] },
  ];
  const g = buildGraph({ ...dataset(), eventRelations: events });
  const [first, second] = [g.getEdgeAttributes(edgeKey('opposes', 'alpha', 'gamma')), g.getEdgeAttributes(edgeKey('opposes', 'beta', 'delta'))];
  expect(first.evidence).toEqual([]);
  expect(first.evidence).toBe(second.relations);
  expect(Object.isFrozen(first.relations)).toBe(true);
  expect(() => (first.evidence as unknown[]).push(1)).toThrow(TypeError);
  expect(first.events?.urls).toBe(events[0].urls);
  // An edge with quoted relations has lists of its own.
  expect(Object.isFrozen(g.getEdgeAttributes(edgeKey('negotiates', 'alpha', 'beta')).evidence)).toBe(false);
});
