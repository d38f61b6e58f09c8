/**
 * A list of evidence quotes, each a button that opens its source document at the quote; a quote
 * extraction found shows its cue and arguments marked and why it backs the relation.
 * Used by the actor panel and the relation panel so quotes read the same everywhere.
 */
import type { Evidence } from '../../server/domain/types';
import { el, formatDate } from '../dom';
import { markedQuote, whyElement } from './quote-reading';

export type OpenQuote = (evidence: Evidence) => void;

/** Renders evidence as quote buttons with outlet and date underneath. */
export function evidenceList(evidence: Evidence[], openQuote: OpenQuote): HTMLElement {
  const list = el('ul', { class: 'evidence' });
  if (!evidence.length) list.append(el('li', { class: 'muted', text: 'No quotes under the current filters.' }));
  for (const ev of evidence) {
    const button = el('button', {
      class: 'quote',
      attrs: { type: 'button', title: 'Open the source article at this sentence' },
    });
    // Curly quotes around plain text: the quote itself is never parsed as markup.
    button.append(el('span', { class: 'quote-text' }, ['“', ...markedQuote(ev), '”']));
    const meta = [ev.outlet, formatDate(ev.date)];
    if (ev.method === 'extracted') meta.push(`extracted, confidence ${Math.round(ev.confidence * 100)}%`);
    button.append(el('span', { class: 'quote-meta', text: meta.join(' · ') }));
    const why = whyElement(ev);
    if (why) button.append(why);
    button.addEventListener('click', () => openQuote(ev));
    list.append(el('li', {}, [button]));
  }
  return list;
}
