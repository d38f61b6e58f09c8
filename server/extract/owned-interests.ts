/**
 * Rule `ownedInterest` (server/domain/extraction-rules.ts): an actor named only as the owner of its
 * companies, security, democracy or institutions ("harming U.S. companies", "a threat to U.S.
 * national security", "repressing Nicaragua’s democracy") is not whom a hostile act is aimed at: the
 * act is aimed at the thing it owns. So is one named only as the owner of its enemies, critics or
 * killers ("attacked X's critics": ADVERSARY_NOUNS).
 */
import { isOwnedNotOwner, OWNED_INTEREST_MODIFIERS_MAX } from './lexicon/owned-interests';
import type { Group } from './groups';
import { APOSTROPHES } from './normalize';
import type { Mention, Token } from './types';

const APOSTROPHE_SET: ReadonlySet<string> = new Set(APOSTROPHES);

/** Words that end the noun phrase after the owner ("U.S. national security and foreign policy"). */
const PHRASE_ENDS: ReadonlySet<string> = new Set(['and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'from', 'at', 'that', 'which', 'who', 'as']);

/**
 * Whether the mention, with or without its possessive, owns the noun phrase after it and that
 * phrase's head (its last word: "Ukraine's security forces" are forces) is a noun of what it owns.
 * Lower-case words, or a heading's capitals ("THREAT TO U.S. NATIONAL SECURITY").
 */
function ownsInterest(tokens: readonly Token[], m: Mention): boolean {
  let i = m.tokenEnd;
  // "Nicaragua’s", and a plural's bare apostrophe ("Nicaraguans’ human rights").
  if (tokens[i]?.kind === 'possessive' || (APOSTROPHE_SET.has(tokens[i]?.text ?? '') && tokens[i].start === tokens[i - 1]?.end)) i++;
  let head: Token | undefined;
  for (let k = 0; k <= OWNED_INTEREST_MODIFIERS_MAX; k++, i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || (t.cap && !t.upper) || PHRASE_ENDS.has(t.norm)) break;
    head = t;
  }
  return !!head && isOwnedNotOwner(head.norm) && !continues(tokens[i]);
}

/** Whether the phrase goes on past the words read (a fourth lower-case word: no head found within reach). */
const continues = (t: Token | undefined): boolean => !!t && t.kind === 'word' && (!t.cap || t.upper) && !PHRASE_ENDS.has(t.norm);

/** Whether every member of a group is named only as the owner of what it owns. */
export function ownedInterestGroup(tokens: readonly Token[], g: Group): boolean {
  return g.members.every((m) => ownsInterest(tokens, m));
}
