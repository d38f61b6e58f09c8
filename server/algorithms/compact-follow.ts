/**
 * An unweighted compact graph (compact.ts) following a change that only adds, such as an ingest:
 * new nodes (which the node order may place between old ones) and new edges. The old arcs are
 * renumbered and copied as typed arrays, and only the nodes that gained arcs are sorted and merged
 * again: a fraction of compacting the whole graph anew, with the same arcs in the same order.
 */
import type { CompactGraph } from './compact';

/** Reports each added edge by its ends' keys. */
export type AddedEdges = (edge: (source: string, target: string, undirected: boolean) => void) => void;

const shared = (length: number): Int32Array => new Int32Array(new SharedArrayBuffer(4 * Math.max(1, length)));

/**
 * `c` for the graph whose nodes are now `ids` (every old node still there) and which has gained
 * the edges `added` reports: what compactGraph gives on the changed graph, up to the unused tail
 * of its target arrays. Undefined for a weighted or shaped projection, or when a node is gone:
 * the caller compacts afresh.
 */
export function followCompact(c: CompactGraph, ids: readonly string[], added: AddedEdges): CompactGraph | undefined {
  if (c.weight !== undefined || c.selfloops || c.multigraph) return undefined;
  const n = ids.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(ids[i], i);
  const remap = new Int32Array(c.n);
  for (let i = 0; i < c.n; i++) {
    const j = index.get(c.ids[i]);
    if (j === undefined) return undefined;
    remap[i] = j;
  }
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
  const out = merged(c.outOffsets, c.outTargets, remap, n, heads, tails);
  const inn = c.directed ? merged(c.inOffsets, c.inTargets, remap, n, tails, heads) : out;
  const arcs = out.offsets[n];
  return { n, ids: [...ids], directed: c.directed, edges: c.directed ? arcs : arcs / 2, outOffsets: out.offsets, outTargets: out.targets, inOffsets: inn.offsets, inTargets: inn.targets };
}

/** One direction's arcs renumbered by `remap`, with the arcs heads[k] → tails[k] added, each node's targets sorted and distinct. */
function merged(offsets: Int32Array, targets: Int32Array, remap: Int32Array, n: number, heads: number[], tails: number[]): { offsets: Int32Array; targets: Int32Array } {
  const oldOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < remap.length; i++) oldOf[remap[i]] = i;
  // Old nodes keep their relative order when new ones are put in sorted places, so renumbered
  // targets stay sorted; if not, every node's targets are sorted again.
  const inOrder = remap.every((j, i) => i === 0 || j > remap[i - 1]);
  // Added arcs grouped by head.
  const addedAt = new Int32Array(n + 1);
  for (const h of heads) addedAt[h + 1]++;
  for (let v = 0; v < n; v++) addedAt[v + 1] += addedAt[v];
  const cursor = addedAt.slice(0, n);
  const addedTargets = new Int32Array(heads.length);
  for (let k = 0; k < heads.length; k++) addedTargets[cursor[heads[k]]++] = tails[k];

  const outOffsets = shared(n + 1);
  const outTargets = shared(offsets[remap.length] + heads.length);
  let write = 0;
  for (let v = 0; v < n; v++) {
    outOffsets[v] = write;
    const old = oldOf[v];
    const start = write;
    if (old >= 0) for (let k = offsets[old]; k < offsets[old + 1]; k++) outTargets[write++] = remap[targets[k]];
    if (inOrder && addedAt[v + 1] === addedAt[v]) continue;
    for (let k = addedAt[v]; k < addedAt[v + 1]; k++) outTargets[write++] = addedTargets[k];
    const seg = outTargets.subarray(start, write).sort();
    write = start;
    for (let k = 0; k < seg.length; k++) if (k === 0 || seg[k] !== seg[k - 1]) outTargets[write++] = seg[k];
  }
  outOffsets[n] = write;
  const exact = shared(write);
  exact.set(outTargets.subarray(0, write));
  return { offsets: outOffsets, targets: exact };
}
