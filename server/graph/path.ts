/**
 * Shortest paths between two actors (who can reach whom through reported relations), with every
 * relation lying on each step: on the undirected projection by default, along relation direction
 * when directed (negotiates counts both ways), through light edges first when weighted (Dijkstra
 * over the merged edges' least weight, as NetworkX's weighted shortest paths on a multigraph), and
 * every shortest path rather than one when asked (nx.all_shortest_paths).
 */
import { unknownActor } from '../domain/errors';
import { MAX_PATHS } from '../domain/types';
import type { ActorGraph } from '../domain/types';
import type { PathResult, PathStep } from '../domain/api';
import { compactGraph } from '../algorithms/compact';
import type { CompactGraph } from '../algorithms/compact';
import { asSlice } from './filter';
import type { ActorSlice } from './filter';
import { edgeFields } from './coded-edge';

export type { PathResult, PathStep } from '../domain/api';

export interface PathOptions {
  /** List every shortest path (up to MAX_PATHS), not one. */
  all?: boolean;
}

/** Shortest paths as node keys, their length (steps, or summed weight) and whether the list was cut. */
export interface PathNodes {
  paths: string[][];
  length: number | null;
  truncated: boolean;
}

/**
 * Distances from s along out-arcs (BFS, or Dijkstra over outDistance when weighted), stopping once
 * t is settled; every node on a shortest s–t path is settled by then.
 */
