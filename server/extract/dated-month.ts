/**
 * Rule `monthDate`: a month that a day, a year or a word of time stands beside is a date ("the May
 * 27 agreement", "May 23rd", "27 May", "May 2024", "in May", "last May", "mid-May"), not a name; "Theresa May",
 * "May said" stay names. Read by discovery (a name that is only a date, or begins with one) and by
 * the gazetteer's matcher (a person's surname alone, "May").
 */
import { MONTH_TIME_WORDS, MONTH_WORDS } from './lexicon/calendar';
import type { Token } from './types';

const TIME_WORDS: ReadonlySet<string> = new Set(MONTH_TIME_WORDS);
const DAY_OR_YEAR = /^\d{1,4}$/;
const DAY = /^\d{1,2}(?:st|nd|rd|th)?$/;

/** Whether token i is a month written as a date. */
export function isDatedMonthAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !MONTH_WORDS.has(t.norm)) return false;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const spaced = (a: Token, b: Token): boolean => a.end < b.start;
  // "May 23rd": a day with its ordinal ending after the month is as much a date as "May 23".
  if (next && spaced(t, next) && (DAY_OR_YEAR.test(next.norm) || DAY.test(next.norm))) return true;
  if (prev && spaced(prev, t) && (DAY.test(prev.norm) || TIME_WORDS.has(prev.norm))) return true;
  // "mid-May".
  const mid = tokens[i - 2];
  return !!prev && !!mid && prev.text === '-' && mid.norm === 'mid' && mid.end === prev.start && prev.end === t.start;
}
