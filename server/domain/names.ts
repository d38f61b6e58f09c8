/**
 * The one normal form of an actor name, applied wherever a name enters: extraction (gazetteer
 * matching and discovered names), GDELT actor names, graph files' labels and dataset validation.
 * Invisible characters would otherwise make two actors of one name: `Ira\u200bn` draws exactly
 * like "Iran", and a right-to-left override (U+202E) reorders what follows it on screen.
 *
 * The form: Unicode NFC; every run of white space (tabs, line breaks, no-break and other Unicode
 * spaces) one space; control characters (Cc), format characters (Cf: zero-width space, joiners,
 * soft hyphen, byte-order mark, bidirectional embeddings, overrides and isolates) and lone
 * surrogates removed; no space at either end. Names are compared after this. Quotes are not names:
 * they stay verbatim slices of the stored text.
 */

/** White space as JavaScript knows it, less U+FEFF: inside a word it is a zero-width no-break space. */
const SPACES = /[^\S\ufeff]+/gu;
/** Controls, format characters and unpaired surrogates (with the u flag \p{Cs} matches only those). */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;
const NOTHING_TO_DO = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

export function normalizeName(s: string): string {
  // Fast path: printable ASCII words single-spaced are already in normal form.
  if (NOTHING_TO_DO.test(s)) return s;
  // Spaces first, so a line break between two words stays a space when controls go.
  return s.normalize('NFC').replace(SPACES, ' ').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** True when the string holds a UTF-16 surrogate without its pair: not text, and not storable as UTF-8. */
export function hasLoneSurrogate(s: string): boolean {
  return /\p{Cs}/u.test(s);
}

/** The first `max` UTF-16 units of `s`, without cutting a surrogate pair in two (half of one is no text, and UTF-8 stores it as U+FFFD). */
export function truncateText(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\ud800-\udbff]/.test(s[max - 1]) ? max - 1 : max;
  return s.slice(0, end).trimEnd();
}
