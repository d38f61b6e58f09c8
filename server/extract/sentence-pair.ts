/**
 * Rule `statesOfSentence` (server/domain/extraction-rules.ts READING_RULES): "both countries", "the
 * two governments" after a sentence has named exactly two states before it, each on its own or
 * through its people ("X said that despite disagreements with Moscow he believes both countries can
 * …": X's state and Russia), stand for those two: a reader takes the nearest two countries, not a
 * pair of another paragraph. Before this rule the sentence's own sides were left out as if one were a
 * go-between ("C urged both sides": C is neither), and the anaphor took the document's pair. Only
 * nouns of states — "both sides", "the two parties" keep that reading, a go-between being named
 * with them as often as not — and only when every actor named before it is one of the two states
 * or belongs to one.
 */
import { ids, type Group } from './groups';

/** Plural nouns that only states make a pair of. */
const STATE_PAIR_NOUNS: ReadonlySet<string> = new Set(['countries', 'nations', 'governments', 'states', 'capitals']);

/**
 * The two states a state pair anaphor whose noun is `noun` stands for, from the groups of its
 * sentence that end before it (`before`); undefined when the noun is no state's or the sentence
 * names other than two states there.
 */
export function statesOfSentence(noun: string, before: readonly Group[], side: (id: string) => string, isState: (id: string) => boolean): [string, string] | undefined {
  if (!STATE_PAIR_NOUNS.has(noun)) return undefined;
  const sides = [...new Set(before.filter((g) => !g.attribution).flatMap((g) => ids(g).map(side)))];
  return sides.length === 2 && sides.every(isState) ? [sides[0], sides[1]] : undefined;
}
