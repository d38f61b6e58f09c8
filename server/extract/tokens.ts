/**
 * Tokenizer with document offsets. Word runs and single punctuation marks, then three repairs
 * that matching depends on: acronyms ("U.S." is one token, normalised "us"), possessives
 * ("Iran's" → "Iran" + "'s") and contractions ("didn't" → "did" + "n't").
 *
 * Format characters (zero-width space and joiners, bidi controls, soft hyphen) are invisible: inside
 * a word they stay part of it (`Ira\u200bn` is one token whose text keeps them, so offsets and
 * quotes stay verbatim, and whose norm is that of "Iran"); between words they are skipped.
 */
import { wordMemo } from './word-memo';
import { normalizeName } from '../domain/names';
import { APOSTROPHES, fold, isCapitalized, isUpper, normWord } from './normalize';
import type { Token } from './types';

const RAW_TOKEN = /[\p{L}\p{M}\p{N}]+(?:\p{Cf}+[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}\p{Cf}]/gu;
const APOSTROPHE_SET: ReadonlySet<string> = new Set(APOSTROPHES);
const CONTRACTION_TAILS = new Set(['re', 'll', 've', 'd', 'm']);

/** What a token's text alone decides. */
type WordForm = Pick<Token, 'norm' | 'kind' | 'upper' | 'cap'>;

/** A word's form costs several Unicode regular expressions; words repeat, so each is read once lately. */
const formOf = wordMemo(
  (text: string): WordForm => ({ norm: normWord(normalizeName(text)), kind: /[\p{L}\p{N}]/u.test(text) ? 'word' : 'punct', upper: isUpper(text), cap: isCapitalized(text) }),
  20_000,
);

function word(text: string, start: number): Token {
  const form = formOf(text);
  return { text, norm: form.norm, start, end: start + text.length, kind: form.kind, upper: form.upper, cap: form.cap };
}

function isLetterToken(t: Token | undefined, len?: number): t is Token {
  return !!t && t.kind === 'word' && /^\p{L}+$/u.test(t.text) && (len === undefined || t.text.length === len);
}

/** Generational suffixes after a person's name, as written ("Jr.", "Sr."). */
const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(['Jr', 'Sr']);

const SUFFIX_AT_END = new RegExp(`,?\\s+(?:${[...GENERATIONAL_SUFFIXES].join('|')})\\.?$`, 'u');

/** A name without the generational suffix that ends it (rule `nameSuffix`): "Martin Luther King Jr." → "Martin Luther King". */
export const withoutGenerationalSuffix = (name: string): string => name.replace(SUFFIX_AT_END, '');

/**
 * Rule `nameSuffix`: "Jr"/"Sr" right after a capitalised word, or after one and a comma, ends a
 * person's name ("Joseph R. Biden, Jr.", "Martin Luther King Jr."): it is left out of the tokens
 * (offsets keep the text as written), so titles, lists and affiliations read the name as if it ended there.
 */
function isGenerationalSuffix(out: readonly Token[], t: Token): boolean {
  if (!GENERATIONAL_SUFFIXES.has(t.text)) return false;
  const last = out[out.length - 1];
  const name = last?.text === ',' ? out[out.length - 2] : last;
  return !!name && name.kind === 'word' && name.cap;
}

/** Tokens of `text.slice(from, to)`, with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const raw: Token[] = [];
  RAW_TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = RAW_TOKEN.exec(text)) !== null && m.index < to) {
    const s = m[0].slice(0, Math.max(0, to - m.index));
    raw.push(word(s, m.index));
  }
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    // Acronym: single capital letters joined by dots, adjacent ("U.S.", "U.N", "E.U.").
    if (isLetterToken(t, 1) && t.upper && raw[i + 1]?.text === '.' && raw[i + 1].start === t.end) {
      let j = i;
      while (
        isLetterToken(raw[j], 1) &&
        raw[j].upper &&
        raw[j + 1]?.text === '.' &&
        raw[j + 1].start === raw[j].end &&
        (j === i || raw[j].start === raw[j - 1].end)
      ) {
        j += 2;
      }
      // Rule `undottedAcronymEnd`: a trailing letter without a dot ("the U.S commitment", "U.N envoy"):
      // one dotted letter and the last without its dot is an acronym too, as official texts type it.
      const undottedEnd = isLetterToken(raw[j], 1) && raw[j].upper && raw[j].start === raw[j - 1].end;
      if (undottedEnd) j += 1;
      if (j - i >= 4 || (undottedEnd && j - i === 3)) {
        const end = raw[j - 1].end;
        out.push(word(text.slice(t.start, end), t.start));
        i = j - 1;
        continue;
      }
    }
    if (isGenerationalSuffix(out, t)) {
      // Rule `nameSuffix`: "Joseph R. Biden, Jr. of …" reads as "Joseph R. Biden of …": the suffix and its comma are no words of their own.
      if (out[out.length - 1]?.text === ',') out.pop();
      if (raw[i + 1]?.text === '.' && raw[i + 1].start === t.end) i++;
      continue;
    }
    const next = raw[i + 1];
    const after = raw[i + 2];
    const joined = next && APOSTROPHE_SET.has(next.text) && next.start === t.end && after && after.start === next.end;
    if (t.kind === 'word' && joined && after.kind === 'word') {
      const tail = fold(after.text);
      if (tail === 's') {
        out.push(t, { ...word(text.slice(next.start, after.end), next.start), kind: 'possessive', norm: "'s" });
        i += 2;
        continue;
      }
      if (tail === 't' && /n$/i.test(t.text) && t.text.length > 1) {
        // "didn't" → "did" + "n't".
        const base = t.text.slice(0, -1);
        out.push(word(base, t.start), { ...word(text.slice(t.end - 1, after.end), t.end - 1), norm: 'not' });
        i += 2;
        continue;
      }
      if (CONTRACTION_TAILS.has(tail)) {
        out.push(t, { ...word(text.slice(next.start, after.end), next.start), norm: `'${tail}` });
        i += 2;
        continue;
      }
      // Apostrophe inside a name: "O'Brien", "d'Ivoire" stay one token.
      const merged = text.slice(t.start, after.end);
      out.push(word(merged, t.start));
      i += 2;
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * Whether token i is the month "May", not the modal: capitalised inside a sentence ("in mid-May
 * between …", "On May 2, …"). Every reader that takes "may" for an auxiliary asks this first.
 */
/** Whether a token is a capitalised word. */
export const isCapWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word' && t.cap;

export const isMonthMay = (tokens: readonly Token[], i: number): boolean => i > 0 && tokens[i].cap && tokens[i].norm === 'may';
