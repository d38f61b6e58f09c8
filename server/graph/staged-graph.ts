/**
 * The actor graph built in stages, for a server's start: its nodes at once, and the whole slice of
 * its edges made from the edge columns (graph/build.ts), which is all the first layout and overview
 * need; the edges handed to graphology only when the graph is wanted (at 50,000 actors and 500,000
 * relations, graphology's addEdge is over a second, and its edges about 110 MB of the heap). The
 * graph is then the one buildGraph makes: same nodes, edges, order and attribute objects.
 *
 * It keeps neither the columns nor the slice it made: the slice is the caller's, which follows
 * changes with new slices (model/apply-ingest.ts, patchSlice) and hands the last to finishAs. Kept
 * here, the columns (five lists of 500,000 entries beside the slice's chunks of the same) and the
 * start's slice (its key table and figures' columns, which the slices after an ingest copy) held
 * 42 MB of the request thread's heap at the end of the 50,000-actor living bench (docs/history/engine-rounds.md,
 * *Memory, fifteenth round: the request thread's heap*).
 */
import { asHashTables, edgeColumnsOf, graphOfActors } from './build';
import type { EdgeGroups } from './build';
import { GraphSlice } from '../algorithms/slice';
import type { ActorSlice } from './filter';
import type { Actor, ActorGraph } from '../domain/types';

export class StagedGraph {
  /** The actors alone until finishAs gives them their edges. */
  private readonly graph: ActorGraph;
  private finished = false;

  constructor(actors: readonly Actor[]) {
    this.graph = graphOfActors(actors, undefined, false);
  }

  /** The whole slice of this graph with the edges of `groups` (graphology not holding them): the caller's to keep. */
  sliceOf(groups: EdgeGroups): ActorSlice {
    return GraphSlice.whole(this.graph, edgeColumnsOf(groups));
  }

  /**
   * The graph given the edges of `whole`, a slice of this graph's (sliceOf's, or one the changes
   * since the start made from it: their new actors are already among the graph's nodes), in its
   * order, which is the order a graph built, or patched along with it, would have. Once only.
   */
  finishAs(whole: ActorSlice): ActorGraph {
    if (whole.graph !== this.graph) throw new Error('a staged graph is finished with a slice of its own');
    if (this.finished) throw new Error('a staged graph is finished once');
    this.finished = true;
    asHashTables(this.graph);
    whole.forEachEdge((key, attrs, source, target, undirected) => {
      if (undirected) this.graph.addUndirectedEdgeWithKey(key, source, target, attrs);
      else this.graph.addDirectedEdgeWithKey(key, source, target, attrs);
    });
    return this.graph;
  }
}
