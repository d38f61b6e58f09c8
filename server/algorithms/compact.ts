/**
 * The simple graph every metric runs on, in compressed (CSR) form: nodes numbered 0..n−1 in the
 * graph's node order, parallel edges collapsed, self-loops dropped; unweighted unless an edge
 * attribute is named as the weight. Parallel edges then merge as NetworkX's multigraph algorithms
 * see them: their weights add up as a strength (PageRank, eigenvector, Louvain) and the lightest
 * one is the distance (shortest paths, betweenness, closeness).
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
import { InvalidArgumentError } from '../domain/errors';
import { keyedRecord } from '../domain/reserved-keys';
import { GraphSlice } from './slice';
import { sharedInts } from './shared-ints';
import type { Csr } from './traversal-kernels';

export interface CompactGraph extends Csr {
  /** Node keys by index (never changed: a projection that follows changes holds its slice's own list while no actor joins). */
  ids: readonly string[];
  directed: boolean;
  /** Edges of the simple graph: related pairs (undirected) or arcs (directed). */
  edges: number;
  /** The edge attribute read as weight, when one was named. */
  weight?: string;
  /** Per out-arc (aligned with outTargets): summed weight of the merged edges. */
  outStrength?: Float64Array;
  /** Per in-arc (aligned with inTargets); the out-arrays when undirected. */
  inStrength?: Float64Array;
  inDistance?: Float64Array;
  /** Self-loops kept (one arc v → v each), as NetworkX counts them in degree and PageRank. */
  selfloops?: boolean;
  /** Parallel edges counted: outStrength/inStrength hold how many were merged (or their summed weight). */
  multigraph?: boolean;
}

/**
 * Where the simple graph departs from NetworkX's on a multigraph with loops, and the switches that
 * remove the difference for degree and PageRank (MetricOptions' selfloops and multigraph).
 */
export interface CompactShape {
  selfloops?: boolean;
  multigraph?: boolean;
}

const sharedFloats = (length: number): Float64Array => new Float64Array(new SharedArrayBuffer(8 * Math.max(1, length)));

/** Arc arrays being compacted: targets, and per arc its strength and distance when weighted. */
interface Arcs {
  offsets: Int32Array;
  targets: Int32Array;
  strength?: Float64Array;
  distance?: Float64Array;
}

/**
 * Sorts each node's targets and merges repeats, compacting in place (strengths add up, the least
 * distance stays); returns the new offsets.
 */
function dedupe(a: Arcs): Int32Array {
  const { offsets, targets, strength, distance } = a;
  const n = offsets.length - 1;
  const out = sharedInts(n + 1);
  let write = 0;
  for (let v = 0; v < n; v++) {
    const lo = offsets[v];
    const hi = offsets[v + 1];
    out[v] = write;
    if (!strength) {
      const seg = targets.subarray(lo, hi).sort();
      for (let k = 0; k < seg.length; k++) if (k === 0 || seg[k] !== seg[k - 1]) targets[write++] = seg[k];
      continue;
    }
    const order = Array.from({ length: hi - lo }, (_x, i) => lo + i).sort((x, y) => targets[x] - targets[y]);
    const t = order.map((i) => targets[i]);
    const st = order.map((i) => strength[i]);
    const di = distance ? order.map((i) => distance[i]) : undefined;
    for (let k = 0; k < t.length; k++) {
      if (k > 0 && t[k] === t[k - 1]) {
        strength[write - 1] += st[k];
        if (distance && di) distance[write - 1] = Math.min(distance[write - 1], di[k]);
        continue;
      }
      targets[write] = t[k];
      strength[write] = st[k];
      if (distance && di) distance[write] = di[k];
      write++;
    }
  }
  out[n] = write;
  return out;
}

/**
 * An edge's weight: the named attribute, 1 where the edge lacks it (as NetworkX), and an error
 * naming the parameter for a value no metric can use.
 */
export function readWeight(attrs: Record<string, unknown> | undefined, name: string, edge: string): number {
  const v = attrs && Object.prototype.hasOwnProperty.call(attrs, name) ? attrs[name] : undefined;
  if (v === undefined || v === null) return 1;
  const w = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
    throw new InvalidArgumentError('weight', `edge "${edge}" has ${name} = ${JSON.stringify(v)}; weights must be numbers ≥ 0`);
  }
  return w;
}

/** One edge, its ends as node indexes, with its weight (1 when unweighted). */
export type EdgeSink = (a: number, b: number, undirected: boolean, w: number) => void;

/**
 * Compacts any graphology graph or slice of one (directed by default only when the graph is),
 * weighted by the edge attribute `weight` when one is named; `shape` keeps self-loops and counts
 * parallel edges (strengths count them when unweighted).
 */
