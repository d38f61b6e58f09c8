/**
 * Positions at once for a graph not laid out yet — a new store's first start, while its layout
 * runs in the worker pool: the actors on a sunflower spiral, the most connected at its centre, so
 * an overview shows its hubs together. No force is run: a sort of the actors by degree.
 */
import { keyedRecord } from '../domain/reserved-keys';
import type { CompactGraph } from '../algorithms/compact';
import type { Positions } from './layout';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** `c`: the graph's undirected projection (its degrees order the spiral; ties by the actors' order in it). */
export function spiralPlacement(c: CompactGraph): Positions {
  const degree = (v: number): number => c.outOffsets[v + 1] - c.outOffsets[v];
  const order = Array.from({ length: c.n }, (_, v) => v).sort((a, b) => degree(b) - degree(a) || a - b);
  const out: Positions = keyedRecord();
  order.forEach((v, i) => {
    const r = Math.sqrt(i + 0.5);
    out[c.ids[v]] = { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) };
  });
  return out;
}
