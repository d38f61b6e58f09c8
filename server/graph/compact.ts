/**
 * The simple graph every metric runs on, in compressed (CSR) form: nodes numbered 0..n−1 in the
 * graph's node order, parallel edges collapsed, self-loops dropped, unweighted.
 * - undirected: each related pair gives an arc both ways (in-arrays are the out-arrays);
 * - directed: arcs follow direction, undirected edges give both arcs.
 *
 * Why not a graphology projection: building one inserts every edge into per-node property maps,
 * about 4 s for 500k edges, where this takes a fraction of a second; and the arrays live on
 * shared memory, so worker threads read them without a copy. Build it once per graph and pass it
 * to every metric (the Explorer memoises it per dataset version and filter).
 */
import type Graph from 'graphology';
import type { ProjectionInfo } from '../domain/api';
import { keyedRecord } from '../domain/reserved-keys';
import { GraphSlice } from './slice';
import type { Csr } from './traversal-kernels';

export interface CompactGraph extends Csr {
  /** Node keys by index. */
  ids: string[];
  directed: boolean;
  /** Edges of the simple graph: related pairs (undirected) or arcs (directed). */
  edges: number;
}

const shared = (length: number): Int32Array => new Int32Array(new SharedArrayBuffer(4 * Math.max(1, length)));

/** Sorts each node's targets and drops repeats, compacting in place; returns the new offsets. */
function dedupe(offsets: Int32Array, targets: Int32Array): Int32Array {
  const n = offsets.length - 1;
  const out = shared(n + 1);
  let write = 0;
  for (let v = 0; v < n; v++) {
    const seg = targets.subarray(offsets[v], offsets[v + 1]).sort();
    out[v] = write;
    for (let k = 0; k < seg.length; k++) if (k === 0 || seg[k] !== seg[k - 1]) targets[write++] = seg[k];
  }
  out[n] = write;
  return out;
}

/** Compacts any graphology graph or slice of one (directed by default only when the graph is). */
export function compactGraph(graph: Graph | GraphSlice, directed = (graph instanceof GraphSlice ? graph.graph : graph).type === 'directed'): CompactGraph {
  const ids = [...graph.nodes()];
  const n = ids.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(ids[i], i);
  // Pairs (a, b) meaning the arc a → b; an undirected edge (or any edge, undirected) gives both.
  const from: number[] = [];
  const to: number[] = [];
  const arc = (s: string, t: string, undirected: boolean): void => {
    if (s === t) return; // a self-loop lies on no shortest path
    const a = index.get(s) as number;
    const b = index.get(t) as number;
    from.push(a);
    to.push(b);
    if (!directed || undirected) {
      from.push(b);
      to.push(a);
    }
  };
  if (graph instanceof GraphSlice) graph.forEachEdge((_e, _a, s, t, undirected) => arc(s, t, undirected));
  else graph.forEachEdge((_e, _a, s, t, _sa, _ta, undirected) => arc(s, t, undirected));
  const fill = (heads: number[], tails: number[]): { offsets: Int32Array; targets: Int32Array } => {
    const offsets = shared(n + 1);
    for (const h of heads) offsets[h + 1]++;
    for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
    const targets = shared(heads.length);
    const cursor = offsets.slice(0, n);
    for (let k = 0; k < heads.length; k++) targets[cursor[heads[k]]++] = tails[k];
    return { offsets: dedupe(offsets, targets), targets };
  };
  const out = fill(from, to);
  const inn = directed ? fill(to, from) : out;
  const arcs = out.offsets[n];
  return {
    n,
    ids,
    directed,
    edges: directed ? arcs : arcs / 2,
    outOffsets: out.offsets,
    outTargets: out.targets,
    inOffsets: inn.offsets,
    inTargets: inn.targets,
  };
}

export function projectionInfo(c: CompactGraph): ProjectionInfo {
  return { directed: c.directed, nodes: c.n, edges: c.edges };
}

/** Values by node index → values by node key. */
export function byKey(c: CompactGraph, values: ArrayLike<number>): Record<string, number> {
  const out = keyedRecord<number>();
  for (let i = 0; i < c.n; i++) out[c.ids[i]] = values[i];
  return out;
}
