/**
 * String normalisation shared by tokens, gazetteer matching and slugs (server/domain/slug.ts): case and diacritics folded
 * so "Türkiye", "TURKIYE" and "Turkiye" compare equal, and typographic quotes unified.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * The apostrophes news text types: the straight one, the typographic one (U+2019), the left single
 * quotation mark and the backtick typed in its place. The one declaration of the set: the tokenizer's
 * possessives and contractions, word norms, slugs and every pattern that reads a possessive ("Roe’s")
 * or a name with an apostrophe ("O’Brien") use it, so that a name reads the same whichever is typed.
 */
export const APOSTROPHES = "'’‘`";
/** `APOSTROPHES` as a regular expression's character class, for patterns built with `new RegExp`. */
export const APOSTROPHE = `[${APOSTROPHES}]`;
/** Any one of `APOSTROPHES`, as a pattern (to split or strip with). */
export const APOSTROPHE_RE = new RegExp(APOSTROPHE, 'gu');
/** A possessive ending a word or name: "Roe’s", and a plural's bare apostrophe ("the Roes’"). */
export const POSSESSIVE_END = new RegExp(`(?:${APOSTROPHE}s|(?<=s)${APOSTROPHE})$`, 'u');

/**
 * The hyphens that join words ("U.S.-led", "Iran‑backed"): the hyphen-minus, U+2010 and the
 * non-breaking U+2011 (no dash: "–" and "—" set words apart). The one declaration of the set.
 */
export const HYPHENS: ReadonlySet<string> = new Set(['-', '‐', '‑']);

/** Letters that NFD does not decompose but readers treat as plain Latin letters. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};
const SPECIAL_RE = /[ıøđłßæœ]/g;

/** Lowercase, without diacritics. */
export function fold(s: string): string {
  // Fast path: plain ASCII needs no decomposition.
  if (/^\p{ASCII}*$/u.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c);
}

const DOTS_AND_APOSTROPHES = new RegExp(`[.${APOSTROPHES}]`, 'g');

/** Normal form of a word token: folded, apostrophes and dots dropped ("U.S." → "us"). */
export function normWord(s: string): string {
  return fold(s).replace(DOTS_AND_APOSTROPHES, '');
}

/** True when the string has letters and none of them is lower case ("US", "NATO", "U.S."). */
export function isUpper(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** True when the first letter is upper case. */
export function isCapitalized(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

/** Single-quote and double-quote characters, typographic or not. */
export const OPEN_QUOTES = new Set(['“', '‘', '«', '„']);
export const CLOSE_QUOTES = new Set(['”', '’', '»']);
export const DOUBLE_QUOTES = new Set(['"', '“', '”', '«', '»', '„']);
