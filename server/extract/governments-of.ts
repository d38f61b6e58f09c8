/**
 * Rule `governmentsOf` (server/domain/extraction-rules.ts, READING_RULES): "met with the
 * governments of Egypt and Qatar", "officials from the Governments of A and B": the government of a
 * state acts for it, as its officials do (rule `peopleOf`), so the preposition before "the
 * governments" governs the states after "of", each a party. Only "of": "a government in exile" names
 * none; "the people of X" stays no actor.
 */
const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['government', 'governments']);

/** Whether the word before the "of" at `p` is a noun of government ("the governments of"). */
export function governmentOf(words: readonly { norm: string }[], p: number): boolean {
  return words[p]?.norm === 'of' && GOVERNMENT_NOUNS.has(words[p - 1]?.norm ?? '');
}

/** Whether a word is a noun of government, which may stand among the people before "of". */
export function isGovernmentNoun(norm: string): boolean {
  return GOVERNMENT_NOUNS.has(norm);
}
