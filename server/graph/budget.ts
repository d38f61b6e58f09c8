/**
 * The budget of a drawn graph: how many actors and relations fit, and the `limit` parameter that
 * sets it. Apart from the overview code, so that parsing a request loads no layout library.
 */
import { InvalidArgumentError } from '../domain/errors';
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
  if (Array.isArray(v)) throw new InvalidArgumentError('limit', 'given more than once');
  const s = String(v).trim();
  if (s === 'none') return null;
  if (!/^\d+$/.test(s)) throw new InvalidArgumentError('limit', `must be a whole number of actors or "none", got "${String(v)}"`);
  const n = Number(s);
  if (n < 1 || n > MAX_LIMIT) throw new InvalidArgumentError('limit', `must be between 1 and ${MAX_LIMIT}, got ${n}`);
  return budgetFor(n);
}

export function fitsBudget(graph: { order: number; size: number }, budget: Budget | null): boolean {
  return !budget || (graph.order <= budget.nodes && graph.size <= budget.edges);
}
