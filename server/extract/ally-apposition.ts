/**
 * Rule `allyApposition` (issue #12, twentieth session, branch args20): "Iran's cyberattack against
 * our ally, Albania", "strikes on its neighbour, X": an act noun's patient written as a possessive
 * pronoun and a noun of alliance or neighbourhood (allied-member.ts) and then named after a comma
 * is the one named. Mention groups end at the comma, so the frame of the noun found no actor after
 * its preposition (the verb's object reads the same apposition through rule `roleApposition`).
 */
import { ALLIANCE_NOUNS } from './allied-member';
import { ALL_POSSESSIVE_PRONOUNS, PREPOSITIONS } from './cues';
import type { Group } from './groups';
import { isVerbInflection } from './lemma';
import type { Token } from './types';

/** Most words between the possessive pronoun and the noun of alliance ("our NATO Ally", "its closest regional partner"). */
const MAX_DESCRIBING_WORDS = 2;

/**
 * The group named after the comma when the tokens from `at` are one of `preps`, a possessive
 * pronoun, up to two describing words and a noun of alliance, then a comma; the name must end its
 * phrase (punctuation, a preposition or the sentence's end), so "against its ally, X said" is no
 * apposition. Else undefined.
 */
export function allyAfterPreposition(tokens: readonly Token[], groups: readonly Group[], at: number, preps: readonly string[]): Group | undefined {
  if (!preps.includes(tokens[at]?.norm ?? '') || !ALL_POSSESSIVE_PRONOUNS.has(tokens[at + 1]?.norm ?? '')) return undefined;
  let p = at + 2;
  while (p - (at + 2) <= MAX_DESCRIBING_WORDS && tokens[p]?.kind === 'word' && !ALLIANCE_NOUNS.has(tokens[p].norm.toLowerCase())) {
    if (PREPOSITIONS.has(tokens[p].norm) || isVerbInflection(tokens[p].norm)) return undefined;
    p++;
  }
  if (!ALLIANCE_NOUNS.has(tokens[p]?.norm.toLowerCase() ?? '') || tokens[p + 1]?.text !== ',') return undefined;
  const named = groups.find((g) => g.tokenStart === p + 2 && !g.attribution && !g.governor);
  if (!named) return undefined;
  const after = tokens[named.tokenEnd];
  return !after || after.kind === 'punct' || PREPOSITIONS.has(after.norm) ? named : undefined;
}
