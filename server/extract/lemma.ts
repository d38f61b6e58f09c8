/**
 * A small English lemmatiser for cue matching: every plausible base form of a word, so the cue
 * table can list "negotiate" and match "negotiating", "negotiated", "negotiates". Over-generation
 * is harmless because candidates are only compared with the cue table.
 */
import { wordMemo } from './word-memo';

/** Irregular forms that cue verbs and nouns need (a Map: words from text are never object keys). */
const IRREGULAR: ReadonlyMap<string, string> = new Map(Object.entries({
  shot: 'shoot',
  struck: 'strike',
  stricken: 'strike',
  met: 'meet',
  held: 'hold',
  fought: 'fight',
  sought: 'seek',
  found: 'find',
  brought: 'bring',
  threw: 'throw',
  thrown: 'throw',
  took: 'take',
  taken: 'take',
  spoke: 'speak',
  spoken: 'speak',
  led: 'lead',
  beat: 'beat',
  beaten: 'beat',
  sat: 'sit',
  said: 'say',
  told: 'tell',
  made: 'make',
  began: 'begin',
  begun: 'begin',
  hit: 'hit',
  won: 'win',
  broke: 'break',
  broken: 'break',
  undertook: 'undertake',
  undertaken: 'undertake',
  withdrew: 'withdraw',
  withdrawn: 'withdraw',
  sent: 'send',
  drew: 'draw',
  drawn: 'draw',
  came: 'come',
  faced: 'face',
  built: 'build',
  cut: 'cut',
  froze: 'freeze',
  frozen: 'freeze',
  // "wrote to the embassy" (lexicon/news-contacts.ts, dev misses, session 12).
  wrote: 'write',
  written: 'write',
  crises: 'crisis',
  analyses: 'analysis',
}));

/** Possible base forms of a folded word (the word itself first). Memoised: words repeat a lot. */
export const lemmas: (word: string) => string[] = wordMemo(computeLemmas, 50_000);

function computeLemmas(word: string): string[] {
  const out = new Set<string>([word]);
  const irr = IRREGULAR.get(word);
  if (irr) out.add(irr);
  if (word.length > 3) {
    for (const singular of singularForms(word)) out.add(singular);
    if (word.endsWith('ied')) out.add(`${word.slice(0, -3)}y`);
    for (const suffix of ['ed', 'ing']) {
      if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue;
      const stem = word.slice(0, -suffix.length);
      out.add(stem);
      out.add(`${stem}e`);
      // Doubled consonant: "stopped" → "stop", "targetting" → "target".
      if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.add(stem.slice(0, -1));
    }
  }
  return [...out];
}

/**
 * The singulars a folded plural may have ("secretaries" → "secretary", "crises" → "cris", "envoys" →
 * "envoy"), none for a word not ending in a plural's "s". The one reading of a plural: `lemmas` adds
 * these for words over three letters (verbs' third persons included); a title's plural ("PMs") is
 * read with them at any length (plural-roles.ts). Over-generation is harmless: candidates are only
 * compared with a table.
 */
export function singularForms(word: string): string[] {
  const out: string[] = [];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  return out;
}

/** Inflected verb forms (past or participle) that cannot be nouns: "negotiated", "shot". */
export function isVerbInflection(word: string): boolean {
  return /(?:ed|ing)$/.test(word) || (IRREGULAR.has(word) && !/(?:ses|ies)$/.test(word));
}

/** Past participles (passive voice candidates). */
export function isPastParticiple(word: string): boolean {
  return /ed$/.test(word) || (IRREGULAR.has(word) && !/(?:ing|ses|ies)$/.test(word) && word !== 'threw' && word !== 'took');
}
