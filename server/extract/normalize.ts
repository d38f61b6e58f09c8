/**
 * String normalisation shared by tokens, gazetteer matching and slugs (server/domain/slug.ts): case and diacritics folded
 * so "Türkiye", "TURKIYE" and "Turkiye" compare equal, and typographic quotes unified.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

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

/** Normal form of a word token: folded, apostrophes and dots dropped ("U.S." → "us"). */
export function normWord(s: string): string {
  return fold(s).replace(/[.'’‘`]/g, '');
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
