/**
 * Rule `relativeTalks`: "the truce between A and B that Egypt brokered", "the ceasefire between A
 * and B, which Egypt brokered last week, held", "the deal between A and B, which was mediated by C":
 * a relative clause whose pronoun stands for talks or a truce names the go-between of those talks,
 * as a participle right after them does ("talks between A and B brokered by C"). The verb of a
 * relative clause has no talks after it of its own; its talks are the noun before the pronoun, with
 * nothing between the two but the pair the noun names ("between A and B") — so "that" opening a
 * complement ("Egypt said that it brokered …") is never read so.
 */
import type { SentenceAnalysis } from './analyze';
import type { Clause } from './types';

/** Pronouns that open a relative clause on a noun of talks ("the deal which …", "the truce that …"). */
const TALKS_RELATIVES: ReadonlySet<string> = new Set(['which', 'that']);
/** Prepositions of the pair a noun of talks names before the pronoun ("the truce between A and B that …"). */
const PAIR_PREPS: ReadonlySet<string> = new Set(['between', 'among']);
/** Most words of that pair ("between the Democratic Republic of the Congo and Rwanda"). */
const PAIR_WORDS = 12;

/**
 * The index of the noun of talks a relative clause `clause` hangs on, among `talksAt` (indexes of
 * talks nouns in the sentence), or undefined when the clause opens with no relative pronoun right
 * after such a noun (and its pair).
 */
export function relativeTalksAt(a: SentenceAnalysis, clause: Clause, talksAt: readonly number[]): number | undefined {
  const pronoun = clause.tokenStart;
  if (pronoun === 0 || !TALKS_RELATIVES.has(a.tokens[pronoun]?.norm ?? '')) return undefined;
  // "the truce, which …": the comma of an inserted relative; "that" is never inserted so.
  const end = a.tokens[pronoun - 1].text === ',' && a.tokens[pronoun].norm === 'which' ? pronoun - 1 : pronoun;
  return talksAt.find((at) => at < end && (at === end - 1 || pairBetween(a, at + 1, end)));
}

/** Tokens [from, to) are a pair named with "between"/"among": words only, no clause break. */
function pairBetween(a: SentenceAnalysis, from: number, to: number): boolean {
  if (!PAIR_PREPS.has(a.tokens[from]?.norm ?? '') || to - from - 1 > PAIR_WORDS) return false;
  return a.tokens.slice(from + 1, to).every((t) => t.kind === 'word' || t.kind === 'possessive' || t.text === ',');
}
