/**
 * Rule `titledHeadlineName`: in a Title Case heading, the capitalised words right after a title
 * and a person's name go on with what the person does or what the item is ("Secretary Roe Travels
 * to …", "Special Envoy Roe Meets …", "Secretary Roes’ Call with …"); compromise reads them into
 * one name and, without a given name, as an organisation ("Roe Travels"). After a title the name
 * ends before such a word (lexicon/headline-words.ts), so the heading's "Secretary Roe" is the
 * person "Roe" the text goes on to name.
 */
import { HEADLINE_WORDS_AFTER_NAME } from './lexicon/headline-words';
import { POSSESSIVE_END } from './normalize';

const HEADLINE_WORDS: ReadonlySet<string> = new Set(HEADLINE_WORDS_AFTER_NAME);

/** A titled person's name with the heading's words after it dropped ("Roe Travels" → "Roe"); the name itself when none follow or nothing would be left. */
export function withoutHeadlineTail(name: string): string {
  const words = name.split(/\s+/u);
  let end = words.length;
  while (end > 1 && HEADLINE_WORDS.has(words[end - 1].replace(POSSESSIVE_END, '').toLowerCase()) && /^\p{Lu}/u.test(words[end - 1])) end--;
  // A possessive before the heading's noun ("Roes’ Call"): the owner's name without the apostrophe.
  return end === words.length ? name : words.slice(0, end).join(' ').replace(POSSESSIVE_END, '');
}

/** Is this folded word one a heading writes after a titled name ("travels", "call")? */
export const isHeadlineWord = (norm: string): boolean => HEADLINE_WORDS.has(norm);
