/**
 * Sentence splitting with offsets. A newline always ends a paragraph (and a sentence); inside a
 * paragraph a sentence ends at . ! ? (plus closing quotes) followed by a capital, digit or quote,
 * except after abbreviations ("Mr.", "Gen.") and initials, and after dotted acronyms ("U.S.")
 * unless the next word is a typical sentence opener.
 */
import type { Sentence } from './types';

/** Abbreviations whose period never ends a sentence (folded, without the dot). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr gen lt col maj sgt capt cpt adm cmdr gov sen rep rev st sr jr prof pres amb ' +
    'inc ltd co corp dept est fig no nos vol vs etc eg ie al approx jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec mt ft ave blvd brig hon msgr supt insp cpl pvt'
  ).split(' '),
);

/** Words that start a sentence after an acronym such as "U.S." ends the previous one. */
const OPENERS = new Set(
  'the this that these those it he she they we i but and however meanwhile in on at a an his her its their there yet still'.split(
    ' ',
  ),
);

/** Longest sentence kept whole; longer runs are cut at a space so work per sentence is bounded. */
export const MAX_SENTENCE_CHARS = 4000;

const TERMINATOR = /[.!?…]+/g;
const CLOSERS = /^[”’"'»)\]]*/;

function wordBefore(text: string, end: number, from: number): string {
  let i = end;
  while (i > from && /[\p{L}.]/u.test(text[i - 1]) && end - i < 20) i--;
  return text.slice(i, end);
}

function isBoundary(text: string, dot: number, next: number, paraEnd: number, from: number): boolean {
  if (next >= paraEnd) return true;
  const ch = text[next];
  if (!/[\p{Lu}\p{N}"“‘'«([]/u.test(ch)) return false;
  if (text[dot] !== '.') return true;
  const before = wordBefore(text, dot, from);
  const bare = before.replace(/\./g, '').toLowerCase();
  if (ABBREVIATIONS.has(bare) && !before.includes('.')) return false;
  // Single initial ("J. Smith"), but not a lone pronoun "I."
  if (/^\p{Lu}$/u.test(before) && before !== 'I') return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) {
    // Dotted acronym: split only before an obvious sentence opener.
    const m = /^[\p{L}]+/u.exec(text.slice(next, next + 20));
    return !!m && OPENERS.has(m[0].toLowerCase());
  }
  return true;
}

/** Most characters from an editor's insert's "[" to its stop, and from the stop to its "]" (rule `bracketedInsert`). */
const INSERT_MAX = 60;

/**
 * Rule `bracketedInsert`: a stop inside square brackets — an editor's or a transcriber's insert
 * ("Kremlin critic [al...] Alexei Navalny", "[inaudible.]", "[...]") — ends no sentence: a "["
 * opens shortly before the stop, in the sentence, and a "]" closes it shortly after, in the
 * paragraph. Both looks are bounded: a stray "[" never closed ("[see map. …") must not join the
 * rest of its paragraph into one sentence, nor make each later stop look back over it.
 */
function insideBrackets(text: string, from: number, stop: number, paraEnd: number): boolean {
  let open = -1;
  for (let i = stop - 1; i >= Math.max(from, stop - INSERT_MAX); i--) {
    if (text[i] === ']') return false;
    if (text[i] === '[') {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = stop + 1; i < Math.min(paraEnd, stop + INSERT_MAX); i++) {
    if (text[i] === ']') return true;
    if (text[i] === '[') return false;
  }
  return false;
}

function pushTrimmed(out: Sentence[], text: string, s: number, e: number, paragraph: number): void {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e <= s) return;
  // Bound the work of later stages: cut overlong runs at a space.
  while (e - s > MAX_SENTENCE_CHARS) {
    let cut = text.lastIndexOf(' ', s + MAX_SENTENCE_CHARS);
    if (cut <= s) cut = s + MAX_SENTENCE_CHARS;
    out.push({ index: out.length, start: s, end: cut, text: text.slice(s, cut), paragraph });
    s = cut;
    while (s < e && /\s/.test(text[s])) s++;
  }
  if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e), paragraph });
}

/** Sentences of a document, in order, with `text.slice(start, end) === sentence.text`. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let paraStart = 0;
  while (paraStart <= text.length) {
    let paraEnd = text.indexOf('\n', paraStart);
    if (paraEnd < 0) paraEnd = text.length;
    const before = out.length;
    let s = paraStart;
    TERMINATOR.lastIndex = paraStart;
    let m: RegExpExecArray | null;
    while ((m = TERMINATOR.exec(text)) !== null && m.index < paraEnd) {
      let e = Math.min(m.index + m[0].length, paraEnd);
      e += CLOSERS.exec(text.slice(e, Math.min(e + 4, paraEnd)))![0].length;
      let next = e;
      while (next < paraEnd && /[ \t\u00a0]/.test(text[next])) next++;
      if (next === e && next < paraEnd) continue; // "3.5", "U.S.-led": no space, no boundary
      if (insideBrackets(text, s, m.index, paraEnd) || !isBoundary(text, m.index + m[0].length - 1, next, paraEnd, s)) continue;
      pushTrimmed(out, text, s, e, paragraph);
      s = e;
      TERMINATOR.lastIndex = e;
    }
    pushTrimmed(out, text, s, paraEnd, paragraph);
    if (out.length > before) paragraph++;
    paraStart = paraEnd + 1;
  }
  return out;
}
