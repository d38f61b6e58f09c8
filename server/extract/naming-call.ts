/**
 * Rule `namingCall` (server/domain/extraction-rules.ts): "call" is a phone call ("Zelensky called
 * Putin on Monday") or a naming ("Zelensky called Putin a war criminal", "called the move 'a smash
 * and grab'"). A naming puts a noun phrase predicate right after the verb's object: an article ("a",
 * "an", "the") or an opening quote after at least one word of the object. A time phrase in that place ("called
 * X the next day", "a second time", "a week later") is the call's time, not a predicate.
 */
import { DOUBLE_QUOTES, OPEN_QUOTES } from './normalize';
import { PREPOSITIONS } from './cues';
import type { Token } from './types';

/** Most tokens of the object before its predicate ("called the Egyptian foreign minister a liar"). */
const OBJECT_MAX = 6;
/** Most tokens of a predicate looked at for a time noun ("a few weeks later"). */
const TIME_WINDOW = 3;
/** Nouns of time: after the object they tell when the call was made. */
const TIME_NOUNS: ReadonlySet<string> = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'morning', 'afternoon', 'evening',
  'night', 'weekend', 'hour', 'hours', 'minute', 'minutes', 'time', 'times', 'moment', 'fortnight', 'while',
]);
/** Articles that open a predicate noun phrase. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);

/** Quote marks that may open a quoted predicate ("called the move ‘a smash and grab’"). */
const isQuote = (t: Token): boolean => OPEN_QUOTES.has(t.text) || DOUBLE_QUOTES.has(t.text) || t.text === "'";

/** Whether a predicate noun phrase starting at token `at` is one: no time noun in its first words. */
const predicateAt = (tokens: readonly Token[], at: number): boolean => !tokens.slice(at + 1, at + 1 + TIME_WINDOW).some((w) => TIME_NOUNS.has(w.norm));

/**
 * Whether the verb "call" at token `verb` names its object rather than phoning it. In the passive
 * the object is the subject and the predicate comes right after the verb ("X was called a traitor").
 */
export function namesObject(tokens: readonly Token[], verb: number, passive: boolean): boolean {
  const first = tokens[verb + 1];
  if (!first) return false;
  if (passive) return isQuote(first) || (INDEFINITE.has(first.norm) && predicateAt(tokens, verb + 1));
  // The object takes at least its first word ("called a meeting with X" has no predicate after it).
  if (first.kind !== 'word' || PREPOSITIONS.has(first.norm)) return false;
  const end = Math.min(tokens.length, verb + 2 + OBJECT_MAX);
  for (let i = verb + 2; i < end; i++) {
    const t = tokens[i];
    if (isQuote(t)) return true;
    // "called X, who …", "called X on Monday", "called X to discuss", "called X and Y": no predicate.
    if (t.kind === 'punct' || PREPOSITIONS.has(t.norm) || t.norm === 'and') return false;
    if (INDEFINITE.has(t.norm) || t.norm === 'the') return predicateAt(tokens, i);
  }
  return false;
}
