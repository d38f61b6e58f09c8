/**
 * The source document viewer: a modal dialog showing the article with the quote highlighted in
 * place (built from text nodes and a <mark>, never innerHTML), scrolled into view so the reader
 * sees its context. Escape or the close button returns focus to where it was.
 */
import type { Evidence } from '../../server/domain/types';
import type { SourceDocument } from '../api-types';
import { el, formatDate, replace } from '../dom';

export class DocumentViewer {
  private readonly body: HTMLElement;
  private readonly title: HTMLElement;
  private readonly meta: HTMLElement;
  private returnFocus: HTMLElement | null = null;

  private readonly retract: HTMLButtonElement;
  private shown: string | null = null;

  /** `retractor`: offers to retract the article shown, on servers that take curations. */
  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly onClose: () => void,
    private readonly retractor?: { enabled(): boolean; retract(id: string): Promise<boolean> },
  ) {
    this.retract = el('button', { class: 'small secondary', text: 'Retract this article', attrs: { type: 'button', hidden: true } });
    this.retract.addEventListener('click', () => {
      const id = this.shown;
      if (id && retractor) void retractor.retract(id).then((ok) => ok && dialog.close());
    });
    this.title = el('h2', { attrs: { id: 'doc-title' } });
    this.meta = el('p', { class: 'muted' });
    const close = el('button', { class: 'icon-button', text: '×', attrs: { type: 'button', 'aria-label': 'Close document' } });
    close.addEventListener('click', () => dialog.close());
    this.body = el('div', { class: 'doc-body', attrs: { tabindex: 0 } });
    dialog.setAttribute('aria-labelledby', 'doc-title');
    dialog.append(el('header', { class: 'doc-header' }, [el('div', {}, [this.title, this.meta, this.retract]), close]), this.body);
    dialog.addEventListener('close', () => {
      this.returnFocus?.focus();
      this.onClose();
    });
    // A click on the backdrop (outside the dialog box) closes it, as users expect of a modal.
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) dialog.close();
    });
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  /** Opens the dialog at once with a loading line; the caller then calls show() or error(). */
  opening(evidence: Evidence): void {
    this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.title.textContent = 'Loading source…';
    this.meta.textContent = `${evidence.outlet} · ${formatDate(evidence.date)}`;
    replace(this.body, [el('p', { class: 'muted', text: 'Loading the article…' })]);
    if (!this.dialog.open) this.dialog.showModal();
  }

  error(message: string): void {
    this.title.textContent = 'Source unavailable';
    replace(this.body, [el('p', { class: 'error-text', attrs: { role: 'alert' }, text: message })]);
  }

  show(doc: SourceDocument, evidence: Evidence): void {
    this.shown = doc.id;
    this.retract.hidden = !this.retractor?.enabled();
    this.title.textContent = doc.title;
    this.meta.textContent = [doc.outlet, formatDate(doc.date), doc.url].filter(Boolean).join(' · ');
    let { start, end } = evidence;
    let warning: string | null = null;
    // Offsets are authoritative; if the text changed under them, fall back to finding the quote.
    if (doc.text.slice(start, end) !== evidence.quote) {
      const at = doc.text.indexOf(evidence.quote);
      if (at >= 0) {
        start = at;
        end = at + evidence.quote.length;
      } else {
        warning = 'This quote was not found in the current text of the article.';
        start = end = -1;
      }
    }
    const article = el('div', { class: 'doc-text' });
    let mark: HTMLElement | null = null;
    if (start >= 0) {
      mark = el('mark', { text: doc.text.slice(start, end), attrs: { id: 'doc-quote' } });
      article.append(document.createTextNode(doc.text.slice(0, start)), mark, document.createTextNode(doc.text.slice(end)));
    } else {
      article.append(document.createTextNode(doc.text));
    }
    replace(this.body, [
      doc.note ? el('p', { class: 'doc-note', text: `Note: ${doc.note}` }) : null,
      warning ? el('p', { class: 'error-text', text: warning }) : null,
      article,
    ]);
    this.body.focus({ preventScroll: true });
    mark?.scrollIntoView({ block: 'center' });
  }
}
