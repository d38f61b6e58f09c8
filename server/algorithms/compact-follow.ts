/**
 * An unweighted compact graph (compact.ts) following a change: new nodes (which the node order may
 * place between old ones) and new edges, as an ingest brings, and nodes and edges gone, as a
 * curation may take. The old arcs are renumbered and copied as typed arrays (leaving out those to
 * nodes gone and those whose last edge went), and only the nodes that gained arcs are sorted and
 * merged again: a fraction of compacting the whole graph anew, with the same arcs in the same order.
 * The change is first put in numbers (compactChange), so that the copying (changedCompact), a pass
 * over every arc, can run in a pool worker (workers/graph-tasks.ts).
 */
import type { CompactGraph } from './compact';
import { sharedInts } from './shared-ints';

/** Reports each added (or removed) edge by its ends' keys. */
export type AddedEdges = (edge: (source: string, target: string, undirected: boolean) => void) => void;

/** Whether the changed graph still has an arc from `source` to `target` in the projection (some edge that runs that way). */
export type Linked = (source: string, target: string) => boolean;

/**
 * `c` for the graph whose nodes are now `ids` (old nodes not among them are gone), which has gained
 * the edges `added` reports and lost those `removed` reports (`linked` tells which of their arcs
 * another edge still makes): what compactGraph gives on the changed graph, up to the unused tail of
 * its target arrays. Undefined for a weighted or shaped projection: the caller compacts afresh.
 */
export function followCompact(c: CompactGraph, ids: readonly string[], added: AddedEdges, removed: AddedEdges = () => undefined, linked: Linked = () => false): CompactGraph | undefined {
  const change = compactChange(c, ids, added, removed, linked);
  return change && { ...changedCompact(c, change), ids };
}

/**
 * A change to a compact graph in numbers: the old nodes' new places (-1: gone), the arcs added
 * (heads[k] → tails[k], new places) and the arcs whose last edge went (head · n + tail), so the
 * copying (changedCompact) can run in a pool worker without the node keys.
 */
export interface CompactChange {
  n: number;
  remap: Int32Array;
  heads: Int32Array;
  tails: Int32Array;
  goneOut: number[];
  goneIn: number[];
}

/** The change followCompact makes to `c`, in numbers; undefined for a weighted or shaped projection. */
export function compactChange(c: CompactGraph, ids: readonly string[], added: AddedEdges, removed: AddedEdges = () => undefined, linked: Linked = () => false): CompactChange | undefined {
  if (c.weight !== undefined || c.selfloops || c.multigraph) return undefined;
  const n = ids.length;
  const named = new Set<string>();
  const name = (source: string, target: string): void => void named.add(source).add(target);
  added(name);
  removed(name);
  const { remap, index } = places(c.ids, ids, named);
  // Arcs whose last edge went, as head · n + tail (and the other way round for the in-arrays).
  const goneOut: number[] = [];
  const goneIn: number[] = [];
  removed((source, target, undirected) => {
    const [a, b] = [index.get(source), index.get(target)];
    if (a === undefined || b === undefined || a === b) return;
    for (const [h, t, hk, tk] of !c.directed || undirected ? [[a, b, source, target], [b, a, target, source]] as const : [[a, b, source, target]] as const) {
      if (linked(hk, tk)) continue;
      goneOut.push(h * n + t);
      goneIn.push(t * n + h);
    }
  });
  const heads: number[] = [];
  const tails: number[] = [];
  added((source, target, undirected) => {
    const [a, b] = [index.get(source) as number, index.get(target) as number];
    if (a === b) return; // self-loops are dropped, as compactGraph drops them
    heads.push(a);
    tails.push(b);
    if (!c.directed || undirected) {
      heads.push(b);
      tails.push(a);
    }
  });
  return { n, remap, heads: Int32Array.from(heads), tails: Int32Array.from(tails), goneOut, goneIn };
}

/**
 * Each list of node keys' index by key, made once per list: a projection that follows changes keeps
 * its slice's list while no actor joins (see CompactGraph.ids), so it is made once, not at each
 * catch-up (the walk below took 15–115 ms of the request thread at 50,000 actors at each).
 */
const idIndexes = new WeakMap<readonly string[], Map<string, number>>();

function indexOfIds(ids: readonly string[]): Map<string, number> {
  let index = idIndexes.get(ids);
  if (!index) {
    index = new Map();
    for (let j = 0; j < ids.length; j++) index.set(ids[j], j);
    idIndexes.set(ids, index);
  }
  return index;
}

/**
 * 0, 1, … n − 1, filled by a loop: Int32Array.from(ids, mapping) walks the list with an iterator,
 * a result object per actor, 3–4 MB of the request thread's garbage at each ingest at 50,000 actors
 * (the largest item of a sampled heap profile of the living-ingest bench).
 */