function distancesTo(c: CompactGraph, s: number, t: number): Float64Array {
  const dist = new Float64Array(c.n).fill(Infinity);
  const done = new Uint8Array(c.n);
  dist[s] = 0;
  const weights = c.outDistance;
  if (!weights) {
    const queue = new Int32Array(c.n);
    queue[0] = s;
    for (let head = 0, tail = 1; head < tail; head++) {
      const v = queue[head];
      if (dist[v] >= dist[t]) break;
      for (let k = c.outOffsets[v]; k < c.outOffsets[v + 1]; k++) {
        const w = c.outTargets[k];
        if (dist[w] === Infinity) {
          dist[w] = dist[v] + 1;
          queue[tail++] = w;
        }
      }
    }
    return dist;
  }
  // Dijkstra with a plain binary heap of (distance, node); stale entries are skipped.
  const heap: [number, number][] = [[0, s]];
  const push = (item: [number, number]): void => {
    heap.push(item);
    for (let i = heap.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (heap[p][0] <= heap[i][0]) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  };
  const pop = (): [number, number] => {
    const top = heap[0];
    const last = heap.pop() as [number, number];
    if (heap.length) {
      heap[0] = last;
      for (let i = 0; ; ) {
        let m = i;
        for (const ch of [2 * i + 1, 2 * i + 2]) if (ch < heap.length && heap[ch][0] < heap[m][0]) m = ch;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  };
  while (heap.length) {
    const [d, v] = pop();
    if (done[v]) continue;
    done[v] = 1;
    if (v === t) break;
    for (let k = c.outOffsets[v]; k < c.outOffsets[v + 1]; k++) {
      const w = c.outTargets[k];
      const dw = d + weights[k];
      if (!done[w] && dw < dist[w]) {
        dist[w] = dw;
        push([dw, w]);
      }
    }
  }
  return dist;
}

/**
 * Node keys on the shortest paths from `from` to `to` in the compact graph (one, or all up to
 * MAX_PATHS). Among equal paths, those through lower-numbered nodes come first.
 */
function shortestPathsBetween(c: CompactGraph, from: string, to: string, o: PathOptions = {}): PathNodes {
  const s = c.ids.indexOf(from);
  const t = c.ids.indexOf(to);
  if (s < 0 || t < 0) return { paths: [], length: null, truncated: false };
  if (s === t) return { paths: [[from]], length: 0, truncated: false };
  const dist = distancesTo(c, s, t);
  if (dist[t] === Infinity) return { paths: [], length: null, truncated: false };
  // Predecessors of v on a shortest path: in-arcs u → v with dist[u] + w(u, v) = dist[v].
  const inWeight = (k: number): number => (c.inDistance ? c.inDistance[k] : 1);
  const preds = (v: number): number[] => {
    const out: number[] = [];
    for (let k = c.inOffsets[v]; k < c.inOffsets[v + 1]; k++) {
      const u = c.inTargets[k];
      if (dist[u] + inWeight(k) === dist[v]) out.push(u);
    }
    return out.sort((a, b) => a - b);
  };
  const limit = o.all ? MAX_PATHS : 1;
  const paths: string[][] = [];
  let truncated = false;
  // Depth-first from t back to s, so paths come out in order of their nodes' numbers.
  const walk = (v: number, suffix: number[]): void => {
    if (paths.length >= limit) {
      truncated = true;
      return;
    }
    if (v === s) {
      paths.push([s, ...suffix].map((i) => c.ids[i]));
      return;
    }
    for (const u of preds(v)) walk(u, [v, ...suffix]);
  };
  walk(t, []);
  return { paths, length: dist[t], truncated: o.all ? truncated : false };
}

/**
 * The answer for the shortest path(s) on `c`, each step listing what `relationsOf(a, b)` gives
 * (the relations from a to b; file graphs have none to list).
 */
export function pathResult(c: CompactGraph, from: string, to: string, o: PathOptions, relationsOf: (a: string, b: string) => PathStep['relations']): PathResult {
  const found = shortestPathsBetween(c, from, to, o);
  const stepsOf = (nodes: string[]): PathStep[] => nodes.slice(1).map((b, i) => ({ from: nodes[i], to: b, relations: relationsOf(nodes[i], b) }));
  const nodes = found.paths[0] ?? [];
  return {
    from,
    to,
    nodes,
    length: nodes.length ? nodes.length - 1 : null,
    steps: stepsOf(nodes),
    directed: c.directed,
    ...(c.weight === undefined ? {} : { weight: c.weight, distance: found.length }),
    ...(o.all ? { paths: found.paths.map((p) => ({ nodes: p, steps: stepsOf(p) })), truncated: found.truncated } : {}),
  };
}

/**
 * `compact`: the compact form the path runs on (undirected and unweighted unless the caller
 * made it otherwise), when the caller already has it.
 */
export function shortestPath(graph: ActorGraph | ActorSlice, from: string, to: string, compact?: CompactGraph, o: PathOptions = {}): PathResult {
  const slice = asSlice(graph);
  if (!slice.hasNode(from)) throw unknownActor('from', from);
  if (!slice.hasNode(to)) throw unknownActor('to', to);
  const c = compact ?? compactGraph(slice, false);
  // Along direction, a step is made of the relations from a to b (and the symmetric ones).
  return pathResult(c, from, to, o, (a, b) =>
    slice
      .edgesBetween(a, b)
      .filter((e) => !c.directed || e.undirected || e.source === a)
      .map(({ key, source, target, attributes }) => ({ key, source, target, ...edgeFields(attributes) })),
  );
}

/**
 * The shortest path when an affiliation (person → the state or body they act for; body → its
 * state) counts as a step too, so "Witkoff acts for the United States, which negotiates with Iran"
 * is a path. A step says `affiliation` when it is one; relations on it are listed as usual.
 */
export function shortestPathViaAffiliations(graph: ActorGraph | ActorSlice, from: string, to: string): PathResult {
  const slice = asSlice(graph);
  if (!slice.hasNode(from)) throw unknownActor('from', from);
  if (!slice.hasNode(to)) throw unknownActor('to', to);
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    for (const [x, y] of [[a, b], [b, a]]) {
      const set = neighbours.get(x);
      if (set) set.add(y);
      else neighbours.set(x, new Set([y]));
    }
  };
  slice.forEachEdgeUnkeyed((_a, s, t) => link(s, t));
  slice.forEachNode((n, a) => {
    if (a.affiliation && slice.hasNode(a.affiliation)) link(n, a.affiliation);
  });
  const parent = new Map<string, string>([[from, from]]);
  for (let queue = [from], head = 0; head < queue.length && !parent.has(to); head++) {
    const v = queue[head];
    for (const w of [...(neighbours.get(v) ?? [])].sort()) {
      if (parent.has(w)) continue;
      parent.set(w, v);
      queue.push(w);
    }
  }
  if (!parent.has(to)) return { from, to, nodes: [], length: null, steps: [] };
  const nodes = [to];
  for (let v = to; v !== from; v = parent.get(v) as string) nodes.push(parent.get(v) as string);
  nodes.reverse();
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const [a, b] = [nodes[i], nodes[i + 1]];
    const relations = slice.edgesBetween(a, b).map(({ key, source, target, attributes }) => ({ key, source, target, ...edgeFields(attributes) }));
    const affA = slice.graph.getNodeAttribute(a, 'affiliation');
    const affB = slice.graph.getNodeAttribute(b, 'affiliation');
    const affiliation = affA === b ? { actor: a, actsFor: b } : affB === a ? { actor: b, actsFor: a } : undefined;
    steps.push({ from: a, to: b, relations, ...(affiliation ? { affiliation } : {}) });
  }
  return { from, to, nodes, length: nodes.length - 1, steps };
}
