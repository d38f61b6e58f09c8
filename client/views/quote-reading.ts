/**
 * A quote as extraction read it: the cue and the words naming the two ends marked in the quote, and
 * a short "why" line saying which rule related them, in words. Shared by the evidence list and the
 * review queue so a reading looks the same wherever a quote is shown. The marks differ in shape
 * (weight, solid and dashed underlines), not only colour, and the why line says the same in text.
 */
import { readingInQuote, whyText } from '../../server/domain/extraction-rules';
import type { ReadQuote } from '../../server/domain/extraction-rules';
import type { RelationSpans } from '../../server/domain/types';
import { el } from '../dom';
import type { Child } from '../dom';

type Part = keyof RelationSpans;

/** How each marked part is named to a reader (tooltip). */
const PART_NAMES: Record<Part, string> = { cue: 'cue', source: 'first argument (acts)', target: 'second argument (acted on)' };

/** The quote's words with cue and arguments marked (an argument overlapping a mark already made stays plain). */
export function markedQuote(q: ReadQuote): Child[] {
  const r = readingInQuote(q);
  if (!r) return [q.quote];
  const parts = (['cue', 'source', 'target'] as const)
    .flatMap((part) => {
      const span = r.spans[part];
      return span ? [{ part, a: span[0] - q.start, b: span[1] - q.start }] : [];
    })
    .sort((x, y) => x.a - y.a);
  const out: Child[] = [];
  let at = 0;
  for (const { part, a, b } of parts) {
    if (a < at) continue;
    if (a > at) out.push(q.quote.slice(at, a));
    out.push(el('mark', { class: `reading reading-${part}`, text: q.quote.slice(a, b), attrs: { 'data-reading': part, title: PART_NAMES[part] } }));
    at = b;
  }
  if (at < q.quote.length) out.push(q.quote.slice(at));
  return out;
}

/** The why line as an element (class `quote-why`), or null when the quote has no reading. */
export function whyElement(q: ReadQuote, tag: 'span' | 'p' = 'span'): HTMLElement | null {
  const text = whyText(q);
  if (!text) return null;
  return el(tag, { class: 'quote-why', text, attrs: { title: `Extraction rule ${q.rule ?? ''}` } });
}
