/**
 * Rule `ownerOfObject` (server/domain/extraction-rules.ts, READING_RULES): "threatens the peace,
 * security and stability of A, B and C", "disrupted the financing networks of X", "violated the
 * sovereignty of Y": a hostile act done to what an actor has, named with "of" after a plain noun
 * phrase (an article or possessive, then lower-case nouns and adjectives, commas and "and"), is
 * aimed at that actor. English puts the owner after "of" as it puts it before with a possessive
 * ("Y's sovereignty"), which the verb's object already reads.
 *
 * Not for verbs of condemnation or rejection: their object is an act, and the one named with "of"
 * is its patient, not the one condemned ("condemned the arrest of X" does not oppose X; rule
 * `condemnedAct` reads the act's doer). Not over a cue noun (it takes its own arguments: "disrupted
 * the attacks of X"), nor over another preposition or a capitalised word, nor over a quantity ("abused a
 * number of Xians"), nor when every head is what rule `ownedInterest` says is no target
 * ("threatened the national security of X", as "threatened X's national security" is none), or
 * names those against the owner ("threatened the enemies of X").
 */
import type { SentenceAnalysis } from './analyze';
import { DETERMINERS, PREPOSITIONS, VERBAL_HOSTILITY } from './cues';
import type { Group } from './groups';
import { isOwnedNotOwner } from './lexicon/owned-interests';
import type { CueMatch } from './types';

/** Most words of the owned noun phrase between the article and "of" ("the peace, security, and stability"). */
const OWNED_PHRASE_MAX = 8;

/**
 * Data: nouns of a quantity ("a vast number of X", "dozens of X"): what they count are the people
 * acted on themselves, and whether a people stands for its state is rule `quantityBeforeActor`'s
 * business (a count), not an owner's.
 */
const QUANTITY_NOUNS: ReadonlySet<string> = new Set('number numbers dozens hundreds thousands millions majority minority handful host lot lots scores'.split(' '));

/** Words that join the nouns of one phrase ("peace, security, and stability"). */
const JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or']);

/** Whether group `g`, governed by "of", owns what the hostile verb `cue` acts on; `from` is the first token after the verb (after a manner phrase). */
export function ownerOfObject(a: SentenceAnalysis, cue: CueMatch, g: Group, from: number): boolean {
  if (cue.pos !== 'verb' || cue.passive || cue.type !== 'opposes' || g.governor !== 'of' || g.governorAt === undefined) return false;
  if (VERBAL_HOSTILITY.has(cue.phrase)) return false;
  const t = a.tokens;
  if (!DETERMINERS.has(t[from]?.norm ?? '') || t[from].kind !== 'word') return false;
  const words = t.slice(from + 1, g.governorAt);
  if (!words.length || words.length > OWNED_PHRASE_MAX) return false;
  const heads: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (JOINERS.has(w.kind === 'word' ? w.norm : w.text)) {
      if (i > 0) heads.push(words[i - 1].norm);
      continue;
    }
    if (w.kind !== 'word' || w.cap || PREPOSITIONS.has(w.norm) || DETERMINERS.has(w.norm)) return false;
  }
  const last = words[words.length - 1];
  if (last.kind !== 'word' || JOINERS.has(last.norm)) return false;
  heads.push(last.norm);
  if (heads.every(isOwnedNotOwner) || heads.some((h) => QUANTITY_NOUNS.has(h))) return false;
  // A cue noun inside the phrase reads its own "of" ("disrupted the attacks of X").
  return !a.cues.some((c) => c !== cue && c.tokenStart > from && c.tokenStart < g.governorAt!);
}
