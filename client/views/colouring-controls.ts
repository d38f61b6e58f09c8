/**
 * The colouring choice: discs by actor kind or Louvain community, lines by relation type or
 * provenance. The review state from curation is one more option of the same kind: an entry in
 * these selects, a branch in the renderer's nodeColour/edge colour and a legend group.
 */
import { el } from '../dom';
import type { EdgeColouring, Look, NodeColouring } from '../state';

export interface ColouringEvents {
  nodes(c: NodeColouring): void;
  edges(c: EdgeColouring): void;
}

export class ColouringControls {
  private readonly discs: HTMLSelectElement;
  private readonly lines: HTMLSelectElement;

  constructor(root: HTMLElement, events: ColouringEvents) {
    this.discs = el('select', { attrs: { id: 'colour-discs' } }, [
      el('option', { text: 'Actor kind', attrs: { value: 'kind' } }),
      el('option', { text: 'Community (Louvain)', attrs: { value: 'community' } }),
    ]);
    this.lines = el('select', { attrs: { id: 'colour-lines' } }, [
      el('option', { text: 'Relation type', attrs: { value: 'type' } }),
      el('option', { text: 'Provenance (curated, extracted, coded)', attrs: { value: 'provenance' } }),
    ]);
    this.discs.addEventListener('change', () => events.nodes(this.discs.value as NodeColouring));
    this.lines.addEventListener('change', () => events.edges(this.lines.value as EdgeColouring));
    root.append(
      el('div', { class: 'field' }, [el('label', { class: 'field-label', text: 'Discs by', attrs: { for: 'colour-discs' } }), this.discs]),
      el('div', { class: 'field' }, [el('label', { class: 'field-label', text: 'Lines by', attrs: { for: 'colour-lines' } }), this.lines]),
    );
  }

  render(look: Look): void {
    this.discs.value = look.nodeColour;
    this.lines.value = look.edgeColour;
  }
}
