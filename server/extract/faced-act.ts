/**
 * Rule `facedAct` (server/domain/extraction-rules.ts, READING_RULES): "support for Ukraine faced with
 * the Russian aggression", "stands with Israel in the face of Hamas attacks", "Armenia's
 * sovereignty in the face of Azerbaijani aggression": a hostile act that someone faces, named after
 * "in the face of" or "faced with", is aimed at the actor named right before those words, when the
 * act's own phrase names no one it is aimed at. English says who bears the act by who faces it, as
 * a subject does with "faces" ("Ukraine faces Russian aggression", which the clause already reads);
 * so does one who defends itself against it ("Israel's right to defend itself against rocket
 * attacks from Hamas").
 *
 * Only the actor right before the words, after one comma ("Ukraine, faced with …"), as the clause's
 * subject or the one a word of support names ("support for X", "stands with X"), or owning the
 * noun phrase before them ("Ukraine's territorial integrity in the face of …"): not a verb's or
 * another preposition's object ("held talks with X in the face of …": the subject faces it), not
 * over a verb ("talks with X continued in the face of …": the talks face it), nor for the words of
 * speech (criticism, condemnation): what those face is what someone did, not the one who did it.
 */
import { DETERMINERS, PREPOSITIONS, VERBAL_HOSTILITY } from './cues';
import type { Group } from './groups';
import { lemmas } from './lemma';
import type { CueMatch, Token } from './types';

/** Most tokens between "in the face of"/"faced with" and the hostile noun ("the brutal, unprovoked Russian"). */
const FACED_WINDOW = 6;
/**
 * Most tokens between the one facing the act and the words ("'s territorial integrity"). A listed
 * phrase ("'s sovereignty, independence, and territorial integrity") reads right too, but on `dev`
 * it gave one more right relation and two mediation false alarms through rule `mediationDocPair`'s
 * fall-back to the conflict's pair: left out until that fall-back checks the talks' own partner.
 */
const OWNER_GAP_MAX = 4;
/** Data: nouns of speech that a hostile cue noun may be ("criticism", "condemnation"): what one faces there is no act against one. */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(['criticism', 'condemnation', 'censure', 'rebuke', 'accusation', 'accusations', 'denunciation', 'protest', 'protests', 'objection', 'objections', 'opposition']);

/** Data: reflexives after a verb of defending ("defend itself against"): the one defending is the one the act is aimed at. */
const REFLEXIVES: ReadonlySet<string> = new Set(['itself', 'themselves', 'himself', 'herself', 'ourselves']);
/** Most lower-case words between the one defending itself and its verb ("must be able to"). */
const REFLEXIVE_GAP = 4;
/** Data: verbs of defending oneself against an act ("defend itself against", "protect themselves from"). */
const DEFENDING: ReadonlySet<string> = new Set(['defend', 'protect', 'shield', 'guard']);

/** Data: words of support whose "for"/"with"/"behind"/"to" names the one supported ("support for X", "solidarity with X", "stands with X", "commitment to X"). */
const SUPPORT_HEADS: ReadonlySet<string> = new Set(['support', 'solidarity', 'backing', 'commitment', 'aid', 'assistance', 'stand']);
/** Prepositions after a word of support that name the one supported. */
const SUPPORT_PREPS: ReadonlySet<string> = new Set(['for', 'with', 'behind', 'to']);
/** Most tokens between a word of support and the preposition naming the one supported. */
const SUPPORT_GAP = 8;
/** Data: words opening a clause whose subject follows ("said that X, faced with …"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'while', 'but', 'because', 'although', 'though', 'whereas']);

/**
 * Whether group `g` is a clause's subject or the one a word of support names, not a verb's or
 * another preposition's object ("held talks with X in the face of …", "thanked X in the face of …":
 * the subject faces the act there, not X).
 */
