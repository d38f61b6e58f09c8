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

/**
 * The shortest path when an affiliation (person → the state or body they act for; body → its
 * state) counts as a step too, so "Witkoff acts for the United States, which negotiates with Iran"
 * is a path. A step says `affiliation` when it is one; relations on it are listed as usual.
 */
export function shortestPathViaAffiliations(graph: ActorGraph | ActorSlice, from: string, to: string): PathResult {
  const slice = asSlice(graph);
  if (!slice.hasNode(from)) throw new NotFoundError('from', `unknown actor "${from}"`);
  if (!slice.hasNode(to)) throw new NotFoundError('to', `unknown actor "${to}"`);
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    for (const [x, y] of [[a, b], [b, a]]) {
      const set = neighbours.get(x);
      if (set) set.add(y);
      else neighbours.set(x, new Set([y]));
    }
  };
  slice.forEachEdge((_k, _a, s, t) => link(s, t));
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
    const relations = slice.edgesBetween(a, b).map(({ key, source, target, attributes }) => ({ key, source, target, ...attributes }));
    const affA = slice.graph.getNodeAttribute(a, 'affiliation');
    const affB = slice.graph.getNodeAttribute(b, 'affiliation');
    const affiliation = affA === b ? { actor: a, actsFor: b } : affB === a ? { actor: b, actsFor: a } : undefined;
    steps.push({ from: a, to: b, relations, ...(affiliation ? { affiliation } : {}) });
  }
  return { from, to, nodes, length: nodes.length - 1, steps };
}
