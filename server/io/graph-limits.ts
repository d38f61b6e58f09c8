/**
 * How big a graph file this process can take, so that a file too big is refused with a message
 * saying how to proceed instead of dying in a V8 out-of-memory abort halfway through.
 *
 * The limits follow from the V8 heap limit (`--max-old-space-size`) and what an edge costs: the
 * graphology graph (its edge records and neighbour indexes) plus the compact projection and the
 * metric's arrays. Files read whole (JSON, GEXF, GraphML) also cost their text and its parse tree
 * first, so they are refused by size before they are read (GraphML and edge-list CSV are read as a
 * stream, and refused as soon as what was read projects past the limits). ACTOR_GRAPH_MAX_EDGES sets the edge
 * limit by hand (for a machine where the estimate is too careful, or to test the refusal).
 */
import v8 from 'node:v8';
import { ActorGraphError } from '../domain/errors';
import { envNumber } from '../env-number';

/**
 * Heap bytes one edge costs from reading to a metric's answer: graphology's edge record, its two
 * neighbour-index entries and key, then the compact projection and the metric's arrays. Measured on
 * a 1 M-edge file: about 400 bytes an edge once read, 550 at the peak of PageRank (README).
 */
const BYTES_PER_EDGE = 600;
/** Heap bytes one node costs beyond its edges (its record, three neighbour indexes, its key). */
const BYTES_PER_NODE = 500;
/**
 * Heap bytes per byte of a file read whole: its text, the parse tree and the graph. Measured on a
 * 200,000-edge graph: node-link JSON (15 MB) peaked at 22 bytes a byte, XML through the xmldom DOM
 * (GraphML then, 21 MB; GEXF is still read so) at 66.
 */
const BYTES_PER_TEXT_BYTE = { json: 25, xml: 70 } as const;
/** Share of the old generation a graph may take: the rest is for the answer and the collector. */
const HEAP_SHARE = 0.7;
/**
 * The young generation that V8's heap_size_limit counts besides the old one (three 16 MB
 * semi-spaces on 64-bit Node 20): a graph lives in the old generation, sized by
 * --max-old-space-size.
 */
const YOUNG_GENERATION = 48 * 2 ** 20;

/** The largest ACTOR_GRAPH_MAX_EDGES taken: beyond any graph a process can hold, so larger is a typing mistake. */
const MAX_EDGES_LIMIT = 1e12;

export interface GraphLimits {
  /** Heap bytes a graph may take. */
  budget: number;
  /** The V8 heap limit the budget follows from, in MB. */
  heapMb: number;
  /** An edge limit set by hand (ACTOR_GRAPH_MAX_EDGES); it replaces the heap budget. */
  maxEdges?: number;
}

/** A graph file bigger than this process can hold: refused before memory runs out. */
export class GraphTooLargeError extends ActorGraphError {
  constructor(message: string) {
    super(message, 'graph_too_large', 413);
  }
}

export function graphLimits(env: NodeJS.ProcessEnv = process.env): GraphLimits {
  const { heap_size_limit: heap, used_heap_size: used } = v8.getHeapStatistics();
  // What the process already holds (its modules, the CLI) is not the graph's to take.
  const budget = Math.max(0, (heap - YOUNG_GENERATION) * HEAP_SHARE - used);
  const maxEdges = envNumber(env, 'ACTOR_GRAPH_MAX_EDGES', { min: 1, max: MAX_EDGES_LIMIT, whole: true });
  return { budget, heapMb: Math.round(heap / 2 ** 20), ...(maxEdges ? { maxEdges } : {}) };
}

const count = (n: number): string => Math.round(n).toLocaleString('en-US');
const mb = (n: number): string => `${count(Math.ceil(n / 2 ** 20))} MB`;
/** An old-generation size, in MB rounded up to a GB, in which a graph of `needed` bytes fits. */
const heapFor = (needed: number): number => Math.ceil(needed / HEAP_SHARE / 2 ** 30) * 1024;

function refuse(file: string, what: string, needed: number): never {
  const how = `give Node a larger heap, e.g. NODE_OPTIONS=--max-old-space-size=${heapFor(needed)}`;
  throw new GraphTooLargeError(`${file}: ${what}; ${how}, or set ACTOR_GRAPH_MAX_EDGES to try anyway`);
}

/** What the limits look at of a graph, or of one being read: its nodes and edges. */
export interface GraphCounts {
  order: number;
  size: number;
}

/** How far a projection from part of a file must overshoot a limit to refuse before reaching it. */
const PROJECTION_MARGIN = 1.1;

/**
 * Refuses a graph being read that has outgrown the limits, or that will: `share` is the part of
 * the file read so far (0–1], from which the whole file's edges are projected, so a file far too
 * big is refused after its first chunk rather than after minutes of reading. Cheap: call it often.
 */
export function checkGraphSize(graph: GraphCounts, limits: GraphLimits, file: string, share = 1): void {
  const projected = graph.size / Math.max(share, 1e-9);
  // Worded only when refusing: the first toLocaleString loads ICU's number formats (tens of ms).
  const edges = (): string => (share < 1 ? `about ${count(projected)}` : count(graph.size));
  const over = (now: number, whole: number, limit: number): boolean => now > limit || whole > limit * PROJECTION_MARGIN;
  if (limits.maxEdges !== undefined) {
    if (over(graph.size, projected, limits.maxEdges)) {
      throw new GraphTooLargeError(`${file}: ${edges()} edges, more than the ACTOR_GRAPH_MAX_EDGES limit of ${count(limits.maxEdges)}; raise it`);
    }
    return;
  }
  // Nodes grow more slowly than edges as a file goes on: those seen so far are a lower bound.
  const nodes = graph.order * BYTES_PER_NODE;
  const needed = projected * BYTES_PER_EDGE + nodes;
  if (!over(graph.size * BYTES_PER_EDGE + nodes, needed, limits.budget)) return;
  refuse(file, `${edges()} edges need about ${mb(needed)} of heap, more than the ${mb(limits.budget)} this process can spare for a graph (of its ${count(limits.heapMb)} MB heap)`, needed);
}

/** Refuses a file read whole (JSON, XML) that is too big to parse in this heap. */
export function checkTextSize(bytes: number, kind: keyof typeof BYTES_PER_TEXT_BYTE, limits: GraphLimits, file: string): void {
  const needed = bytes * BYTES_PER_TEXT_BYTE[kind];
  if (needed <= limits.budget || limits.maxEdges !== undefined) return;
  const what = `${mb(bytes)} of ${kind.toUpperCase()}, read whole, needs about ${mb(needed)} of heap, more than the ${mb(limits.budget)} this process can spare for a graph (of its ${count(limits.heapMb)} MB heap; an edge-list CSV or GraphML file is read as a stream)`;
  refuse(file, what, needed);
}
