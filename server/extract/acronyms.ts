/**
 * Acronyms a document defines: "the Rapid Support Forces (RSF)" makes "RSF" a name of the Rapid
 * Support Forces for the rest of that document. The acronym must spell the initials of the
 * capitalised words right before the bracket (small words such as "of", "for", "and" skipped).
 */
import { APOSTROPHES } from './normalize';
import type { Token } from './types';

export interface AcronymDefinition {
  acronym: string;
  /** The full name, as written. */
  name: string;
}

/**
 * Rule `mixedCaseAcronym`: how an acronym is written: capitals, digits and joining marks ("RSF",
 * "G7", "SPLA/M-IO"), or capitals with a small word's letter or two between them ("KoA" for a
 * "Kingdom of Atlantis", "MoD", "DfID"), which only the capitals spell; a word ("Reuters",
 * "McKinsey": more lower-case letters in a row) is none.
 */
const ACRONYM = String.raw`\p{Lu}(?:[\p{Lu}\d&./-]|\p{Ll}{1,2}(?=\p{Lu})){1,11}`;
const ACRONYM_WORD = new RegExp(`^${ACRONYM}$`, 'u');
/** Capitals that spell an acronym, at least two. */
const MIN_ACRONYM_LETTERS = 2;

/** Whether a token is written as an acronym (rule `mixedCaseAcronym`). */
export function isAcronymToken(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && ACRONYM_WORD.test(t.text) && (t.text.match(/\p{Lu}/gu)?.length ?? 0) >= MIN_ACRONYM_LETTERS;
}

/**
 * Rule `bracketedAcronym`: a bracket around a lone acronym right after a name ("the Rapid Support
 * Forces (RSF) attacked", "the Kingdom of Atlantis (KoA) condemned", "the PRC (PRC) said") glosses
 * that name: part of its phrase, no clause boundary, no list member. Returns the token after the
 * closing bracket, or `open` when the bracket at `open` is no such gloss.
 */
export function acronymGlossEnd(tokens: readonly Token[], open: number): number {
  return tokens[open]?.text === '(' && isAcronymToken(tokens[open + 1]) && tokens[open + 2]?.text === ')' ? open + 3 : open;
}

/** Whether token i is a bracket of an acronym gloss (rule `bracketedAcronym`): no boundary, no break. */
export function inAcronymGloss(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.text === '(') return acronymGlossEnd(tokens, i) > i;
  if (tokens[i]?.text === ')') return i >= 2 && acronymGlossEnd(tokens, i - 2) > i;
  return false;
}

/** A bracketed acronym: where a definition may end. */
const BRACKETED = new RegExp(String.raw`\(\s*(${ACRONYM})\s*\)`, 'gu');
/**
 * Capitalised words and joining words, up to the end of the text before the bracket. Rule
 * `arabicNameAcronym`: an Arabic name transliterated writes its joining words in lower case ("wa",
 * "wal": and; "ul", "al", "el": of the) and its article joined to the next word ("al-Islam"), which
 * gives the letter of its capitalised part: "Jama’at Nusrat al-Islam wal Muslimin (JNIM)".
 */
const NAME_BEFORE = new RegExp(String.raw`((?:(?:[\p{Lu}]|(?:al|el|ad|ash|as|an|ar|at|az)-\p{Lu})[\p{L}${APOSTROPHES}/-]*\s+(?:(?:of|for|and|the|on|in|de|du|des|al|el|wa|wal|ul)\s+)*){1,10})$`, 'u');
/**
 * How far before a bracket the name is looked for. Matching the name over the whole text was
 * quadratic in the length of a run of letters (a 20,000-letter token took seconds); ten words of
 * a name fit in this.
 */
const NAME_WINDOW = 300;
/** Fewest letters of an acronym that may leave out a word of its name (rule `droppedWordAcronym`). */
const MIN_DROPPED_WORD_LETTERS = 4;
const SMALL = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'des', 'al', 'el', 'wa', 'wal', 'ul']);

/** Initials of the capitalised parts of a word joined by slashes or hyphens ("Army/Movement-In" → "AMI"). */
function joinedInitials(w: string): string {
  return w
    .split(/[/-]/)
    .filter((p) => /^\p{Lu}/u.test(p))
    .map((p) => p[0])
    .join('');
}

/**
 * The full name whose initials the acronym spells, taken from the end of `words`, or undefined. A
 * small word may give its letter or be skipped ("Union of Valleys" is UOV or UV); a capitalised
 * word must give its letter, but one inside a long acronym (rule `droppedWordAcronym`).
 */
function nameFor(words: readonly string[], letters: string): string | undefined {
  const spells = (i: number, k: number, skips: number): number => {
    // Index of the name's first word when words[..i] spell letters[..k], or -1.
    if (k < 0) return i + 1;
    if (i < 0) return -1;
    const w = words[i];
    const small = SMALL.has(w.toLowerCase()) && !/^\p{Lu}/u.test(w);
    if (w[0].toUpperCase() === letters[k]) {
      const r = spells(i - 1, k - 1, skips);
      if (r >= 0) return r;
    }
    // Rule `slashedAcronym`: a word written in parts ("Army/Movement-In") gives the initial of each
    // capitalised part ("SPLA/M-IO" for "Sudan People's Liberation Army/Movement-In Opposition").
    // Rule `arabicNameAcronym`: "al-Islam" gives the one letter of its capitalised part.
    const parts = joinedInitials(w);
    if ((parts.length > 1 || (parts.length === 1 && !/^\p{Lu}/u.test(w))) && k + 1 >= parts.length && letters.slice(k + 1 - parts.length, k + 1) === parts) {
      const r = spells(i - 1, k - parts.length, skips);
      if (r >= 0) return r;
    }
    if (small) return spells(i - 1, k, skips);
    // Rule `droppedWordAcronym`: "ATMIS" for "African Union Transition Mission in Somalia": a long
    // acronym may leave out one capitalised word inside the name, never its first or last.
    return skips > 0 && k < letters.length - 1 ? spells(i - 1, k, skips - 1) : -1;
  };
  const strict = spells(words.length - 1, letters.length - 1, 0);
  const first = strict >= 0 || letters.length < MIN_DROPPED_WORD_LETTERS ? strict : spells(words.length - 1, letters.length - 1, 1);
  return first >= 0 && first < words.length ? words.slice(first).join(' ') : undefined;
}

export function definedAcronyms(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const m of text.matchAll(BRACKETED)) {
    const acronym = m[1].replace(/\.$/, '');
    const letters = acronym.replace(/[^\p{Lu}]/gu, '');
    if (letters.length < MIN_ACRONYM_LETTERS) continue;
    const before = text.slice(Math.max(0, m.index - NAME_WINDOW), m.index).match(NAME_BEFORE);
    if (!before) continue;
    const name = nameFor(before[1].trim().split(/\s+/), letters);
    if (name && !out.some((d) => d.acronym === acronym)) out.push({ acronym, name });
  }
  return out;
}
