/**
 * The legend as colour-and-label entries for drawn pictures (the PNG export and the brief), under
 * the page's colourings: discs by kind or community, lines by type or provenance.
 */
import { COMMUNITY_COLOURS_SHOWN, OTHER_COMMUNITY_COLOR, PROVENANCE_LIST, PROVENANCE_STYLES, communityColor } from './colouring';
import { ACTOR_KIND_LIST, KIND_STYLES, RELATION_STYLES, RELATION_TYPE_LIST } from './encodings';
import type { ActorMultiGraph } from './graph-data';
import type { Look } from './state';

export interface LegendEntry {
  color: string;
  label: string;
  /** Drawn as a line (with an arrow head when directed) rather than a disc. */
  line?: { directed: boolean };
}

export function legendEntries(look: Look, communities: Map<string, number> | null, graph: ActorMultiGraph): LegendEntry[] {
  const discs: LegendEntry[] = [];
  if (look.nodeColour === 'community' && communities) {
    // Each community in view is named by its first actor in view (communities are numbered by size).
    const first = new Map<number, string>();
    graph.forEachNode((n, a) => {
      const c = communities.get(n);
      if (c !== undefined && !first.has(c)) first.set(c, a.label);
    });
    const ids = [...first.keys()].sort((a, b) => a - b);
    for (const c of ids.filter((x) => x < COMMUNITY_COLOURS_SHOWN)) discs.push({ color: communityColor(c), label: `${first.get(c) ?? ''} …` });
    if (ids.some((x) => x >= COMMUNITY_COLOURS_SHOWN)) discs.push({ color: OTHER_COMMUNITY_COLOR, label: 'smaller communities' });
  } else {
    for (const k of ACTOR_KIND_LIST) discs.push({ color: KIND_STYLES[k].color, label: KIND_STYLES[k].label });
  }
  const lines: LegendEntry[] =
    look.edgeColour === 'provenance'
      ? PROVENANCE_LIST.map((p) => ({ color: PROVENANCE_STYLES[p].color, label: PROVENANCE_STYLES[p].label, line: { directed: false } }))
      : RELATION_TYPE_LIST.map((t) => ({ color: RELATION_STYLES[t].color, label: RELATION_STYLES[t].label, line: { directed: RELATION_STYLES[t].directed } }));
  return [...discs, ...lines];
}
