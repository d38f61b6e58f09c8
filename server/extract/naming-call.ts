/**
 * Rule `namingCall` (server/domain/extraction-rules.ts): "call" is a phone call ("Zelensky called
 * Putin on Monday") or a naming ("Zelensky called Putin a war criminal", "called the move 'a smash
 * and grab'"). A naming puts a noun phrase predicate right after the verb's object: an article ("a",
 * "an", "the") or an opening quote after at least one word of the object. A time phrase in that place ("called
 * X the next day", "a second time", "a week later") is the call's time, not a predicate.
 * Rule `namingVerbs`: the other verbs of naming read the same way ("branded X a terrorist", "dubbed
 * X …", "labelled X (as) …", "termed X …"), and those of describing with "as" before the predicate
 * ("described X as an enemy of Y", "characterized X as …"). Words from general English usage.
 */
import { DOUBLE_QUOTES, OPEN_QUOTES } from './normalize';
import { PREPOSITIONS } from './cues';
import { lemmas } from './lemma';
import { hostileLabelAt } from './lexicon/news-hostility';
import { AS_VERBS, NAMING_VERBS, NO_AS_VERBS } from './lexicon/naming-verbs';
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


/** The base form of a verb of naming the word is, if any ("branded" → "brand"). */
export function namingVerb(token: Token | undefined): string | undefined {
  if (!token || token.kind !== 'word' || token.cap) return undefined;
  return lemmas(token.norm).find((l) => NAMING_VERBS.has(l));
}

/**
 * Where the predicate of the verb of naming at token `verb` starts ("called Putin |a war criminal",
 * "described Iran as |a threat"), or undefined when the verb names nothing here (a phone call, "the
 * conflict described in the report"). In the passive the object is the subject and the predicate
 * comes right after the verb ("X was called a traitor", "X was described as a threat").
 */
export function predicateStart(tokens: readonly Token[], verb: number, passive: boolean): number | undefined {
  const base = namingVerb(tokens[verb]);
  if (!base) return undefined;
  const takesAs = !NO_AS_VERBS.has(base);
  const needsAs = AS_VERBS.has(base);
  const first = tokens[verb + 1];
  if (!first) return undefined;
  if (passive) {
    if (takesAs && first.norm === 'as') return verb + 2;
    if (needsAs) return undefined;
    return isQuote(first) || (INDEFINITE.has(first.norm) && predicateAt(tokens, verb + 1)) ? verb + 1 : undefined;
  }
  // The object takes at least its first word ("called a meeting with X" has no predicate after it).
  if (first.kind !== 'word' || PREPOSITIONS.has(first.norm)) return undefined;
  const end = Math.min(tokens.length, verb + 2 + OBJECT_MAX);
  for (let i = verb + 2; i < end; i++) {
    const t = tokens[i];
    if (takesAs && t.norm === 'as') return i + 1;
    if (needsAs) continue;
    if (isQuote(t)) return i;
    // "called X, who …", "called X on Monday", "called X to discuss", "called X and Y": no predicate.
    if (t.kind === 'punct' || PREPOSITIONS.has(t.norm) || t.norm === 'and') return undefined;
    if (INDEFINITE.has(t.norm) || t.norm === 'the') return predicateAt(tokens, i) ? i : undefined;
  }
  return undefined;
}

/** Most words of a predicate looked at for a hostile label ("a brutal terrorist regime"). */
const LABEL_PREDICATE_WINDOW = 4;

/**
 * Whether a naming's predicate from token `at` is a hostile label, the one a designation verb needs
 * ("a terrorist", "a state sponsor of terrorism"): one of its first words, before any preposition or
 * punctuation other than quotes and hyphens ("a partner in the fight against terrorism" is no label).
 * An insult ("a liar", "a war criminal") names without a relation, as rule `namingCall` reads it.
 */
export function hostilePredicate(tokens: readonly Token[], at: number): boolean {
  for (let i = at; i < tokens.length && i < at + LABEL_PREDICATE_WINDOW; i++) {
    const t = tokens[i];
    if (hostileLabelAt(tokens, i)) return true;
    if ((t.kind === 'punct' && !isQuote(t) && !['-', '‐', '‑'].includes(t.text)) || (t.kind === 'word' && PREPOSITIONS.has(t.norm))) return false;
  }
  return false;
}
