/**
 * Rule `agencyEndsName`: a news agency's or broadcaster's name written right after a person's name
 * ("…, Jane Roe Reuters, …", "said John Smith AP", "I'm Jane Roe VOA News") credits the report; it
 * is not the person's last word. compromise reads such a run as one person ("Jane Roe Reuters"),
 * and rule `nameRunEnd` would otherwise take a one-word agency as the family name it finds missing.
 */
import { NEWS_AGENCIES } from './lexicon/news-agencies';

/** Every name an agency writes, longest first, so "VOA News" is cut whole before "VOA". */
const WRITTEN = NEWS_AGENCIES.flatMap((a) => a.written).sort((a, b) => b.length - a.length);
const ONE_WORD: ReadonlySet<string> = new Set(WRITTEN.filter((w) => !w.includes(' ')));

/** Is this word, as written, a news agency's whole name ("Reuters", "AFP"; not "Sana")? */
export const isAgencyWord = (word: string): boolean => ONE_WORD.has(word);

/**
 * Where a news agency's name begins at the end of a name as written ("Jane Roe Reuters" → 8), after
 * at least one word of the name's own; -1 when the name ends with none.
 */
export function agencyTailStart(name: string): number {
  for (const w of WRITTEN) {
    const at = name.length - w.length;
    if (at > 1 && name.endsWith(w) && /\s/u.test(name[at - 1]) && /\S/u.test(name.slice(0, at))) return at;
  }
  return -1;
}
