/**
 * The budget of a drawn graph: how many actors and relations fit, and the `limit` parameter that
 * sets it. Apart from the overview code, so that parsing a request loads no layout library.
 */
import { parseNumber } from '../query/options';
import type { Raw } from '../query/options';

export interface Budget {
  nodes: number;
  edges: number;
}

/** Relations per actor in an overview: enough for structure, few enough to draw fast. */
export const EDGES_PER_NODE = 2.5;
export const DEFAULT_BUDGET: Budget = budgetFor(2000);
export const MAX_LIMIT = 1_000_000;

export function budgetFor(nodes: number): Budget {
  return { nodes, edges: Math.max(1, Math.round(nodes * EDGES_PER_NODE)) };
}

/**
 * The `limit` option: a whole number of actors (the edge budget follows), `none` for the whole
 * graph, or absent for the default budget.
 */
export function parseLimit(v: Raw): Budget | null {
  if (v === undefined) return DEFAULT_BUDGET;
  if (v === 'none') return null;
  return budgetFor(parseNumber('limit', v, 1, MAX_LIMIT, { whole: true, word: 'none' }) as number);
}

export function fitsBudget(graph: { order: number; size: number }, budget: Budget | null): boolean {
  return !budget || (graph.order <= budget.nodes && graph.size <= budget.edges);
}
