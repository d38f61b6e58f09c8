/**
 * The matcher's entries share one hidden class (docs/history/engine-rounds.md, *Memory, ninth round*): copied by spread,
 * each entry of a large gazetteer got a V8 map of its own, about half of the matcher's memory.
 * V8's `%HaveSameMap` answers whether two objects share one; the flag that allows it is set for
 * the functions compiled after it.
 */
import v8 from 'node:v8';
import type { Actor } from '../../server/domain/types';
import { buildMatcher, entriesAt, matchGazetteer } from '../../server/extract/gazetteer';
import { tokenize } from '../../server/extract/tokens';

v8.setFlagsFromString('--allow-natives-syntax');
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

/** Made-up actors of every kind, with aliases (some acronyms, whose entries keep their own list of upper-case tokens). */
function madeUp(n: number): Actor[] {
  const syllables = ['ka', 'lo', 'mer', 'tu', 'vin', 'sa', 'dor', 'pe', 'rim', 'zo'];
  const word = (i: number): string => {
    let s = '';
    for (let k = 0; k < 4; k++, i = Math.floor(i / 10)) s += syllables[i % 10];
    return s[0].toUpperCase() + s.slice(1);
  };
  return Array.from({ length: n }, (_, i): Actor => {
    const kind = (['state', 'organization', 'military', 'person'] as const)[i % 4];
    const name = kind === 'person' ? `${word(i)} ${word(i + 7)}` : `${word(i)} ${kind === 'state' ? 'Republic' : 'Union'}`;
    const letter = (k: number): string => String.fromCharCode(65 + (k % 26));
    return { id: `a${i}`, name, kind, aliases: i % 5 ? [] : [`Q${letter(Math.floor(i / 5))}${letter(Math.floor(i / 130))}`] };
  });
}

type Node = ReturnType<typeof buildMatcher>['root'];

function nodesOf(root: Node): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    out.push(node);
    for (const child of node.next?.values() ?? []) stack.push(child);
  }
  return out;
}

describe('the matcher’s entries', () => {
  const actors = madeUp(2000);
  const matcher = buildMatcher(actors, [], [{ alias: 'Kalomer Town', actorId: 'a0' }]);

  it('share one hidden class, whatever their kind, acronym or metonym', () => {
    const entries = nodesOf(matcher.root).flatMap(entriesAt);
    expect(entries.length).toBeGreaterThan(2000);
    const apart = entries.filter((e) => !haveSameMap(e, entries[0]));
    expect(apart).toHaveLength(0);
  });

  it('are held by their node itself while it has one, in a list from the second', () => {
    const shared = buildMatcher(madeUp(40), [{ id: 'b', name: 'Kakakaka Republic', kind: 'organization', aliases: [] }]);
    const nodes = nodesOf(shared.root).filter((n) => n.entries !== undefined);
    expect(nodes.filter((n) => Array.isArray(n.entries) && n.entries.length < 2)).toHaveLength(0);
    // The made-up state a0 and the extra organisation share a name: one node, a list of two.
    expect(nodes.filter((n) => Array.isArray(n.entries)).map(entriesAt).map((es) => es.map((e) => e.actorId))).toEqual([['a0', 'b']]);
  });

  it('still find every actor by its name, and an acronym only in capitals', () => {
    for (const a of actors.slice(0, 200)) {
      const toks = tokenize(`Yesterday ${a.name} spoke.`);
      expect(matchGazetteer(toks, matcher).map((m) => m.actorId)).toContain(a.id);
    }
    const acronym = actors[5].aliases[0];
    expect(matchGazetteer(tokenize(`The ${acronym} spoke.`), matcher).map((m) => m.actorId)).toContain('a5');
    expect(matchGazetteer(tokenize(`The ${acronym.toLowerCase()} spoke.`), matcher)).toHaveLength(0);
    expect(matchGazetteer(tokenize('In Kalomer Town today.'), matcher).map((m) => m.actorId)).toEqual(['a0']);
    // A name longer than the shared lists of no upper-case token keeps a list of its own.
    const long = Array.from({ length: 20 }, (_, i) => `Word${i}`).join(' ');
    const longMatcher = buildMatcher([{ id: 'long', name: long, kind: 'organization', aliases: [] }]);
    expect(matchGazetteer(tokenize(`The ${long} spoke.`), longMatcher).map((m) => m.actorId)).toEqual(['long']);
  });
});
