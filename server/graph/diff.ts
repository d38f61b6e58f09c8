/**
 * What changed between two slices of the actor graph (two periods of evidence, see
 * query/periods.ts): per actor pair, the relations each period reports. A pair related only in
 * the second period appeared, only in the first disappeared; related in both but with a different
 * set of relations (edge keys carry type and direction: `opposes:a->b`, `negotiates:a--b`) changed.
 */
import type { GraphDiff, ListedRelation, PairChange } from '../domain/api';
import type { ActorSlice } from './filter';
import { edgeFields } from './coded-edge';
import { byCodeUnits } from '../algorithms/code-unit-order';

/** Relations of each unordered pair, keyed by "a\0b" with a < b. */
function byPair(s: ActorSlice): Map<string, ListedRelation[]> {
  const out = new Map<string, ListedRelation[]>();
  s.forEachEdge((key, attributes, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = out.get(pair);
    const r: ListedRelation = { key, source, target, ...edgeFields(attributes) };
    if (list) list.push(r);
    else out.set(pair, [r]);
  });
  return out;
}

const keysOf = (list: ListedRelation[]): string => list.map((r) => r.key).sort().join('\n');

export function diffSlices(before: ActorSlice, after: ActorSlice, labelOf: (id: string) => string): GraphDiff {
  const a = byPair(before);
  const b = byPair(after);
  const change = (pair: string): PairChange => {
    const [x, y] = pair.split('\u0000') as [string, string];
    const sorted = (l: ListedRelation[] | undefined): ListedRelation[] => [...(l ?? [])].sort((p, q) => byCodeUnits(p.key, q.key));
    return { actors: [x, y], labels: [labelOf(x), labelOf(y)], before: sorted(a.get(pair)), after: sorted(b.get(pair)) };
  };
  const pairs = [...new Set([...a.keys(), ...b.keys()])].sort();
  const out: GraphDiff = { before: { relations: before.size }, after: { relations: after.size }, appeared: [], disappeared: [], changed: [] };
  for (const pair of pairs) {
    const x = a.get(pair);
    const y = b.get(pair);
    if (!x) out.appeared.push(change(pair));
    else if (!y) out.disappeared.push(change(pair));
    else if (keysOf(x) !== keysOf(y)) out.changed.push(change(pair));
  }
  return out;
}
