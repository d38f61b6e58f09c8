/**
 * The centrality table: a metric selector and the actors ranked by it (from /api/centrality,
 * under the current filters). The chosen metric also sizes the discs. A row's name is a button
 * that focuses the actor. Long rankings show their top rows first, with a button for more: a
 * table of 20,000 rows would make every layout of the page (and so every frame sigma draws,
 * which measures its container) slow.
 */
import type { CentralityResponse, MetricInfo } from '../api-types';
import { el, replace, swatch } from '../dom';
import { formatNumber } from '../format';
import { KIND_STYLES } from '../encodings';
import type { ActorKind } from '../api-types';

export interface CentralityEvents {
  changeMetric(id: string): void;
  selectActor(id: string): void;
}

/** Rows shown at first, and added by each "more" click. */
const PAGE_ROWS = 100;

export class CentralityTableView {
  private readonly select: HTMLSelectElement;
  private readonly description: HTMLElement;
  private readonly body: HTMLElement;
  private metrics: MetricInfo[] = [];
  private result: CentralityResponse | null = null;
  private selected: string | null = null;
  private rowsShown = PAGE_ROWS;

  constructor(root: HTMLElement, private readonly events: CentralityEvents) {
    this.select = el('select', { attrs: { id: 'metric' } });
    this.select.addEventListener('change', () => events.changeMetric(this.select.value));
    this.description = el('p', { class: 'muted small' });
    this.body = el('div', { class: 'ranking', attrs: { 'aria-live': 'polite' } });
    root.append(
      el('div', { class: 'field' }, [el('label', { class: 'field-label', text: 'Metric (also sets disc size)', attrs: { for: 'metric' } }), this.select]),
      this.description,
      this.body,
    );
  }

  setMetrics(metrics: MetricInfo[], current: string): void {
    this.metrics = metrics;
    replace(this.select, metrics.map((m) => el('option', { text: m.directedOnly ? `${m.label} (directed)` : m.label, attrs: { value: m.id } })));
    this.setMetric(current);
  }

  setMetric(id: string): void {
    this.select.value = id;
    this.description.textContent = this.metrics.find((m) => m.id === id)?.description ?? '';
  }

  loading(): void {
    this.body.setAttribute('aria-busy', 'true');
    this.body.classList.add('is-loading');
  }

  error(message: string): void {
    this.body.removeAttribute('aria-busy');
    this.body.classList.remove('is-loading');
    replace(this.body, [el('p', { class: 'error-text', attrs: { role: 'alert' }, text: message })]);
  }

  show(result: CentralityResponse, selected: string | null): void {
    this.body.removeAttribute('aria-busy');
    this.body.classList.remove('is-loading');
    if (!result.ranking.length) {
      this.result = null;
      replace(this.body, [el('p', { class: 'muted', text: 'No actors under the current filters.' })]);
      return;
    }
    this.result = result;
    this.selected = selected;
    this.rowsShown = PAGE_ROWS;
    this.render();
  }

  private render(): void {
    const result = this.result;
    if (!result) return;
    const selected = this.selected;
    const total = result.ranking.length;
    const shown = Math.min(total, this.rowsShown);
    const rows = result.ranking.slice(0, shown).map((r) => {
      const name = el('button', { class: 'link', text: r.label, attrs: { type: 'button', title: `Focus ${r.label}` } });
      name.addEventListener('click', () => this.events.selectActor(r.id));
      const kind = KIND_STYLES[r.kind as ActorKind];
      return el('tr', { class: r.id === selected ? 'is-selected' : '', attrs: { 'data-actor': r.id } }, [
        el('td', { class: 'num', text: String(r.rank) }),
        el('td', {}, [swatch(kind?.color ?? '#888'), name]),
        el('td', { class: 'num', text: formatNumber(r.value) }),
      ]);
    });
    const label = this.metrics.find((m) => m.id === result.metric)?.label ?? result.metric;
    // Estimates on big graphs say so, with their bound, above the numbers they qualify.
    const estimate = result.sampling
      ? el('p', { class: 'muted small centrality-estimate', attrs: { 'data-testid': 'centrality-estimate' }, text: `Estimate: ${result.sampling.guarantee}.` })
      : null;
    replace(this.body, [
      estimate,
      el('table', {}, [
        el('caption', { class: 'visually-hidden', text: `Actors ranked by ${label}` }),
        el('thead', {}, [el('tr', {}, [el('th', { text: '#', attrs: { scope: 'col' } }), el('th', { text: 'Actor', attrs: { scope: 'col' } }), el('th', { text: label, attrs: { scope: 'col', class: 'num' } })])]),
        el('tbody', {}, rows),
      ]),
      shown < total ? this.moreButton(shown, total) : null,
    ]);
  }

  private moreButton(shown: number, total: number): HTMLElement {
    const more = el('button', {
      class: 'secondary small',
      text: `Show ${Math.min(PAGE_ROWS, total - shown)} more`,
      attrs: { type: 'button' },
    });
    more.addEventListener('click', () => {
      this.rowsShown += PAGE_ROWS;
      this.render();
    });
    return el('p', { class: 'muted small ranking-more' }, [`Top ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} actors. `, more]);
  }

  /** Marks the selected actor's row without rebuilding the table. */
  markSelected(id: string | null): void {
    this.selected = id;
    for (const row of this.body.querySelectorAll<HTMLElement>('tr[data-actor]')) {
      row.classList.toggle('is-selected', row.dataset.actor === id);
    }
  }
}
