/**
 * Export buttons: the graph as served (JSON, under the current filters), the graph the page shows
 * (GEXF with its places, colours and sizes), and pictures of the current view (PNG, SVG) at a
 * chosen width with a caption. Each button shows it is busy and reports failures instead of
 * failing silently.
 */
import { el } from '../dom';
import { PICTURE_WIDTH } from '../png-export';

export type ExportKind = 'json' | 'gexf' | 'png' | 'svg';

/** Picture widths offered, in CSS pixels: a slide, a printed page, a poster. */
const PICTURE_WIDTHS = [1200, PICTURE_WIDTH, 2400, 3200];

export class ExportsView {
  private readonly width: HTMLSelectElement;

  constructor(root: HTMLElement, run: (kind: ExportKind, width: number) => Promise<void>) {
    const buttons: [ExportKind, string, string][] = [
      ['json', 'JSON', 'Download the graph as graphology JSON (current filters)'],
      ['gexf', 'GEXF', 'Download the graph the page shows as GEXF for Gephi or Retina, with its places, colours and sizes'],
      ['png', 'PNG', 'Download a PNG of the current view at the chosen width, with a caption: legend, filters, date and sources'],
      ['svg', 'SVG', 'Download an SVG of the current view (shapes and text, not a bitmap) at the chosen width, with the same caption'],
    ];
    this.width = el('select', { attrs: { id: 'export-width', 'aria-label': 'Picture width (PNG, SVG)', title: 'Width of the PNG or SVG, in pixels' } });
    for (const w of PICTURE_WIDTHS) {
      const option = el('option', { text: `${w.toLocaleString('en')} px`, attrs: { value: String(w) } });
      option.selected = w === PICTURE_WIDTH;
      this.width.append(option);
    }
    const group = el('div', { class: 'button-group', attrs: { role: 'group', 'aria-label': 'Export' } });
    for (const [kind, label, title] of buttons) {
      const b = el('button', { class: 'secondary', text: label, attrs: { type: 'button', title, 'data-export': kind } });
      b.addEventListener('click', () => {
        b.disabled = true;
        b.setAttribute('aria-busy', 'true');
        void run(kind, Number(this.width.value)).finally(() => {
          b.disabled = false;
          b.removeAttribute('aria-busy');
        });
      });
      group.append(b);
    }
    root.append(el('span', { class: 'export-label', text: 'Export', attrs: { 'aria-hidden': 'true' } }), group, this.width);
  }
}