function ungoverned(tokens: readonly Token[], g: Group): boolean {
  let p = g.tokenStart - 1;
  while (p >= 0 && tokens[p].kind === 'word' && DETERMINERS.has(tokens[p].norm)) p--;
  const t = tokens[p];
  if (!t || t.kind !== 'word' || CLAUSE_OPENERS.has(t.norm)) return true;
  if (!SUPPORT_PREPS.has(t.norm)) return false;
  // The word of support may stand a clause away from its preposition ("the support that we have seen from day one for X").
  for (let k = p - 1; k >= 0 && p - k <= SUPPORT_GAP && tokens[k].kind !== 'punct'; k--) {
    if (lemmas(tokens[k].norm).some((l) => SUPPORT_HEADS.has(l))) return true;
  }
  return false;
}

/** Start of "in the face of", "faced with" or "defend itself against" ending right before token `end`, else -1. */
function facingWordsBefore(tokens: readonly Token[], end: number): number {
  const w = (i: number): string => tokens[i]?.norm ?? '';
  if (w(end - 1) === 'of' && w(end - 2) === 'face' && w(end - 3) === 'the' && w(end - 4) === 'in') return end - 4;
  if (w(end - 1) === 'with' && (w(end - 2) === 'faced' || w(end - 2) === 'confronted')) return end - 2;
  if ((w(end - 1) === 'against' || w(end - 1) === 'from') && REFLEXIVES.has(w(end - 2)) && lemmas(w(end - 3)).some((l) => DEFENDING.has(l))) {
    // "X's right to defend itself against": the right's owner defends itself.
    return w(end - 4) === 'to' && w(end - 5) === 'right' && tokens[end - 6]?.kind === 'possessive' ? end - 6 : end - 3;
  }
  return -1;
}

/** The actor that faces the hostile noun `cue`, or undefined. `agent` is the act's own doer (never the one facing it). */
export function facedTarget(tokens: readonly Token[], groups: readonly Group[], cue: CueMatch, agent: Group | undefined): Group | undefined {
  if (cue.pos !== 'noun' || cue.type !== 'opposes' || SPEECH_NOUNS.has(cue.phrase) || lemmas(cue.phrase).some((l) => VERBAL_HOSTILITY.has(l))) return undefined;
  // Back over the noun's own phrase: determiners, adjectives, its doer ("the brutal Russian").
  let start = -1;
  for (let p = cue.tokenStart; p >= 0 && cue.tokenStart - p <= FACED_WINDOW; p--) {
    start = facingWordsBefore(tokens, p);
    if (start >= 0) break;
    const t = tokens[p - 1];
    const inAgent = !!agent && agent.tokenStart <= p - 1 && p - 1 < agent.tokenEnd;
    if (!t || !(inAgent || t.text === ',' || t.kind === 'possessive' || (t.kind === 'word' && (DETERMINERS.has(t.norm) || (!t.cap && !PREPOSITIONS.has(t.norm)))))) return undefined;
  }
  if (start < 0) return undefined;
  const g = [...groups].reverse().find((x) => x.tokenEnd <= start && !x.attribution);
  if (!g || g === agent) return undefined;
  // Right before the words, or after a comma ("Ukraine, faced with …"), when it is the clause's subject or the one supported; or owning the phrase before them ("Ukraine's sovereignty in the face of …").
  const between = tokens.slice(g.tokenEnd, start);
  const reflexive = REFLEXIVES.has(tokens[start + 1]?.norm ?? '');
  // One defending itself, or owning a right to, is the reflexive's antecedent whatever governs it ("supports X's right to defend itself").
  const defends = reflexive || tokens[start].kind === 'possessive';
  if (!between.length || (between.length === 1 && between[0].text === ',')) return defends || ungoverned(tokens, g) ? g : undefined;
  // "Armenia must protect itself from …", "helped X to defend itself": the reflexive's antecedent over a modal or "to".
  if (reflexive && between.length <= REFLEXIVE_GAP && between.every((t) => t.kind === 'word' && !t.cap && (!PREPOSITIONS.has(t.norm) || t.norm === 'to'))) return g;
  const owned = between[0].kind === 'possessive' && between.length <= OWNER_GAP_MAX && between.slice(1).every((t) => t.kind === 'word' && !t.cap && !PREPOSITIONS.has(t.norm));
  return owned ? g : undefined;
}
