/**
 * The shortest-path finder: two actors chosen by autocomplete, the path listed step by step — each
 * relation of a step stated in its own direction with its quotes — and highlighted on the graph
 * by the renderer.
 */
import type { ActorSummary, PathResponse } from '../api-types';
import { el, replace, swatch } from '../dom';
import { RELATION_STYLES } from '../encodings';
import { ActorCombobox } from './actor-combobox';
import { evidenceList } from './evidence-list';
import type { OpenQuote } from './evidence-list';

export interface PathEvents {
  /** `viaAffiliations`: acting for a state or body counts as a step. */
  find(from: string, to: string, viaAffiliations: boolean): void;
  clear(): void;
  selectActor(id: string): void;
  openQuote: OpenQuote;
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
      this.reset();
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

  /** Empties both ends and the result. */
  reset(): void {
    this.from.setValue(null);
    this.to.setValue(null);
    replace(this.result, []);
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
    // Each step lists its relations as the data state them (source verb target), whichever way
    // the path walks the step, with the evidence behind each.
    const steps = path.steps.map((s) => {
      if (s.affiliation && !s.relations.length) {
        return el('li', { class: 'path-step step-affiliation' }, [this.actorButton(s.affiliation.actor), el('span', { class: 'step-types', text: ' acts for ' }), this.actorButton(s.affiliation.actsFor)]);
      }
      return el('li', { class: 'path-step' }, s.relations.map((r) => {
        const style = RELATION_STYLES[r.type];
        const events = r.events ? `${r.events.events.toLocaleString('en')} coded event${r.events.events === 1 ? '' : 's'}` : null;
        return el('div', { class: 'path-relation' }, [
          el('p', { class: 'relation-statement' }, [
            swatch(style.color, 'line'),
            this.actorButton(r.source),
            ` ${style.label} `,
            this.actorButton(r.target),
          ]),
          events ? el('p', { class: 'muted small', text: events }) : null,
          r.events && !r.evidence.length ? null : evidenceList(r.evidence, this.events.openQuote),
        ]);
      }));
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
