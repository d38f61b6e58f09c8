/**
 * The legend over the graph: what colours, arrows and sizes mean, with how many of each are in
 * view. Redrawn in place after every graph or filter change so it always describes the picture.
 */
import type { ActorKind, RelationType } from '../api-types';
import { el, replace, swatch } from '../dom';
import { ACTOR_KIND_LIST, AFFILIATION_COLOR, awaitsReview, FADED_NODE_COLOR, KIND_STYLES, PROVISIONAL_ALPHA, RELATION_STYLES, RELATION_TYPE_LIST, UNREVIEWED_ALPHA } from '../encodings';
import type { ActorMultiGraph } from '../graph-data';
import type { State } from '../state';
import { currentMetric } from '../state';
import { COMMUNITY_COLOURS_SHOWN, OTHER_COMMUNITY_COLOR, PROVENANCE_LIST, PROVENANCE_STYLES, communityColor } from '../colouring';
import type { Provenance } from '../api-types';

const SVG = 'http://www.w3.org/2000/svg';

/** A short line in the relation's colour, with an arrow head for directed types. */
function relationGlyph(color: string, directed: boolean): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 36 12');
  svg.setAttribute('width', '36');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('glyph');
  const line = document.createElementNS(SVG, 'line');
  for (const [k, v] of Object.entries({ x1: '2', y1: '6', x2: directed ? '26' : '34', y2: '6', stroke: color, 'stroke-width': '3' })) {
    line.setAttribute(k, v);
  }
  svg.append(line);
  if (directed) {
    const head = document.createElementNS(SVG, 'path');
    head.setAttribute('d', 'M24 1 L35 6 L24 11 Z');
    head.setAttribute('fill', color);
    svg.append(head);
  }
  return svg;
}

export class LegendView {
  constructor(private readonly root: HTMLElement) {}

  update(state: State, graph: ActorMultiGraph): void {
    const kinds = new Map<ActorKind, number>();
    let isolated = 0;
    let provisional = 0;
    graph.forEachNode((n, a) => {
      kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
      if (graph.degree(n) === 0) isolated++;
      if (a.provisional) provisional++;
    });
    const types = new Map<RelationType, number>();
    let unreviewed = 0;
    let affiliations = 0;
    graph.forEachEdge((_e, a) => {
      if (a.actsFor) {
        affiliations++;
        return;
      }
      types.set(a.type, (types.get(a.type) ?? 0) + 1);
      if (awaitsReview(a)) unreviewed++;
    });

    const kindItems = ACTOR_KIND_LIST.map((k) => {
      const on = state.filters.kinds.includes(k);
      return el('li', { class: on ? '' : 'off' }, [
        swatch(KIND_STYLES[k].color),
        el('span', { class: 'legend-label', text: KIND_STYLES[k].label }),
        el('span', { class: 'legend-count', text: on ? String(kinds.get(k) ?? 0) : 'filtered out' }),
      ]);
    });
    const typeItems = RELATION_TYPE_LIST.map((t) => {
      const style = RELATION_STYLES[t];
      const on = state.filters.types.includes(t);
      return el('li', { class: on ? '' : 'off', attrs: { title: style.reading } }, [
        relationGlyph(style.color, style.directed),
        el('span', { class: 'legend-label', text: style.label }),
        el('span', { class: 'legend-count', text: on ? String(types.get(t) ?? 0) : 'filtered out' }),
      ]);
    });
    const kindGroup = el('div', { class: 'legend-group' }, [el('h3', { text: 'Actor kind (disc colour)' }), el('ul', {}, kindItems)]);
    const typeGroup = el('div', { class: 'legend-group' }, [el('h3', { text: 'Relation (line colour)' }), el('ul', {}, typeItems)]);
    const discs = state.look.nodeColour === 'community' && state.communities ? this.communityGroup(state.communities, graph) : kindGroup;
    const lines = state.look.edgeColour === 'provenance' ? [typeGroup, this.provenanceGroup(graph)] : [typeGroup];
    if (state.look.edgeColour === 'provenance') typeGroup.querySelector('h3')?.replaceChildren('Relation (type)');
    const metric = currentMetric(state);
    const o = state.overview;
    const n = (x: number): string => x.toLocaleString('en');
    replace(this.root, [
      el('h2', { class: 'visually-hidden', text: 'Legend' }),
      discs,
      ...lines,
      el('div', { class: 'legend-notes' }, [
        // First: the notes scroll past a fixed height, and this one is about what just changed.
        state.fresh.nodes.size + state.fresh.edges.size > 0 &&
          el('p', { class: 'legend-new' }, [
            el('span', { class: 'new-badge', text: 'new', attrs: { 'aria-hidden': 'true' } }),
            `Orange ring, wider line: new since you looked (${state.fresh.nodes.size} actors, ${state.fresh.edges.size} relations), in colour until you dismiss the notice above.`,
          ]),
        o &&
          el('p', {
            class: 'overview-note',
            text: `Overview of a big graph: the ${n(o.shown.nodes)} most connected of ${n(o.total.nodes)} actors and the ${n(o.shown.edges)} strongest of ${n(o.total.edges)} relations. Search for an actor or click one to bring in all its relations.`,
          }),
        el('p', { text: `Arrow: who acts → on whom. Disc size: ${metric?.label ?? 'degree'} centrality. Line width: number of quotes and coded events.` }),
        el('p', { class: 'legend-faded' }, [
          swatch(FADED_NODE_COLOR),
          `Grey disc and label: outside the focus (a hovered or selected actor's relations, a path)${isolated > 0 ? `, or without a relation under the current filters (${isolated})` : ''}.`,
        ]),
        provisional > 0 &&
          el('p', { class: 'legend-provisional' }, [swatch(`#8a8f98${PROVISIONAL_ALPHA}`), `Pale disc, grey name with “(?)”: provisional actor, found by extraction and not yet confirmed (${provisional}).`]),
        affiliations > 0 &&
          el('p', { class: 'legend-affiliation' }, [swatch(AFFILIATION_COLOR, 'line'), `Thin grey line: acts for (affiliation: a person or body → the state or body it acts for; ${affiliations}).`]),
        unreviewed > 0 &&
          el('p', { class: 'legend-unreviewed' }, [swatch(`#8a8f98${UNREVIEWED_ALPHA}`, 'line'), `Pale thin line: extracted by machine, not yet reviewed (${unreviewed}); see the review queue.`]),
      ]),
    ]);
  }

