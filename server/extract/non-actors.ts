/**
 * Names a document itself shows to be no actor, wherever else it writes them: what something is
 * designated as (a legal category), a product before its model code, a thing an appositive calls a
 * ship, a hotel or a town. Read once over the whole text (regular expressions, no NLP), and used to
 * drop discovered names and defined acronyms: a gazetteer actor is never dropped by them.
 */
import { normalizeName } from '../domain/names';
import { APOSTROPHE, APOSTROPHES, fold } from './normalize';

/** Capitalised words of a name (up to six), as written. */
const NAME = String.raw`((?:\p{Lu}[\p{L}${APOSTROPHES}-]*\s+){0,5}\p{Lu}[\p{L}${APOSTROPHES}-]*)`;

/**
 * Rule `designatedCategory`: what someone or something is designated as is a category of law, not
 * an actor ("are designated as Specially Designated Global Terrorists", "designated X as a Foreign
 * Terrorist Organization", "designated it a …", "all of which are designated Foreign Terrorist
 * Organizations"). Only the passive, "as", or a pronoun object: "the U.S. designated Ansarallah" names
 * the one designated.
 */
const DESIGNATED_AS = new RegExp(
  // Up to three lower-case words or a hyphened adverb before the participle ("are distinct and separately-designated FTOs": session 18, branch prec18).
  String.raw`\b(?:(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+(?:\s+|-)){0,3}designated\s+(?:as\s+)?|designated\s+(?:it|them|him|her)\s+(?:as\s+)?|designated\s+[^,.;:()]{1,60}?\s+as\s+)(?:an?\s+|the\s+)?${NAME}`,
  'gu',
);

/**
 * Rule `modelCode`: a capitalised word right before a model code of letters and digits ("a Volvo
 * XC90", "the Airbus A320", "Sukhoi Su-35", "Boeing 737-800") names a product or its maker, not an
 * actor. Units named by a number ("Unit 8200", "Task Force 88") are left alone: a plain number is
 * no model code, and military words are no brand.
 */
const MODEL_CODE = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)\s+(?=(?:\p{Lu}\p{L}{0,2}-?\d|\d+-\d)[\p{L}\p{N}-]*(?![\p{L}\p{N}]))/gu;
const MILITARY_WORD = /^(?:unit|force|forces|brigade|division|battalion|regiment|squadron|fleet|army|corps|group|task|team|camp|base|resolution|order|article)$/i;

/**
 * Rule `appositiveThing`: a name the text calls a thing or a place right after it ("the Mercer
 * Street, a commercial ship", "Abqaiq, a town in the east") is that thing, not an actor.
 */
const APPOSITIVE_THING = new RegExp(
  // A name starts a word: tried inside one, the regex would rescan the word's rest at every letter.
  `(?<![\\p{L}\\p{N}${APOSTROPHES}-])${NAME},\\s+(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:ship|vessel|tanker|freighter|boat|yacht|aircraft|airliner|plane|jet|car|truck|brand|hotel|airport|building|town|city|village|district|province|neighbou?rhood)` +
    // The noun heads the appositive ("an airport protocol officer" is a person): punctuation or a word that starts its complement follows.
    String.raw`(?=\s*[,.;:)—]|\s*$|\s+(?:that|which|where|in|on|of|near|off|at|from|with|flying|carrying|owned|operated|registered|sailing|bound)\b)`,
  'gu',
);

/** How names are compared here: folded, without "the" and a plural's last "s" ("Foreign Terrorist Organizations"). */
export function nonActorKey(name: string): string {
  return fold(normalizeName(name))
    .replace(/^the\s+/, '')
    .replace(/(?<=\p{L}{3})s$/u, '');
}

/** Keys (nonActorKey) of the names `text` shows to be no actor. */
export function nonActorNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(DESIGNATED_AS)) out.add(nonActorKey(m[1]));
  for (const m of text.matchAll(MODEL_CODE)) if (!MILITARY_WORD.test(m[1])) out.add(nonActorKey(m[1]));
  for (const m of text.matchAll(APPOSITIVE_THING)) out.add(nonActorKey(m[1]));
  return out;
}

/**
 * Whether `name` is one of `keys` (nonActorNames) or the end of one: "Terrorist Organization" read
 * inside "a Foreign Terrorist Organization" is that category too.
 */
export function isNonActor(name: string, keys: ReadonlySet<string>): boolean {
  const key = nonActorKey(name);
  if (keys.has(key)) return true;
  for (const k of keys) if (k.endsWith(` ${key}`)) return true;
  return false;
}

/**
 * Rule `inhabitantNoun`: a name that is a place the text names with "-er" added to its last word
 * ("Hong Konger" where the text names Hong Kong, "Londoner", "Berliner") is one of its people, as a
 * demonym's noun is, not an actor.
 */
/** A noun of a place's inhabitant ("Londoner", "Hong Kongers’"): the place before its "-er" (group 1). */
const AGENT_NOUN = new RegExp(`^(.*?)(?:er|ers)(?:${APOSTROPHE}s)?$`, 'u');

export function isInhabitantNoun(name: string, text: string): boolean {
  const m = AGENT_NOUN.exec(name);
  if (!m || m[1].length < 3) return false;
  const place = m[1];
  // The place, written as a name: a capitalised word boundary after it (not "Londoner" itself).
  return new RegExp(`(?<![\\p{L}\\p{N}])${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** Data: nouns of the people of a community, the nouns an adjective of a people or a region describes ("Uighur activists", "Western powers"). */
const COMMUNITY_NOUNS: ReadonlySet<string> = new Set(
  ('activist activists people peoples minority minorities muslim muslims christian christians refugee refugees civilian civilians resident residents ' +
    'villager villagers protester protesters protestor protestors dissident dissidents student students journalist journalists family families ' +
    'community communities population populations diaspora detainee detainees prisoner prisoners relatives women men children ' +
    'power powers country countries nation nations government governments leader leaders ally allies partner partners diplomat diplomats official officials media').split(' '),
);

/**
 * Rule `peopleAdjective`: one capitalised word that the text uses only right before a lower-case noun of
 * a community ("relatives of some Uighur activists", "accused Western powers", "a Uighur-American
 * activist") is the adjective of a people or a region, not an actor.
 */
export function isPeopleAdjective(name: string, text: string): boolean {
  if (!/^\p{Lu}\p{L}+$/u.test(name)) return false;
  // A scan with indexOf that stops at the first use alone: a regular expression over a long text per name would be slow.
  let uses = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    // Inside a longer word ("Uighurs", "NonUighur"): not this name.
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + name.length] ?? '')) continue;
    const rest = COMPOUNDED_NOUN.exec(text.slice(at + name.length, at + name.length + ATTRIBUTIVE_SPAN));
    if (!rest || !rest[1] || !COMMUNITY_NOUNS.has(rest[1])) return false;
    uses++;
  }
  return uses > 0;
}

/** After the adjective: an optional hyphenated part ("-American") and the next word, lower-case. */
const COMPOUNDED_NOUN = /^(?:-\p{Lu}\p{L}+)?(?:\s+(\p{Ll}[\p{L}-]*))?/u;
/** Characters after the adjective looked at for its noun. */
const ATTRIBUTIVE_SPAN = 48;
