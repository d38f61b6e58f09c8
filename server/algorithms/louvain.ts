/**
 * Louvain modularity optimisation (Blondel et al. 2008) over the compact undirected graph, with
 * Traag's fast local moves: a queue of nodes to revisit instead of full sweeps; only the
 * neighbours of a node that moved are queued again. Each level's communities are then merged
 * into single nodes (their inner edges become self-loops) and the next level starts, until a
 * level moves nothing.
 *
 * Why not graphology-communities-louvain: it needs a graphology graph, and building one for a
 * 500k-edge projection takes seconds before the algorithm starts; this runs on the CSR arrays
 * the other metrics share. The visiting order is shuffled by a seeded generator, so a seed gives
 * one partition, run after run.
 */
import type { CompactGraph } from './compact';

export interface LouvainOptions {
  resolution: number;
  random: () => number;
}

export interface LouvainResult {
  /** Community of each node (by index), numbered 0..count−1 in order of first appearance. */
  membership: Int32Array;
  count: number;
  modularity: number;
}

/** A weighted level graph: arcs both ways per edge, plus each node's self-loop weight. */
interface Level {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  loops: Float64Array;
}

/** The compact graph as the first level: unit weights, or the merged edges' strengths. */
function firstLevel(c: CompactGraph): Level {
  return {
    n: c.n,
    offsets: c.outOffsets,
    targets: c.outTargets,
    weights: c.outStrength ?? new Float64Array(c.outTargets.length).fill(1),
    loops: new Float64Array(c.n),
  };
}

/** Moves nodes between communities while that raises modularity; returns whether any moved. */
function moveNodes(g: Level, community: Int32Array, opts: LouvainOptions, m2: number): boolean {
  const { n, offsets, targets, weights, loops } = g;
  const degree = new Float64Array(n);
  const total = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let k = 2 * loops[i];
    for (let a = offsets[i]; a < offsets[i + 1]; a++) k += weights[a];
    degree[i] = k;
    community[i] = i;
    total[i] = k;
  }
  // The queue: a ring over a shuffled order of every node, each at most once at a time.
  const queue = new Int32Array(n);
  for (let i = 0; i < n; i++) queue[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(opts.random() * (i + 1));
    [queue[i], queue[j]] = [queue[j], queue[i]];
  }
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let size = n;
  const linkTo = new Float64Array(n);
  const touched = new Int32Array(n);
  const scale = opts.resolution / m2;
  let moved = false;
  while (size > 0) {
    const i = queue[head];
    head = head + 1 === n ? 0 : head + 1;
    size--;
    queued[i] = 0;
    const own = community[i];
    let count = 0;
    for (let a = offsets[i]; a < offsets[i + 1]; a++) {
      const c = community[targets[a]];
      if (linkTo[c] === 0) touched[count++] = c;
      linkTo[c] += weights[a];
    }
    const k = degree[i];
    total[own] -= k;
    // Gain of joining c (up to a constant factor): links into c − γ·tot(c)·k / 2m.
    let best = own;
    let bestGain = linkTo[own] - total[own] * k * scale;
    for (let t = 0; t < count; t++) {
      const c = touched[t];
      const gain = linkTo[c] - total[c] * k * scale;
      if (gain > bestGain + 1e-12) {
        best = c;
        bestGain = gain;
      }
    }
    for (let t = 0; t < count; t++) linkTo[touched[t]] = 0;
    total[best] += k;
    if (best === own) continue;
    community[i] = best;
    moved = true;
    for (let a = offsets[i]; a < offsets[i + 1]; a++) {
      const j = targets[a];
      if (!queued[j] && community[j] !== best) {
        queued[j] = 1;
        queue[(head + size) % n] = j;
        size++;
      }
    }
  }
  return moved;
}

