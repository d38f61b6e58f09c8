/**
 * The brief: one printable page with the picture (the PNG export's drawing: graph, legend colours,
 * filters, sources), the analyst's caption and the quotes behind the chosen lines. Shown over the
 * page as a preview with Print and Close; @media print prints it alone.
 */
import type { Evidence } from '../../server/domain/types';
import { el, formatDate, replace } from '../dom';

export interface BriefLine {
  statement: string;
  evidence: Evidence[];
}

export interface BriefContent {
  title: string;
  caption: string;
  picture: Blob;
  lines: BriefLine[];
  /** A link that reopens the view. */
  link: string;
}

export class BriefView {
  private url: string | null = null;

  constructor(private readonly root: HTMLElement) {}

  show(c: BriefContent): void {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = URL.createObjectURL(c.picture);
    const print = el('button', { class: 'small', text: 'Print', attrs: { type: 'button', id: 'brief-print' } });
    print.addEventListener('click', () => window.print());
    const close = el('button', { class: 'secondary small', text: 'Close', attrs: { type: 'button', id: 'brief-close' } });
    close.addEventListener('click', () => this.hide());
    const quotes = c.lines.map((l) =>
      el('li', { class: 'brief-line' }, [
        el('p', { class: 'brief-statement', text: l.statement }),
        el(
          'ul',
          {},
          l.evidence.map((ev) => el('li', { class: 'brief-quote' }, [el('q', { text: ev.quote }), el('span', { class: 'muted', text: ` — ${ev.outlet}, ${formatDate(ev.date)}` })])),
        ),
      ]),
    );
    replace(this.root, [
      el('div', { class: 'brief-actions' }, [print, close]),
      el('h1', { class: 'brief-title', text: c.caption || c.title }),
      c.caption ? el('p', { class: 'muted', text: c.title }) : null,
      el('img', { class: 'brief-picture', attrs: { src: this.url, alt: `Graph: ${c.title}` } }),
      c.lines.length ? el('h2', { text: 'Quotes behind the chosen lines' }) : el('p', { class: 'muted small', text: 'Tick lines in the table or select one to add their quotes.' }),
      el('ol', { class: 'brief-lines' }, quotes),
      el('p', { class: 'muted small brief-link', text: `View: ${c.link}` }),
    ]);
    this.root.hidden = false;
    document.body.classList.add('has-brief');
  }

  hide(): void {
    this.root.hidden = true;
    document.body.classList.remove('has-brief');
  }

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  /** Resolves once the picture has loaded, so a print or a PDF has it. */
  pictureLoaded(): Promise<void> {
    const img = this.root.querySelector('img');
    if (!img || img.complete) return Promise.resolve();
    return new Promise((resolve) => img.addEventListener('load', () => resolve(), { once: true }));
  }
}
