/**
 * Shortest path between two actors on the undirected projection (who can reach whom through
 * reported relations), with every relation lying on each step.
 */
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { NotFoundError } from '../domain/errors';
import type { ActorGraph } from '../domain/types';
import { undirectedProjection } from './projection';
import type { PathResult, PathStep } from '../domain/api';

export type { PathResult, PathStep } from '../domain/api';



export function shortestPath(graph: ActorGraph, from: string, to: string): PathResult {
  if (!graph.hasNode(from)) throw new NotFoundError('from', `unknown actor "${from}"`);
  if (!graph.hasNode(to)) throw new NotFoundError('to', `unknown actor "${to}"`);
  const nodes = from === to ? [from] : (bidirectional(undirectedProjection(graph), from, to) ?? []);
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const [a, b] = [nodes[i], nodes[i + 1]];
    const relations = graph
      .edges(a, b)
      .concat(graph.edges(b, a))
      .filter((k, j, all) => all.indexOf(k) === j)
      .sort()
      .map((key) => ({ key, source: graph.source(key), target: graph.target(key), ...graph.getEdgeAttributes(key) }));
    steps.push({ from: a, to: b, relations });
  }
  return { from, to, nodes, length: nodes.length ? nodes.length - 1 : null, steps };
}
