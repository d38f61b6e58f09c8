/**
 * Shortest path between two actors on the undirected projection (who can reach whom through
 * reported relations), with every relation lying on each step.
 */
import { NotFoundError } from '../domain/errors';
import type { ActorGraph } from '../domain/types';
import type { PathResult, PathStep } from '../domain/api';
import { compactGraph } from './compact';
import type { CompactGraph } from './compact';
import { asSlice } from './filter';
import type { ActorSlice } from './filter';

export type { PathResult, PathStep } from '../domain/api';

/**
 * Node keys on a shortest path (BFS over the compact graph; among equal paths, the one through
 * lower-numbered nodes first), or [] when `to` cannot be reached.
 */
export function shortestPathNodes(c: CompactGraph, from: string, to: string): string[] {
  const s = c.ids.indexOf(from);
  const t = c.ids.indexOf(to);
  if (s < 0 || t < 0) return [];
  if (s === t) return [from];
  const parent = new Int32Array(c.n).fill(-1);
  parent[s] = s;
  const queue = new Int32Array(c.n);
  queue[0] = s;
  for (let head = 0, tail = 1; head < tail && parent[t] < 0; head++) {
    const v = queue[head];
    for (let k = c.outOffsets[v]; k < c.outOffsets[v + 1]; k++) {
      const w = c.outTargets[k];
      if (parent[w] < 0) {
        parent[w] = v;
        queue[tail++] = w;
      }
    }
  }
  if (parent[t] < 0) return [];
  const nodes = [to];
  for (let v = t; v !== s; v = parent[v]) nodes.push(c.ids[parent[v]]);
  return nodes.reverse();
}

/** `compact`: the graph's undirected compact form, when the caller already has it. */
export function shortestPath(graph: ActorGraph | ActorSlice, from: string, to: string, compact?: CompactGraph): PathResult {
  const slice = asSlice(graph);
  if (!slice.hasNode(from)) throw new NotFoundError('from', `unknown actor "${from}"`);
  if (!slice.hasNode(to)) throw new NotFoundError('to', `unknown actor "${to}"`);
  const nodes = shortestPathNodes(compact ?? compactGraph(slice, false), from, to);
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const [a, b] = [nodes[i], nodes[i + 1]];
    const relations = slice.edgesBetween(a, b).map(({ key, source, target, attributes }) => ({ key, source, target, ...attributes }));
    steps.push({ from: a, to: b, relations });
  }
  return { from, to, nodes, length: nodes.length ? nodes.length - 1 : null, steps };
}
