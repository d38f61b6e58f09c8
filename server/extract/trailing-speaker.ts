/**
 * Rule `trailingSpeaker` (READING_RULES): the one named in a trailing attribution ("…, Israel said.",
 * "…, the Israeli army said on Monday.", "…,” a spokesman for Hamas told reporters.", "…, said
 * Turkey.") only passes the sentence on: it is no argument of the reported clause's cue, as one
 * named after "according to" is not. Without this, "Egypt attacked its own institutions, Israel
 * said." read Israel, the first actor after the verb, as what Egypt attacked. Only at the end of
 * the sentence (a time or a medium may follow the verb), so that "…, X said, adding that it …" keeps
 * X as the subject a participle borrows.
 */
import { REPORTING_VERBS } from './cues';
import { lemmas } from './lemma';
import { MONTH_WORDS, WEEKDAYS } from './lexicon/calendar';
import type { Token } from './types';

const REPORTING: ReadonlySet<string> = new Set(REPORTING_VERBS);
/** Marks that close the reported words right before the speaker: a comma, or a closing quote. */
const CLOSERS: ReadonlySet<string> = new Set([',', '”', '"', '’', "'"]);
/** Words that end a sentence. */
const ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);
/** Most words between the closing comma and the speaker's name ("a spokesman for the", "the foreign ministry of"). */
const LEAD = 5;
/** Most words between the speaker's name and the verb ("'s foreign ministry", "officials"). */
const HEAD = 3;
/** Most words after the verb before the sentence ends ("on Monday", "in a statement on Telegram", "told reporters"). */
const TAIL = 7;

function isWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word';
}

function reporting(t: Token | undefined): boolean {
  return isWord(t) && !t.cap && !/ing$/.test(t.norm) && lemmas(t.norm).some((l) => REPORTING.has(l));
}

/** Data: words that open a time or a medium after the verb ("said on Monday", "said in a statement", "said late Sunday"). */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'via', 'through', 'late', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'last', 'this', 'again', 'separately', ...WEEKDAYS, ...MONTH_WORDS]);
/** Data: pronouns and "that", which let a participle after the attribution report a clause of its own ("…, X said, adding that it …"). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['that', 'it', 'they', 'he', 'she', 'we', 'its', 'their', 'his', 'her']);
/** Most words of a participle or "without" phrase closing the attribution ("…, X said, speaking on condition of anonymity."). */
const COMMENT = 15;

/**
 * Whether a comma at `comma` opens a closing comment on the attribution that reports nothing of its
 * own ("speaking on condition of anonymity", "without giving details"): a participle or "without",
 * no "that" nor pronoun, then the sentence's end.
 */
function closingComment(tokens: readonly Token[], comma: number): boolean {
  const first = tokens[comma + 1];
  if (!isWord(first) || first.cap || !(/ing$/.test(first.norm) || first.norm === 'without')) return false;
  for (let j = comma + 1; j < tokens.length && j <= comma + COMMENT; j++) {
    const t = tokens[j];
    if (ENDS.has(t.text)) return j === tokens.length - 1 || tokens.slice(j + 1).every((x) => CLOSERS.has(x.text));
    if (t.kind === 'punct' || CLAUSE_WORDS.has(t.norm)) return false;
  }
  return false;
}

/**
 * Whether the sentence ends within a few words from token `from`, with no reported clause of its own
 * there: only an adjunct of time or medium, or the addressee of "told" ("told reporters").
 */
function endsSoon(tokens: readonly Token[], from: number, told: boolean): boolean {
  const first = tokens[from];
  if (isWord(first) && !ADJUNCT_OPENERS.has(first.norm) && !told) return false;
  // "…, X said, speaking on condition of anonymity."
  if (first?.text === ',') return closingComment(tokens, from);
  for (let j = from; j < tokens.length && j <= from + TAIL; j++) {
    const t = tokens[j];
    if (ENDS.has(t.text)) return j === tokens.length - 1 || tokens.slice(j + 1).every((x) => CLOSERS.has(x.text));
    if (t.text === ',') return closingComment(tokens, j);
    if (t.kind !== 'word' || t.norm === 'that' || t.norm === 'and') return false;
  }
  return from >= tokens.length;
}

/** Whether a comma or closing quote opens the attribution a few words before token `start`, after some reported words. */
function closedBefore(tokens: readonly Token[], start: number): boolean {
  for (let j = start - 1; j >= 0 && j >= start - 1 - LEAD; j--) {
    const t = tokens[j];
    if (CLOSERS.has(t.text)) return j >= 3;
    if (t.kind !== 'word' || reporting(t)) return false;
  }
  return false;
}

/** Whether the mention phrase tokens[start, end) is the speaker of a trailing attribution. */
export function trailingSpeaker(tokens: readonly Token[], start: number, end: number): boolean {
  // "…, said Turkey." / "…, said the Turkish foreign ministry."
  for (let j = start - 1; j >= 0 && j >= start - 1 - 2; j--) {
    if (!reporting(tokens[j])) continue;
    return CLOSERS.has(tokens[j - 1]?.text ?? '') && j - 1 >= 3 && endsSoon(tokens, end, false);
  }
  // "…, Israel said." / "…, Israel's foreign ministry said on Monday."
  if (!closedBefore(tokens, start)) return false;
  for (let j = end; j < tokens.length && j <= end + HEAD; j++) {
    const t = tokens[j];
    if (reporting(t)) return endsSoon(tokens, j + 1, lemmas(t.norm).includes('tell'));
    if (t.kind !== 'word' && t.kind !== 'possessive') return false;
    if (t.cap && j > end) return false;
  }
  return false;
}
