/**
 * The page's default drawing as GEXF viz attributes, for exports made without a page (API, CLI):
 * actors coloured by kind and sized by degree (the page's default metric), relations coloured by
 * type and as thick as their evidence, with the paler provisional actors and unreviewed relations
 * (server/domain/drawing.ts, the rule the page draws with).
 */
import { KIND_COLOURS, RELATION_COLOURS, actorColour, nodeSize, relationColour, relationThickness } from '../domain/drawing';
import type { CompactGraph } from '../algorithms/compact';
import type { Viz } from './export';

/** Colours and sizes as the page draws them by default; `degree` counts each actor's distinct neighbours. */
export function defaultViz(degree: ReadonlyMap<string, number>): Viz {
  let max = 0;
  for (const d of degree.values()) max = Math.max(max, d);
  return {
    node: (id, a) => ({ color: actorColour(KIND_COLOURS[a.kind], a), size: nodeSize(degree.get(id), max) }),
    edge: ({ attributes: a }) => ({ color: relationColour(RELATION_COLOURS[a.type], a), thickness: relationThickness(a) }),
  };
}

/**
 * Distinct neighbours per actor in the undirected projection: what the page's degree centrality
 * divides by n − 1, so sizes from it are the page's (nodeSize reads the value against the largest).
 */
export function degreesOf(c: CompactGraph): Map<string, number> {
  const out = new Map<string, number>();
  for (let v = 0; v < c.n; v++) out.set(c.ids[v], c.outOffsets[v + 1] - c.outOffsets[v]);
  return out;
}
