/**
 * Rule `outletNameNoState`: a state's name or demonym inside the name of a news agency or
 * broadcaster of several words ("Agence France-Presse", "Kuwait News Agency", "Press Trust of
 * India", "Saudi Press Agency": lexicon/news-agencies.ts) is part of the outlet's name, not a
 * mention of the state. A wire credit ("…, Agence France-Presse reported") would otherwise put France
 * into the sentence as a party to the relation it reports.
 */
import { NEWS_AGENCIES } from './lexicon/news-agencies';
import type { Mention } from './types';

/** The agencies' names of more than one word (one-word names hold no other name). */
const SEVERAL_WORDS: readonly string[] = NEWS_AGENCIES.flatMap((a) => a.written).filter((w) => /[\s-]/u.test(w));

/** Where a written name stands as whole words in the text: [start, end) spans. */
function spansOf(text: string, name: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + name.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push([at, at + name.length]);
  }
  return out;
}

/** The mentions that are not words inside an outlet's name written in the text (document offsets). */
export function withoutOutletWords(mentions: readonly Mention[], text: string, from: number, to: number): Mention[] {
  const part = text.slice(from, to);
  const outlets = SEVERAL_WORDS.flatMap((name) => spansOf(part, name).map(([s, e]): [number, number] => [s + from, e + from]));
  if (!outlets.length) return [...mentions];
  return mentions.filter((m) => !outlets.some(([s, e]) => s <= m.start && m.end <= e && (m.start > s || m.end < e)));
}
