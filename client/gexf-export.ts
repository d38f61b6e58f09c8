/**
 * The page's GEXF: what the page shows — its actors and relations (an overview with any
 * neighbourhood brought in, under the filters), at their places, in the colours of the colourings
 * in use and sized by the chosen metric — written by the server's own GEXF writer with viz
 * attributes, so Gephi or Retina opens the picture the page showed. Actors the filters leave
 * without a relation are grey, as on the page; the focus's fading is left out: it follows the
 * pointer, not the data.
 */
import { MultiGraph } from 'graphology';
import { nodeSize, relationColour, relationThickness } from '../server/domain/drawing';
import type { ActorGraph, ActorNodeAttributes, GraphAttributes, RelationEdgeAttributes } from '../server/domain/types';
import { gexfOf } from '../server/graph/export';
import type { Viz } from '../server/graph/export';
import type { RelationEdgeAttrs } from './api-types';
import type { ActorMultiGraph } from './graph-data';

/** How the page colours and sizes: the renderer's colourings and the state's centrality. */
export interface PageDrawing {
  /** An actor's colour as drawn without a focus (Renderer.restingColour). */
  nodeColour(id: string): string;
  edgeColour(a: RelationEdgeAttrs): string;
  centrality: ReadonlyMap<string, number>;
  centralityMax: number;
}

/** The page's graph as a GEXF blob, with its positions and its drawing. */
export function pageGexf(graph: ActorMultiGraph, drawing: PageDrawing): Blob {
  // Relations only: the affiliation lines the page may add are not relations (no quotes, no type).
  const g: ActorGraph = new MultiGraph<ActorNodeAttributes, RelationEdgeAttributes, GraphAttributes>({ type: 'mixed', allowSelfLoops: false });
  g.replaceAttributes({ ...graph.getAttributes(), name: 'actor-graph (page view)' });
  const positions: Record<string, { x: number; y: number }> = Object.create(null);
  graph.forEachNode((id, a) => {
    g.addNode(id, a);
    positions[id] = { x: a.x, y: a.y };
  });
  graph.forEachEdge((key, a, s, t, _sa, _ta, undirected) => {
    if (a.actsFor) return;
    if (undirected) g.addUndirectedEdgeWithKey(key, s, t, a);
    else g.addDirectedEdgeWithKey(key, s, t, a);
  });
  const viz: Viz = {
    node: (id) => ({ color: drawing.nodeColour(id), size: nodeSize(drawing.centrality.get(id), drawing.centralityMax) }),
    edge: ({ attributes: a }) => ({ color: relationColour(drawing.edgeColour(a), a), thickness: relationThickness(a) }),
  };
  return new Blob([...gexfOf(g, positions, viz)], { type: 'application/gexf+xml' });
}