export function compactGraph(
  graph: Graph | GraphSlice,
  directed = (graph instanceof GraphSlice ? graph.graph : graph).type === 'directed',
  weight?: string,
  shape: CompactShape = {},
): CompactGraph {
  const ids = [...graph.nodes()];
  if (graph instanceof GraphSlice) {
    // A slice's ends numbered by their place in its nodes, made once per slice and read by the
    // overview and the actor list as well: two Map lookups per edge here besides were about a
    // second of the server's start at 500,000 relations on a loaded machine.
    const ends = graph.endsByNumber();
    return compactEdges(ids, directed, weight, shape, (edge) =>
      graph.forEachEdgeUnkeyed((attrs, _s, _t, undirected, i) => edge(ends[2 * i], ends[2 * i + 1], undirected, weight === undefined ? 1 : readWeight(attrs, weight, graph.keyAt(i)))),
    );
  }
  const index = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) index.set(ids[i], i);
  return compactEdges(ids, directed, weight, shape, (edge) =>
    graph.forEachEdge((key, attrs, s, t, _sa, _ta, undirected) => edge(index.get(s) as number, index.get(t) as number, undirected, weight === undefined ? 1 : readWeight(attrs, weight, key))),
  );
}

/**
 * The compact graph of nodes `ids` and the edges `forEachEdge` gives (ends as indexes into
 * `ids`): what compactGraph makes of a graphology graph, and a graph file's reader of its arrays
 * (io/file-graph.ts) without building one.
 */
export function compactEdges(ids: string[], directed: boolean, weight: string | undefined, shape: CompactShape, forEachEdge: (edge: EdgeSink) => void): CompactGraph {
  const { selfloops = false, multigraph = false } = shape;
  const strengths = weight !== undefined || multigraph;
  let loops = 0;
  const n = ids.length;
  // Pairs (a, b) meaning the arc a → b; an undirected edge (or any edge, undirected) gives both.
  const from: number[] = [];
  const to: number[] = [];
  const weights: number[] = [];
  forEachEdge((a, b, undirected, w) => {
    // A self-loop lies on no shortest path: dropped unless asked for; one arc when kept.
    if (a === b && !selfloops) return;
    from.push(a);
    to.push(b);
    weights.push(w);
    if (a === b) loops++;
    else if (!directed || undirected) {
      from.push(b);
      to.push(a);
      weights.push(w);
    }
  });
  const fill = (heads: number[], tails: number[]): Arcs => {
    const offsets = sharedInts(n + 1);
    for (const h of heads) offsets[h + 1]++;
    for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
    const targets = sharedInts(Math.max(1, heads.length));
    const strength = strengths ? sharedFloats(heads.length) : undefined;
    const distance = weight === undefined ? undefined : sharedFloats(heads.length);
    const cursor = offsets.slice(0, n);
    for (let k = 0; k < heads.length; k++) {
      const at = cursor[heads[k]]++;
      targets[at] = tails[k];
      if (strength) strength[at] = weights[k];
      if (distance) distance[at] = weights[k];
    }
    const arcs: Arcs = { offsets, targets, strength, distance };
    return { ...arcs, offsets: dedupe(arcs) };
  };
  const out = fill(from, to);
  const inn = directed ? fill(to, from) : out;
  const arcs = out.offsets[n];
  // Kept self-loops are one arc each (merged ones once): count the distinct ones for `edges`.
  let loopArcs = 0;
  if (loops) for (let v = 0; v < n; v++) for (let k = out.offsets[v]; k < out.offsets[v + 1]; k++) if (out.targets[k] === v) loopArcs++;
  return {
    n,
    ids,
    directed,
    edges: directed ? arcs : (arcs + loopArcs) / 2,
    outOffsets: out.offsets,
    outTargets: out.targets,
    inOffsets: inn.offsets,
    inTargets: inn.targets,
    ...(strengths ? { outStrength: out.strength, inStrength: inn.strength } : {}),
    ...(weight === undefined ? {} : { weight, outDistance: out.distance, inDistance: inn.distance }),
    ...(selfloops ? { selfloops } : {}),
    ...(multigraph ? { multigraph } : {}),
  };
}

export function projectionInfo(c: CompactGraph): ProjectionInfo {
  return { directed: c.directed, nodes: c.n, edges: c.edges, ...(c.weight === undefined ? {} : { weight: c.weight }) };
}

/** Values by node index → values by node key. */
export function byKey(c: CompactGraph, values: ArrayLike<number>): Record<string, number> {
  const out = keyedRecord<number>();
  for (let i = 0; i < c.n; i++) out[c.ids[i]] = values[i];
  return out;
}