/** Renumbers communities 0..count−1 in order of first appearance; returns count. */
function renumber(community: Int32Array): number {
  const map = new Int32Array(community.length).fill(-1);
  let count = 0;
  for (let i = 0; i < community.length; i++) {
    const c = community[i];
    if (map[c] < 0) map[c] = count++;
    community[i] = map[c];
  }
  return count;
}

/** The next level: one node per community; inner edges and loops become its self-loop. */
function aggregate(g: Level, community: Int32Array, count: number): Level {
  const { n, offsets, targets, weights, loops } = g;
  // Members grouped by community (counting sort), so each new node's arcs are summed together.
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[community[i] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const members = new Int32Array(n);
  const cursor = start.slice(0, count);
  for (let i = 0; i < n; i++) members[cursor[community[i]]++] = i;

  const newLoops = new Float64Array(count);
  const newOffsets = new Int32Array(count + 1);
  const newTargets: number[] = [];
  const newWeights: number[] = [];
  const linkTo = new Float64Array(count);
  const touched = new Int32Array(count);
  for (let c = 0; c < count; c++) {
    let seen = 0;
    for (let m = start[c]; m < start[c + 1]; m++) {
      const i = members[m];
      newLoops[c] += loops[i];
      for (let a = offsets[i]; a < offsets[i + 1]; a++) {
        const d = community[targets[a]];
        // An inner edge is met from both ends; half each time.
        if (d === c) newLoops[c] += weights[a] / 2;
        else {
          if (linkTo[d] === 0) touched[seen++] = d;
          linkTo[d] += weights[a];
        }
      }
    }
    for (let t = 0; t < seen; t++) {
      newTargets.push(touched[t]);
      newWeights.push(linkTo[touched[t]]);
      linkTo[touched[t]] = 0;
    }
    newOffsets[c + 1] = newTargets.length;
  }
  return { n: count, offsets: newOffsets, targets: Int32Array.from(newTargets), weights: Float64Array.from(newWeights), loops: newLoops };
}

/** Weight of an arc of the first level: its strength when weighted, else 1. */
const arcWeight = (c: CompactGraph, a: number): number => (c.outStrength ? c.outStrength[a] : 1);

/** Twice the total edge weight (every edge is two arcs). */
function doubledWeight(c: CompactGraph): number {
  if (!c.outStrength) return c.outOffsets[c.n];
  let sum = 0;
  for (let a = 0; a < c.outOffsets[c.n]; a++) sum += c.outStrength[a];
  return sum;
}

/** Modularity of a partition of the first level: Σ_c in(c)/2m − γ·(tot(c)/2m)². */
function modularity(c: CompactGraph, membership: Int32Array, count: number, resolution: number): number {
  const m2 = doubledWeight(c);
  if (m2 === 0) return 0;
  const total = new Float64Array(count);
  let inner = 0;
  for (let i = 0; i < c.n; i++) {
    for (let a = c.outOffsets[i]; a < c.outOffsets[i + 1]; a++) {
      total[membership[i]] += arcWeight(c, a);
      if (membership[c.outTargets[a]] === membership[i]) inner += arcWeight(c, a);
    }
  }
  let q = inner / m2;
  for (let k = 0; k < count; k++) q -= resolution * (total[k] / m2) ** 2;
  return q;
}

export function louvain(c: CompactGraph, opts: LouvainOptions): LouvainResult {
  if (c.directed) throw new Error('louvain runs on the undirected compact graph');
  const membership = new Int32Array(c.n);
  for (let i = 0; i < c.n; i++) membership[i] = i;
  const m2 = doubledWeight(c);
  let count = c.n;
  let level = firstLevel(c);
  while (m2 > 0) {
    const community = new Int32Array(level.n);
    if (!moveNodes(level, community, opts, m2)) break;
    count = renumber(community);
    for (let i = 0; i < c.n; i++) membership[i] = community[membership[i]];
    if (count === level.n) break;
    level = aggregate(level, community, count);
  }
  count = renumber(membership);
  return { membership, count, modularity: modularity(c, membership, count, opts.resolution) };
}
