/**
 * Rule `parallelOwner` (issue #12, twentieth session, branch args20): "Russia's invasion of Ukraine
 * and its attacks on Georgia", "Iran's support for Hamas and its attacks on Israel": a possessive
 * pronoun that opens the second of two owned noun phrases joined by "and" has the first one's
 * owner for antecedent, not the actor named last inside that first phrase (who is what it is
 * about). Reading the nearest actor made Ukraine attack Georgia.
 */
import { PREPOSITIONS } from './cues';
import type { Group } from './groups';
import { isVerbInflection } from './lemma';
import type { Token } from './types';

/** Most tokens of the first owned phrase after the possessive ("invasion of Ukraine", "full-scale war against the people of X"). */
const MAX_FIRST_PHRASE = 8;

/**
 * The owner of the first phrase when the possessive pronoun at `p` follows "and" that closes a
 * phrase opened by a possessive name ("X's N … and its"), with no verb, clause word or punctuation
 * but a hyphen in between; else undefined.
 */
export function parallelOwner(tokens: readonly Token[], groups: readonly Group[], p: number): Group | undefined {
  if (tokens[p - 1]?.norm !== 'and') return undefined;
  const owner = [...groups].reverse().find((g) => g.tokenEnd < p - 1 && p - 1 - g.tokenEnd <= MAX_FIRST_PHRASE + 1 && tokens[g.tokenEnd]?.kind === 'possessive' && !g.attribution);
  if (!owner) return undefined;
  const phrase = tokens.slice(owner.tokenEnd + 1, p - 1);
  if (!phrase.length) return undefined;
  const plain = phrase.every((t) => (t.kind === 'word' && !isVerbInflection(t.norm) && !['and', 'or', 'that', 'which', 'who'].includes(t.norm)) || t.text === '-');
  // The first phrase is a noun after the possessive, then at most prepositional phrases: "invasion of Ukraine".
  return plain && !PREPOSITIONS.has(phrase[0].norm) ? owner : undefined;
}
