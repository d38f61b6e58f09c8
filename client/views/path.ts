/**
 * The shortest-path finder: two actors chosen by autocomplete, the path listed step by step with
 * the relation types on each step, and highlighted on the graph by the renderer.
 */
import type { ActorSummary, PathResponse } from '../api-types';
import { el, replace, swatch } from '../dom';
import { RELATION_STYLES } from '../encodings';
import { ActorCombobox } from './actor-combobox';

export interface PathEvents {
  /** `viaAffiliations`: acting for a state or body counts as a step. */
  find(from: string, to: string, viaAffiliations: boolean): void;
  clear(): void;
  selectActor(id: string): void;
}

export class PathView {
  private readonly from: ActorCombobox;
  private readonly to: ActorCombobox;
  private readonly result: HTMLElement;
  private readonly via: HTMLInputElement;

  constructor(
    root: HTMLElement,
    actors: () => ActorSummary[],
    private readonly events: PathEvents,
    private readonly labelOf: (id: string) => string,
  ) {
    this.from = new ActorCombobox({ id: 'path-from', label: 'From', placeholder: 'e.g. Oman', actors, choose: () => this.to.input.focus() });
    this.to = new ActorCombobox({ id: 'path-to', label: 'To', placeholder: 'e.g. Mossad', actors, choose: () => this.submit() });
    const find = el('button', { text: 'Find path', attrs: { type: 'submit' } });
    const clear = el('button', { class: 'secondary', text: 'Clear', attrs: { type: 'button' } });
    clear.addEventListener('click', () => {
      this.from.setValue(null);
      this.to.setValue(null);
      replace(this.result, []);
      events.clear();
    });
    this.via = el('input', { attrs: { id: 'path-via-affiliations', type: 'checkbox' } });
    const form = el('form', { class: 'path-form' }, [
      this.from.element,
      this.to.element,
      el('label', { class: 'check' }, [this.via, ' Through affiliations (who acts for whom)']),
      el('div', { class: 'buttons' }, [find, clear]),
    ]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
    this.result = el('div', { class: 'path-result', attrs: { 'aria-live': 'polite' } });
    root.append(form, this.result);
  }

  /** Shows the two ends (from the URL) without searching. */
  setEnds(from: ActorSummary | null, to: ActorSummary | null): void {
    this.from.setValue(from);
    this.to.setValue(to);
  }

  loading(): void {
    replace(this.result, [el('p', { class: 'muted', text: 'Finding the shortest path…' })]);
  }

  error(message: string): void {
    replace(this.result, [el('p', { class: 'error-text', attrs: { role: 'alert' }, text: message })]);
  }

  show(path: PathResponse): void {
    if (!path.nodes.length) {
      replace(this.result, [el('p', { class: 'notice', text: `No path links ${this.labelOf(path.from)} and ${this.labelOf(path.to)} under the current filters.` })]);
      return;
    }
    const steps = path.steps.map((s) => {
      const types = [...new Set(s.relations.map((r) => r.type))];
      if (s.affiliation && !types.length) {
        return el('li', { class: 'step-affiliation' }, [this.actorButton(s.affiliation.actor), el('span', { class: 'step-types', text: ' acts for ' }), this.actorButton(s.affiliation.actsFor)]);
      }
      return el('li', {}, [
        this.actorButton(s.from),
        el('span', { class: 'step-types' }, types.flatMap((t) => [swatch(RELATION_STYLES[t].color, 'line'), ` ${t} `])),
        this.actorButton(s.to),
      ]);
    });
    replace(this.result, [
      el('p', { class: 'muted', text: path.length === 0 ? 'Same actor.' : `${path.length} step${path.length === 1 ? '' : 's'}, highlighted on the graph:` }),
      el('ol', { class: 'path-steps' }, steps),
    ]);
  }

  private submit(): void {
    const from = this.from.chosen;
    const to = this.to.chosen;
    if (!from || !to) {
      this.error('Choose both actors from the suggestions.');
      return;
    }
    this.events.find(from, to, this.via.checked);
  }

  private actorButton(id: string): HTMLButtonElement {
    const b = el('button', { class: 'link', text: this.labelOf(id), attrs: { type: 'button' } });
    b.addEventListener('click', () => this.events.selectActor(id));
    return b;
  }
}