function identity(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let j = 0; j < n; j++) out[j] = j;
  return out;
}

/**
 * Each old node's new place (-1: gone), and the new places of the nodes `named`: the same list
 * (no actor came or went) from its index; else by one walk along both lists while the old nodes
 * keep their order among the new (an ingest only puts new ones in between), comparing keys as the
 * same strings; else from an index of every new key. Indexing 20,000 keys at each catch-up cost
 * more than the walk.
 */
function places(old: readonly string[], ids: readonly string[], named: ReadonlySet<string>): { remap: Int32Array; index: Map<string, number> } {
  if (old === ids) return { remap: identity(ids.length), index: indexOfIds(ids) };
  const remap = new Int32Array(old.length);
  const index = new Map<string, number>();
  let i = 0;
  for (let j = 0; j < ids.length; j++) {
    if (i < old.length && old[i] === ids[j]) remap[i++] = j;
    if (named.has(ids[j])) index.set(ids[j], j);
  }
  if (i === old.length) return { remap, index };
  const all = indexOfIds(ids);
  for (let k = 0; k < old.length; k++) remap[k] = all.get(old[k]) ?? -1;
  return { remap, index: all };
}

/** `c` with `change` made (its node keys left to the caller): new arrays, in shared memory. */
export function changedCompact(c: Omit<CompactGraph, 'ids'>, { n, remap, heads, tails, goneOut, goneIn }: CompactChange): Omit<CompactGraph, 'ids'> {
  const out = merged(c.outOffsets, c.outTargets, remap, n, heads, tails, new Set(goneOut));
  const inn = c.directed ? merged(c.inOffsets, c.inTargets, remap, n, tails, heads, new Set(goneIn)) : out;
  const arcs = out.offsets[n];
  return { n, directed: c.directed, edges: c.directed ? arcs : arcs / 2, outOffsets: out.offsets, outTargets: out.targets, inOffsets: inn.offsets, inTargets: inn.targets };
}

/**
 * One direction's arcs renumbered by `remap` (-1: node gone, its arcs with it), without the arcs
 * in `gone` (head · n + tail), with the arcs heads[k] → tails[k] added, each node's targets sorted and distinct.
 */
function merged(offsets: Int32Array, targets: Int32Array, remap: Int32Array, n: number, heads: Int32Array, tails: Int32Array, gone: ReadonlySet<number>): { offsets: Int32Array; targets: Int32Array } {
  const oldOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < remap.length; i++) if (remap[i] >= 0) oldOf[remap[i]] = i;
  // Old nodes keep their relative order when new ones are put in sorted places, so renumbered
  // targets stay sorted; if not, every node's targets are sorted again.
  const kept = remap.filter((j) => j >= 0);
  const inOrder = kept.every((j, i) => i === 0 || j > kept[i - 1]);
  // Added arcs grouped by head.
  const addedAt = new Int32Array(n + 1);
  for (const h of heads) addedAt[h + 1]++;
  for (let v = 0; v < n; v++) addedAt[v + 1] += addedAt[v];
  const cursor = addedAt.slice(0, n);
  const addedTargets = new Int32Array(heads.length);
  for (let k = 0; k < heads.length; k++) addedTargets[cursor[heads[k]]++] = tails[k];

  const outOffsets = sharedInts(n + 1);
  const outTargets = sharedInts(Math.max(1, offsets[remap.length] + heads.length));
  let write = 0;
  for (let v = 0; v < n; v++) {
    outOffsets[v] = write;
    const old = oldOf[v];
    const start = write;
    if (old >= 0) {
      for (let k = offsets[old]; k < offsets[old + 1]; k++) {
        const t = remap[targets[k]];
        if (t >= 0 && !gone.has(v * n + t)) outTargets[write++] = t;
      }
    }
    if (inOrder && addedAt[v + 1] === addedAt[v]) continue;
    for (let k = addedAt[v]; k < addedAt[v + 1]; k++) outTargets[write++] = addedTargets[k];
    const seg = outTargets.subarray(start, write).sort();
    write = start;
    for (let k = 0; k < seg.length; k++) if (k === 0 || seg[k] !== seg[k - 1]) outTargets[write++] = seg[k];
  }
  outOffsets[n] = write;
  // The arcs as a view of the buffer written: its tail, the arcs merged or gone (a few per ingest), is
  // left unused rather than the rest copied into a buffer of their own (a second 4 MB of shared
  // memory per projection and change at 500,000 relations, garbage at once).
  return { offsets: outOffsets, targets: outTargets.subarray(0, write) };
}
