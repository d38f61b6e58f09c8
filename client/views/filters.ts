/**
 * Filter controls: relation types and actor kinds as checkboxes, minimum evidence count, and a
 * date range over the evidence dates. Every change is reported at once; the controller reloads
 * the graph in place (no page reload).
 */
import type { ActorKind, RelationType } from '../api-types';
import { el, formatDate, swatch } from '../dom';
import { ACTOR_KIND_LIST, KIND_STYLES, RELATION_STYLES, RELATION_TYPE_LIST } from '../encodings';
import type { Filters } from '../state';
import { defaultFilters } from '../state';

export class FiltersView {
  private readonly typeBoxes = new Map<RelationType, HTMLInputElement>();
  private readonly kindBoxes = new Map<ActorKind, HTMLInputElement>();
  private readonly minEvidence: HTMLInputElement;
  private readonly provenance: HTMLSelectElement;
  private readonly reviewed: HTMLSelectElement;
  private readonly rollup: HTMLInputElement;
  /** Not a control here: kept from the last render so a change of another filter keeps it. */
  private expand: string[] = [];
  private readonly affiliations: HTMLInputElement;
  private readonly since: HTMLInputElement;
  private readonly until: HTMLInputElement;
  private readonly dateHint: HTMLElement;

  constructor(root: HTMLElement, private readonly onChange: (f: Filters) => void) {
    const checkbox = (name: string, value: string, label: string, color: string, directed?: boolean): [HTMLElement, HTMLInputElement] => {
      const input = el('input', { attrs: { type: 'checkbox', name, value, checked: true } });
      input.addEventListener('change', () => this.emit());
      const text = directed === undefined ? label : `${label} ${directed ? '→' : '—'}`;
      return [el('label', { class: 'check' }, [input, swatch(color, directed === undefined ? 'dot' : 'line'), text]), input];
    };

    const typeList = el('div', { class: 'checks checks-stack' });
    for (const t of RELATION_TYPE_LIST) {
      const s = RELATION_STYLES[t];
      const [label, input] = checkbox('types', t, s.label, s.color, s.directed);
      label.title = s.reading;
      this.typeBoxes.set(t, input);
      typeList.append(label);
    }
    const kindList = el('div', { class: 'checks' });
    for (const k of ACTOR_KIND_LIST) {
      const [label, input] = checkbox('kinds', k, KIND_STYLES[k].label, KIND_STYLES[k].color);
      this.kindBoxes.set(k, input);
      kindList.append(label);
    }

    this.minEvidence = el('input', { attrs: { id: 'min-evidence', type: 'number', min: 1, step: 1, value: 1, inputmode: 'numeric' } });
    this.since = el('input', { attrs: { id: 'since', type: 'date' } });
    this.until = el('input', { attrs: { id: 'until', type: 'date' } });
    this.dateHint = el('p', { class: 'muted small' });
    const options = (pairs: [string, string][]): HTMLOptionElement[] => pairs.map(([value, text]) => el('option', { text, attrs: { value } }));
    this.provenance = el('select', { attrs: { id: 'provenance' } }, options([['', 'any source'], ['curated', 'curated quotes'], ['extracted', 'extracted by machine'], ['coded', 'coded events only']]));
    this.reviewed = el('select', { attrs: { id: 'reviewed' } }, options([['', 'reviewed or not'], ['true', 'reviewed only'], ['false', 'not yet reviewed']]));
    this.rollup = el('input', { attrs: { id: 'rollup', type: 'checkbox' } });
    this.affiliations = el('input', { attrs: { id: 'affiliations', type: 'checkbox' } });
    for (const input of [this.minEvidence, this.since, this.until, this.provenance, this.reviewed, this.rollup, this.affiliations]) input.addEventListener('change', () => this.emit());

    const reset = el('button', { class: 'secondary', text: 'Reset filters', attrs: { type: 'button' } });
    reset.addEventListener('click', () => {
      this.render(defaultFilters());
      this.emit();
    });

    root.append(
      el('fieldset', {}, [el('legend', { text: 'Relation types' }), typeList]),
      el('fieldset', {}, [el('legend', { text: 'Actor kinds' }), kindList]),
      el('div', { class: 'field' }, [
        // The server counts quotes and coded events alike (a relation's weight), so neither word alone.
        el('label', { class: 'field-label', text: 'Minimum evidence per relation', attrs: { for: 'min-evidence' } }),
        this.minEvidence,
        el('p', { class: 'muted small field-hint', text: 'Quotes and coded events both count.' }),
      ]),
      el('div', { class: 'field' }, [el('label', { class: 'field-label', text: 'Relations from', attrs: { for: 'provenance' } }), this.provenance]),
      el('div', { class: 'field' }, [el('label', { class: 'field-label', text: 'Review state', attrs: { for: 'reviewed' } }), this.reviewed]),
      el('label', { class: 'check' }, [this.affiliations, ' Show who acts for whom (affiliation lines)']),
      el('label', { class: 'check' }, [this.rollup, ' Fold people and bodies into their state']),
      el('fieldset', { class: 'dates' }, [
        el('legend', { text: 'Evidence dated' }),
        el('div', { class: 'date-row' }, [
          el('label', { class: 'field-label', text: 'from', attrs: { for: 'since' } }),
          this.since,
          el('label', { class: 'field-label', text: 'to', attrs: { for: 'until' } }),
          this.until,
        ]),
        this.dateHint,
      ]),
      reset,
    );
  }

  /** Shows the given filters (from the URL or a reset) without reporting a change. */
  render(f: Filters): void {
    for (const [t, box] of this.typeBoxes) box.checked = f.types.includes(t);
    for (const [k, box] of this.kindBoxes) box.checked = f.kinds.includes(k);
    this.minEvidence.value = String(f.minEvidence);
    this.since.value = f.since;
    this.until.value = f.until;
    this.provenance.value = f.provenance;
    this.reviewed.value = f.reviewed;
    this.rollup.checked = f.rollup;
    this.expand = f.expand;
    this.affiliations.checked = f.affiliations;
  }

  /** Limits the date inputs to the dates the evidence actually spans. */
  setDateBounds(bounds: { min: string; max: string } | null): void {
    for (const input of [this.since, this.until]) {
      input.min = bounds?.min ?? '';
      input.max = bounds?.max ?? '';
    }
    this.dateHint.textContent = bounds ? `Evidence spans ${formatDate(bounds.min)} – ${formatDate(bounds.max)}.` : '';
  }

  private read(): Filters {
    const min = Math.floor(Number(this.minEvidence.value));
    let since = this.since.value;
    let until = this.until.value;
    // A reversed range is read as meant the other way round rather than rejected.
    if (since && until && since > until) [since, until] = [until, since];
    return {
      types: RELATION_TYPE_LIST.filter((t) => this.typeBoxes.get(t)?.checked),
      kinds: ACTOR_KIND_LIST.filter((k) => this.kindBoxes.get(k)?.checked),
      minEvidence: Number.isFinite(min) && min > 1 ? min : 1,
      since,
      until,
      provenance: this.provenance.value as Filters['provenance'],
      reviewed: this.reviewed.value as Filters['reviewed'],
      rollup: this.rollup.checked,
      // States opened in place (from the panel or a double-click) last while the roll-up is on.
      expand: this.rollup.checked ? this.expand : [],
      affiliations: this.affiliations.checked,
    };
  }

  private emit(): void {
    this.onChange(this.read());
  }
}
