/**
 * The actor graph built in stages, for a server's start: its nodes and the columns of its edges
 * (graph/build.ts) at once, which is all the whole slice — and so the first layout and overview —
 * needs; the edges handed to graphology afterwards, a run at a time (at 50,000 actors and 500,000
 * relations, graphology's addEdge is over a second of the start), or all at once when the graph
 * is wanted. The graph is then the one buildGraph makes: same nodes, edges, order and attribute objects.
 */
import { addEdgeColumns, asHashTables, edgeColumnsOf, graphOfActors } from './build';
import type { EdgeColumns, EdgeGroups } from './build';
import { GraphSlice } from '../algorithms/slice';
import type { ActorSlice } from './filter';
import type { Actor, ActorGraph } from '../domain/types';

export class StagedGraph {
  /** Nodes from the start; edges up to `added`. */
  private readonly graph: ActorGraph;
  private readonly columns: EdgeColumns;
  private readonly count: number;
  private added = 0;
  /** The whole slice: the columns are its. */
  readonly slice: ActorSlice;

  constructor(actors: readonly Actor[], groups: EdgeGroups) {
    this.graph = graphOfActors(actors, undefined, false);
    this.columns = edgeColumnsOf(groups);
    this.count = this.columns.keys.length;
    this.slice = GraphSlice.whole(this.graph, this.columns);
  }

  /** Gives graphology the next `run` edges; true once it has them all. */
  addSome(run: number): boolean {
    if (!this.added) asHashTables(this.graph);
    const to = Math.min(this.count, this.added + run);
    addEdgeColumns(this.graph, this.columns, this.added, to);
    this.added = to;
    return to === this.count;
  }

  /** The graph with every edge. */
  finish(): ActorGraph {
    this.addSome(this.count);
    return this.graph;
  }

  /**
   * The graph given the edges of `whole`, the whole slice as the changes made since the start left
   * it (their new actors are already among the graph's nodes: model/apply-ingest.ts, patchSlice),
   * in its order, which is the order a graph patched along with it would have.
   */
  finishAs(whole: ActorSlice): ActorGraph {
    if (whole === this.slice) return this.finish();
    if (this.added) throw new Error('a staged graph given some of its first edges cannot take a later slice\'s');
    asHashTables(this.graph);
    whole.forEachEdge((key, attrs, source, target, undirected) => {
      if (undirected) this.graph.addUndirectedEdgeWithKey(key, source, target, attrs);
      else this.graph.addDirectedEdgeWithKey(key, source, target, attrs);
    });
    this.added = this.count;
    return this.graph;
  }
}
