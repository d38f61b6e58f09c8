/**
 * Export buttons: the graph as served (JSON, GEXF, under the current filters) and a PNG of the
 * current view. Each button shows it is busy and reports failures instead of failing silently.
 */
import { el } from '../dom';

export type ExportKind = 'json' | 'gexf' | 'png';

export class ExportsView {
  constructor(root: HTMLElement, run: (kind: ExportKind) => Promise<void>) {
    const buttons: [ExportKind, string, string][] = [
      ['json', 'JSON', 'Download the graph as graphology JSON (current filters)'],
      ['gexf', 'GEXF', 'Download the graph as GEXF for Gephi (current filters)'],
      ['png', 'PNG', 'Download a PNG of the current view, 1,600 px wide, with a caption: legend, filters, date and sources'],
    ];
    const group = el('div', { class: 'button-group', attrs: { role: 'group', 'aria-label': 'Export' } });
    for (const [kind, label, title] of buttons) {
      const b = el('button', { class: 'secondary', text: label, attrs: { type: 'button', title, 'data-export': kind } });
      b.addEventListener('click', () => {
        b.disabled = true;
        b.setAttribute('aria-busy', 'true');
        void run(kind).finally(() => {
          b.disabled = false;
          b.removeAttribute('aria-busy');
        });
      });
      group.append(b);
    }
    root.append(el('span', { class: 'export-label', text: 'Export', attrs: { 'aria-hidden': 'true' } }), group);
  }
}
