/**
 * Rule `frontedHelper` (issue #12, seventeenth session, branch control17): a phrase of a third side's
 * help or witness opening the sentence ("Under the auspices of Egypt, A and B agreed …", "With the
 * mediation of Qatar, A and B reached …", "Under Egyptian auspices, …") ends at its first comma: the
 * names after the comma are the clause's subject, not more members of the phrase's list, and the
 * helper mediates the talks of that clause as it does when the phrase follows them (rule
 * `witnessMediates`, `helpOfThird`).
 */
import type { Token } from './types';

/** Prepositions that open such a phrase. */
const OPENERS: ReadonlySet<string> = new Set(['under', 'with', 'through', 'via', 'in']);
/** Nouns of help or witness the phrase is built on. */
const HELP_WORDS: ReadonlySet<string> = new Set(['auspices', 'mediation', 'help', 'assistance', 'facilitation', 'presence', 'sponsorship', 'good offices', 'offices', 'support']);
/** Most tokens of the fronted phrase. */
const PHRASE_WINDOW = 8;

/** The index of the comma that ends a fronted phrase of help or witness, or undefined. */
export function frontedHelperComma(tokens: readonly Token[]): number | undefined {
  if (!OPENERS.has(tokens[0]?.norm ?? '') || tokens[0].kind !== 'word') return undefined;
  const comma = tokens.findIndex((t) => t.kind === 'punct');
  if (comma < 2 || comma > PHRASE_WINDOW || tokens[comma].text !== ',') return undefined;
  return tokens.slice(1, comma).some((t) => HELP_WORDS.has(t.norm)) ? comma : undefined;
}
