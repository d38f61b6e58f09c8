/**
 * Rule `ownedInfinitive` (server/domain/extraction-rules.ts, READING_RULES): an infinitive cue that
 * hangs on a noun its owner is named with — "questioned the decision of the regime to arrest X",
 * "criticised the government's decision to expel Y", "the plan of the “Hermit Kingdom” to detain Z" —
 * is that owner's act, also an owner in quotation marks, which rule `nounController` (relations.ts)
 * does not read. When the owner is no actor the sentence names (a common noun), nobody known did it:
 * the clause's subject, who only comments on the decision, is not its doer. Found on a dev false
 * alarm of the eighteenth session (branch prec18): a blogger who questions a state's decision to
 * arrest two journalists read as arresting them.
 */
import type { SentenceAnalysis } from './analyze';
import { DETERMINERS, PREPOSITIONS } from './cues';
import type { Group } from './groups';
import { isVerbInflection, lemmas } from './lemma';
import { REQUEST_NOUNS } from './negation';
import type { CueMatch, Token } from './types';

/** Data: nouns whose infinitive is not done ("the refusal of X to sanction Y", "the failure of X to attack Y"): with those of asking (rule `requestedAct`) they are left to the clause's reading, not to rule `nounOfController`. */
export const REFUSAL_NOUNS: ReadonlySet<string> = new Set(['refusal', 'reluctance', 'failure', 'unwillingness', 'inability', 'hesitation']);

/** Whether the noun an infinitive hangs on is done by its owner: not one of refusing or asking ("the request of X to …"). */
const doneNoun = (t: Token | undefined): boolean => isNoun(t) && !lemmas(t!.norm).some((l) => REFUSAL_NOUNS.has(l) || REQUEST_NOUNS.has(l));

/** Most words of the owner's phrase after "of" ("of the so-called “Hermit Kingdom”"). */
const OWNER_WINDOW = 6;

/** Whether `t` is a lower-case common noun (not a verb form, preposition or determiner). */
const isNoun = (t: Token | undefined): boolean => !!t && t.kind === 'word' && !t.cap && !isVerbInflection(t.norm) && !PREPOSITIONS.has(t.norm) && !DETERMINERS.has(t.norm);

/**
 * The owner of the noun an infinitive cue hangs on: `{ owner }` for an actor named in its "of"
 * phrase, also inside quotation marks ("the decision of the “Hermit Kingdom” to"), `{}` for an owner
 * that is no actor ("the decision of the regime to", "the government's decision to"), undefined when
 * the noun has no owner named with it (the clause's reading stands).
 */
export function infinitiveOwner(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch): { owner?: Group } | undefined {
  const t = a.tokens;
  const to = cue.tokenStart - 1;
  if (cue.pos !== 'verb' || t[to]?.norm !== 'to') return undefined;
  const inActor = (i: number): Group | undefined => groups.find((g) => g.tokenStart <= i && i < g.tokenEnd);
  // "the decision of the regime to": back over the owner's phrase to "of" and the noun before it.
  let p = to - 1;
  let actor: Group | undefined;
  // A list ends the search: "the people of Ukraine and efforts to …" hangs the infinitive on "efforts", not on an owner's phrase.
  while (p >= 0 && to - p <= OWNER_WINDOW && t[p].norm !== 'of' && ((t[p].kind === 'word' && t[p].norm !== 'and' && t[p].norm !== 'or') || QUOTES.test(t[p].text))) {
    actor ??= inActor(p);
    p--;
  }
  if (t[p]?.norm === 'of' && p < to - 1) return doneNoun(t[p - 1]) && DETERMINERS.has(t[p - 2]?.norm ?? '') ? (actor ? { owner: actor } : {}) : undefined;
  // "the government's decision to": a possessive of a common noun right before the noun.
  const noun = to - 1;
  return doneNoun(t[noun]) && t[noun - 1]?.kind === 'possessive' && isNoun(t[noun - 2]) && !inActor(noun - 2) ? {} : undefined;
}

/** Quotation marks around an owner's name ("the “Hermit Kingdom”"). */
const QUOTES = /^[“”"'‘’]$/;