  /** Communities in view, largest first, in their colours; those past the palette share one grey. */
  private communityGroup(communities: Map<string, number>, graph: ActorMultiGraph): HTMLElement {
    const members = new Map<number, string[]>();
    graph.forEachNode((n, a) => {
      const c = communities.get(n);
      if (c === undefined) return;
      const list = members.get(c) ?? [];
      list.push(a.label);
      members.set(c, list);
    });
    const ids = [...members.keys()].sort((a, b) => a - b);
    const shown = ids.filter((c) => c < COMMUNITY_COLOURS_SHOWN);
    const rest = ids.filter((c) => c >= COMMUNITY_COLOURS_SHOWN);
    const items = shown.map((c) => {
      const names = members.get(c) ?? [];
      return el('li', { attrs: { 'data-community': c, title: names.join(', ') } }, [
        swatch(communityColor(c)),
        el('span', { class: 'legend-label', text: `${names.slice(0, 2).join(', ')}${names.length > 2 ? ' …' : ''}` }),
        el('span', { class: 'legend-count', text: String(names.length) }),
      ]);
    });
    if (rest.length) {
      const n = rest.reduce((k, c) => k + (members.get(c)?.length ?? 0), 0);
      items.push(el('li', {}, [swatch(OTHER_COMMUNITY_COLOR), el('span', { class: 'legend-label', text: `${rest.length} smaller communities` }), el('span', { class: 'legend-count', text: String(n) })]));
    }
    return el('div', { class: 'legend-group legend-communities' }, [el('h3', { text: 'Community (disc colour, Louvain)' }), el('ul', {}, items)]);
  }

  /** Relations in view by where their evidence comes from. */
  private provenanceGroup(graph: ActorMultiGraph): HTMLElement {
    const counts = new Map<Provenance, number>();
    graph.forEachEdge((_e, a) => {
      if (a.actsFor) return;
      counts.set(a.provenance, (counts.get(a.provenance) ?? 0) + 1);
    });
    const items = PROVENANCE_LIST.map((p) =>
      el('li', { attrs: { 'data-provenance': p, title: PROVENANCE_STYLES[p].reading } }, [
        relationGlyph(PROVENANCE_STYLES[p].color, false),
        el('span', { class: 'legend-label', text: PROVENANCE_STYLES[p].label }),
        el('span', { class: 'legend-count', text: String(counts.get(p) ?? 0) }),
      ]),
    );
    return el('div', { class: 'legend-group legend-provenance' }, [el('h3', { text: 'Provenance (line colour)' }), el('ul', {}, items)]);
  }
}
