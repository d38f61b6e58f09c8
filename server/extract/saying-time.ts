/**
 * Rule `datedSaying` (READING_RULES): a time written between a verb of saying and the pronoun that
 * opens the reported clause ("Moscow said Monday it had struck …", "she said on Tuesday that she
 * …", "the ministry said earlier it …") is the saying's date, not a word of the clause: the pronoun
 * still follows the verb, and is read as its subject as right after "said". Made-up examples in
 * test/extract/said-round18.test.ts.
 */
import { WEEKDAYS } from './lexicon/calendar';
import type { Token } from './types';

/** Data: one-word times of a saying ("said today", "said earlier"), and the weekdays. */
const TIMES: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight', 'earlier', 'later', 'overnight', ...WEEKDAYS]);
/** Data: words that may lead a weekday ("said on Monday", "said late Sunday", "said early Friday"). */
const TIME_LEADS: ReadonlySet<string> = new Set(['on', 'late', 'early']);

/**
 * The index of the word before the pronoun at `i` once a saying's time (and a "that" after it) right
 * before it is passed over: "said Monday it", "said on Monday that it" give the index of "said";
 * `i - 1` when no time stands there.
 */
export function beforeSayingTime(tokens: readonly Token[], i: number): number {
  let v = tokens[i - 1]?.norm === 'that' ? i - 2 : i - 1;
  const time = tokens[v];
  if (!time || time.kind !== 'word' || !TIMES.has(time.norm)) return i - 1;
  v--;
  return TIME_LEADS.has(tokens[v]?.norm ?? '') ? v - 1 : v;
}
