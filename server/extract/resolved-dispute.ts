/**
 * Rule `resolvedDispute` (server/domain/extraction-rules.ts, READING_RULES): a dispute that a verb of
 * resolving or ending governs ("an agreement resolving the border dispute between A and B", "A and B
 * agreed to end their dispute", "A and B settled their border dispute") is reported as what is being
 * closed, not as a hostility the sentence states: no mutual opposition, even with the pair named with
 * the noun or owning it. Only a quarrel (a dispute, a disagreement, a feud): tensions eased go on at a
 * lower level (rule `easedHostility` still reads "eased tensions between A and B"), and an armed
 * conflict ended was fought (fighting between two forces is opposes, corpus README). Found on dev
 * false alarms of the eighteenth session (branch prec18): a maritime-boundary agreement read as the
 * two signatories opposing each other.
 */
import { lemmas } from './lemma';
import type { CueMatch, Token } from './types';

/** Data: nouns of a quarrel between two sides (not of an armed fight), written for this rule. */
const QUARREL_NOUNS: ReadonlySet<string> = new Set(['dispute', 'disputes', 'disagreement', 'disagreements', 'differences', 'feud', 'quarrel', 'row', 'rift', 'spat', 'standoff', 'stand-off', 'impasse']);

/** Data: verbs that close a quarrel (their lemmas), written for this rule. */
const RESOLVING_VERBS: ReadonlySet<string> = new Set(['resolve', 'settle', 'end', 'conclude', 'overcome', 'bridge', 'close']);

/** Most words (a possessive, an article, adjectives, noun modifiers) between the verb and the noun ("end their maritime boundary dispute"). */
const WINDOW = 5;

/** Whether the quarrel noun `cue` is the object of a verb of resolving or ending before it in its phrase. */
export function resolvedDispute(tokens: readonly Token[], cue: CueMatch): boolean {
  if (cue.pos !== 'noun' || !QUARREL_NOUNS.has(tokens[cue.tokenEnd - 1]?.norm ?? '')) return false;
  for (let p = cue.tokenStart - 1; p >= 0 && cue.tokenStart - p <= WINDOW; p--) {
    const t = tokens[p];
    // A comma, a preposition's phrase or a clause word ends the noun's phrase ("ended talks on the dispute").
    if (t.kind !== 'word' || /^(?:of|on|over|about|in|with|to|and|but|that|which)$/.test(t.norm)) return false;
    if (!t.cap && lemmas(t.norm).some((l) => RESOLVING_VERBS.has(l))) return true;
  }
  return false;
}
