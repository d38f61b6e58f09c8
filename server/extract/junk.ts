/**
 * Names that are not actors: pronouns, dates, bare common words and geographic features. Shared by
 * compromise discovery and by titles (a capitalised word after "envoy" may be "Monday").
 */
import { MONTHS, WEEKDAYS } from './lexicon/calendar';
import { CUE_TABLE } from './cues';
import { BODY_HEAD_NOUNS } from './lexicon/body-head-nouns';
import { DOCUMENT_NOUNS } from './lexicon/document-nouns';
import { FACILITY_NOUNS } from './lexicon/facility-nouns';
import { COMMON_NOUN_ACRONYMS } from './lexicon/common-acronyms';
import { COMPANION_NOUNS } from './lexicon/companion-nouns';
import { PROCESS_NOUNS } from './lexicon/process-nouns';
import { APOSTROPHE_RE, fold, POSSESSIVE_END } from './normalize';

const PRONOUNS = new Set(
  'i me my we us our you your he him his she her it its they them their this that these those who whom which what someone anyone everyone nobody'.split(' '),
);
// "May" is left out: it is a name too ("Theresa May").
const DATE_WORDS = new Set([...WEEKDAYS, ...MONTHS.filter((m) => m !== 'may'), ...'today yesterday tomorrow week weekend month year'.split(' ')]);
/** Landforms and waters: places, never parties. */
const GEOGRAPHY = /\b(?:sea|ocean|strait|straits|gulf|bay|river|lake|mountains?|desert|peninsula|canal|island|islands|valley|coast|waters|region|basin|channel|plain|plateau)$/i;
const GEOGRAPHY_OF = /^(?:the\s+)?(?:strait|straits|gulf|sea|bay|lake|river|cape|isle|isles|mount|bight|horn)\s+of\b/i;
/**
 * Generic words compromise sometimes tags as names; with the event nouns a Title Case heading
 * capitalises ("… Before Their Meeting", "Secretary X's Call With Y", "Joint Statement").
 */
const COMMON = new Set(
  ('president minister official officials director news reporters analysts observers government administration state media operation ' +
    'meeting call calls remarks statement readout talks summit conference interview joint press briefing ' +
    // "the Royal Saudi Air Force" read as "Royal" and a body: the adjective alone names nobody.
    'royal ' +
    // "EU Member States" after the title "Member" (rule memberTitle): members of a body, not a person.
    'states countries nations governments parties organizations organisations').split(' '),
);

/**
 * Rule `cueNounName`: one-word nouns of talks and mediation ("Dialogue" in "the EU-facilitated
 * Dialogue", "Negotiations", "Mediation") and their plurals, capitalised in a name of talks or a
 * heading, name an event, not an actor.
 */
const TALKS_NOUNS: ReadonlySet<string> = new Set(
  [...CUE_TABLE.negotiates.nouns, ...CUE_TABLE.mediates.nouns].filter((n) => !n.includes(' ')).flatMap((n) => [n, `${n}s`]),
);

/** True when `name` is not worth an actor. */
export function isJunkName(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed.length < 2 || trimmed.length > 80) return true;
  const words = trimmed.split(/\s+/);
  // Rule `datedPossessor`: "Monday's military takeover": a date word keeps its possessive off when read.
  const folded = words.map((w) => fold(w).replace(POSSESSIVE_END, '').replace(/[^\p{L}\p{N}-]/gu, ''));
  if (folded.some((w) => PRONOUNS.has(w) && words.length === 1)) return true;
  // "I’m", "We’ve", "It’s" opening a sentence: a pronoun with its verb, not a name.
  if (words.length === 1 && PRONOUNS.has(fold(trimmed.split(APOSTROPHE_RE)[0]))) return true;
  if (folded.some((w) => DATE_WORDS.has(w))) return true;
  if (/\d/.test(trimmed)) return true;
  if (words.length === 1 && !/^\p{Lu}/u.test(trimmed)) return true;
  if (words.every((w) => !/^\p{Lu}/u.test(w))) return true;
  if (folded.every((w) => COMMON.has(w))) return true;
  if (words.length === 1 && TALKS_NOUNS.has(folded[0])) return true;
  // "NGO", "SUV", "HQ" written alone: the acronym of a common noun, a kind of thing, not a body.
  if (words.length === 1 && COMMON_NOUN_ACRONYMS.has(trimmed)) return true;
  // "Court", "Council" alone: the short name of a body named in full elsewhere (short-names.ts).
  if (words.length === 1 && BODY_HEAD_NOUNS.has(folded[0])) return true;
  if (DOCUMENT_NOUNS.has(headWord(folded))) return true;
  // Rule `processName`: "Strategic Dialogue", "Gulf Security Summit", "Doha Forum": an event or a process, no actor.
  if (words.length > 1 && PROCESS_NOUNS.has(folded[folded.length - 1])) return true;
  // Rule `companionGroup`: "African partners", "Gulf Partners": others named by their tie to a speaker, no one actor.
  if (words.length > 1 && COMPANION_NOUNS.has(folded[folded.length - 1])) return true;
  // Rule `facilityName`: a name headed by a building's or a site's noun ("Amarula Hotel") is a place.
  if (words.length > 1 && FACILITY_NOUNS.has(headWord(folded))) return true;
  return GEOGRAPHY.test(fold(trimmed)) || GEOGRAPHY_OF.test(fold(trimmed));
}

/** Words that end a name's head ("Government of National Accord": the head is "Government"). */
const HEAD_ENDS = new Set(['of', 'on', 'for', 'to', 'in', 'between', 'with']);

/**
 * Rule `documentName`: the head noun of a name (its last word before "of", "on", …) is a document's
 * ("National Security Law", "Executive Order", "Constitution", "Treaty on …"): a text, not an actor.
 */
function headWord(folded: readonly string[]): string {
  const cut = folded.findIndex((w, i) => i > 0 && HEAD_ENDS.has(w));
  return folded[(cut < 0 ? folded.length : cut) - 1] ?? '';
}
