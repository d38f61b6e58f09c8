/**
 * Whether a capitalised word is more likely a person's name or an English word, from compromise's
 * lexicon. Used where capitals do not tell a name from the words of an office before it ("Minister
 * of Planning and Economic Development Awa Traore"): the portfolio is English words, the holder's
 * name is not.
 *
 * Only what compromise *lists* counts, never what its tagger guesses from a word's ending: the
 * guesses read names as English words ("Xiaoming" a gerund, "Guterres" a plural, "Iqbal" an
 * adjective). Endings are trusted only where names do not have them (ABSTRACT_NOUN, ADJECTIVE).
 */
import nlp from 'compromise';
import { wordMemo } from './word-memo';

/**
 * - `given`: a given name compromise lists ("Paul", "Awa", "Yusuf", "Mark").
 * - `modifier`: an adjective ("Regional", "Blue", "Foreign"): in a portfolio, the word after it is its noun.
 * - `word`: another English word ("Trade", "Planning", "Development").
 * - `unknown`: anything else: a word compromise does not list ("Keita", "Office"), a surname or
 *   a place it lists ("Li", "Smith").
 */
export type WordClass = 'given' | 'modifier' | 'word' | 'unknown';

/** compromise's lexicon: word → tag (or tags). Its `world()` is typed `object`; this is the part read. */
interface World {
  model: { one: { lexicon: Record<string, string | string[]> } };
}

/** The lexicon as a Map (words from text are never object keys). */
const LEXICON: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries((nlp.world() as World).model.one.lexicon).map(([w, t]) => [w, Array.isArray(t) ? t : [t]]),
);

const GIVEN_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const MODIFIER_TAGS = new Set(['Adjective', 'Comparative', 'Superlative']);
/** Tags of English words; not "Noun" alone, which the lexicon gives some surnames ("wang"), nor names, places, bodies. */
const WORD_TAGS = new Set([
  'Singular', 'Plural', 'Uncountable', 'Actor', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Participle',
  'PhrasalVerb', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Modal', 'Verb', 'Expression',
]);
/**
 * Endings of English abstract nouns, which compromise does not list ("Development", "Integration",
 * "Tourism") and names do not end in (not "-ance"/"-ence": Lawrence, Constance; not "-ry",
 * "-ing": Henry, Jinping).
 */
const ABSTRACT_NOUN = /(?:tion|sion|ment|ness|ity|ism|ship|ogy)s?$/;
/** Whether a folded word has an abstract noun's ending ("integration", "development"). */
export const isAbstractNoun = (norm: string): boolean => ABSTRACT_NOUN.test(norm);
/** Endings of English adjectives compromise does not list ("Regional", "Economic"), which names do not have (not "-al", "-ic": Iqbal, Vučić). */
const ADJECTIVE = /(?:ional|ical|ntal|rnal|ntral|omic|tural|ative|ous)$/;
/**
 * Endings of English adverbs made from adjectives and participles, which compromise does not list
 * ("Immediately", "Reportedly"), and names do not have (not "-lly", "-ly"
 * alone: Kelly, McNally, Beverly).
 */
const ADVERB = /(?:ately|ently|antly|ously|ively|edly|ingly|fully|lessly|ically|ually)$/;

function classify(norm: string): WordClass {
  const tags = LEXICON.get(norm);
  if (tags) {
    if (tags.some((t) => GIVEN_TAGS.has(t))) return 'given';
    if (tags.some((t) => MODIFIER_TAGS.has(t))) return 'modifier';
    if (tags.some((t) => WORD_TAGS.has(t))) return 'word';
    return 'unknown';
  }
  if (ABSTRACT_NOUN.test(norm) || ADVERB.test(norm)) return 'word';
  if (ADJECTIVE.test(norm)) return 'modifier';
  return 'unknown';
}

/** The class of a folded word (a token's norm). Memoised: words repeat. */
export const wordClass: (norm: string) => WordClass = wordMemo(classify, 10_000);
