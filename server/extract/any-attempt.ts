/**
 * Rule `anyAttempt` (server/domain/extraction-rules.ts, READING_RULES): a cue in the infinitive that
 * hangs on a noun after "any" — "oppose any attempts to derail or disrupt the will of the X people",
 * "warned against any effort to attack Y", "any move to sanction Z" — names an act that may or may not
 * come, as a cue noun after "any" does (rule `anyAct`): hypothetical, not stored. Found on a dev false
 * alarm of the eighteenth session (branch prec18): a commitment to oppose any attempt to disrupt a
 * people's will read as its speaker disrupting that people.
 */
import { DETERMINERS, PREPOSITIONS } from './cues';
import type { Modality } from './negation';
import type { Clause, Token } from './types';

/** Most lower-case adjectives between "any" and the noun ("any further unilateral attempt to"). */
const ADJECTIVES = 2;

/** The modality of a cue at `start` in the infinitive of a noun after "any", else undefined. */
export function anyAttemptAt(tokens: readonly Token[], clause: Clause, start: number): [string, Modality] | undefined {
  let to = start - 1;
  // "to derail or disrupt": a verb joined to the infinitive's first verb shares its "to".
  if (['or', 'and'].includes(tokens[to]?.norm ?? '') && tokens[to - 1]?.kind === 'word' && !tokens[to - 1].cap) to -= 2;
  if (tokens[to]?.norm !== 'to') return undefined;
  const noun = tokens[to - 1];
  if (!noun || noun.kind !== 'word' || noun.cap || PREPOSITIONS.has(noun.norm) || DETERMINERS.has(noun.norm)) return undefined;
  for (let i = to - 2; i >= clause.tokenStart && i >= to - 2 - ADJECTIVES; i--) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.cap) return undefined;
    if (t.norm === 'any') return ['any', 'hypothetical'];
    if (PREPOSITIONS.has(t.norm) || DETERMINERS.has(t.norm) || ['and', 'or', 'but'].includes(t.norm)) return undefined;
  }
  return undefined;
}
