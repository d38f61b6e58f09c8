/**
 * Unknown actors: names compromise tags as people, organisations or places that the gazetteer does
 * not know, cleaned of titles and punctuation and filtered of junk. compromise is slow (about 15 s
 * per MB), so callers run it only on sentences that may hold a relation, within a budget.
 */
import { MONTH_WORDS, WEEKDAYS } from './lexicon/calendar';
import { isDatedMonthAt } from './dated-month';
import type nlp from 'compromise';
import { normalizeName } from '../domain/names';
import type { ActorKind } from '../domain/types';
import { DEMONYMS } from './demonyms';
import { isBodyWord } from './body-words';
import { isJunkName } from './junk';
import { designatedPeople } from './designation-lists';
import { officeHeadAfter } from './demonym-attributes';
import { lineLabel } from './line-labels';
import { wordClass } from './name-or-word';
import { listedPeople } from './name-lists';
import { ORGANISATION_KIND_NOUNS } from './lexicon/organisation-kinds';
import { FACILITY_NOUNS } from './lexicon/facility-nouns';
import { DOCUMENT_NOUNS } from './lexicon/document-nouns';
import { PROCESS_NOUNS } from './lexicon/process-nouns';
import { PARTY_LABELS } from './lexicon/party-members';
import { slugify } from '../domain/slug';
import { AFTER_HEAD, NAME_PARTICLES, PARTICLE_ARTICLES, QUALIFIERS, type RoleIndex } from './titles';
import { APOSTROPHE, APOSTROPHES, fold, POSSESSIVE_END } from './normalize';
import { tokenize, withoutGenerationalSuffix } from './tokens';
import { taggedText } from './nlp-tags';
import { agencyTailStart, isAgencyWord } from './agency-tail';
import { withoutHeadlineTail } from './headline-name-end';

export interface DiscoveredName {
  id: string;
  name: string;
  kind: ActorKind;
  /** Document offsets of the cleaned name. */
  start: number;
  end: number;
}

/** The part of compromise's `.json({ offset: true })` output read here. */
interface NlpMatch {
  text: string;
  offset: { start: number; length: number };
}

const MILITARY = /\b(?:army|navy|air force|forces|military|guard|guards|corps|brigade|militia|command|marines|intelligence)\b/i;
/** Ship prefixes and nouns: "USS Carney", "the tanker Marlin Star", "M/V Ocean Glory" are vessels, not actors. */
const SHIP_PREFIX = /\b(?:USS|HMS|HMCS|INS|RFS|USNS|MV|M\/V|MT|M\/T|ship|vessel|tanker|freighter|carrier|destroyer|frigate)\s*$/i;
const SHIP_NAME = /^(?:USS|HMS|HMCS|INS|RFS|USNS|MV|M\/V|MT|M\/T)\s/;
/** Capitalised words right before a name (the start of a longer name it belongs to), and how far back they are looked for. */
const CAPITALISED_RUN_END = new RegExp(String.raw`(?:\p{Lu}[\p{L}\p{N}${APOSTROPHES}/-]*\s+)+$`, 'u');
const SHIP_NAME_WINDOW = 40;
/**
 * Articles, honorifics and abbreviated ranks that precede a name without being part of it ("Dr.",
 * "Sheikh", "His Excellency"); they are stripped, so "Sheikh Tamim" is "Tamim". Rule `sayyidHonorific`
 * (dev misses, session 13: a readout's "Foreign Minister Sayyid <given name> <family name>"): the
 * Arabic honorific "Sayyid" / "Sayyed" (of Oman's royal family, of Shia clerics), as "Sheikh". Rule
 * `royalStyle` (dev false alarms, session 15: a readout's "His Majesty <name>" read as a person
 * "Majesty <name>"): a monarch's style "His/Her Majesty", "His/Her (Royal) Highness", as "His
 * Excellency"; "Royal" only before "Highness" (ROYAL_STYLE), for "Royal" begins names of bodies.
 */
const HONORIFICS = new Set('the mr mrs ms mx dr gen lt col maj brig cdr cmdr sgt capt adm gov sen rep prof pres amb sir dame lord lady field marshal rev sheikh sheikha shaikh sheik sayyid sayyida sayyed his her excellency majesty highness he hon honorable honourable madam mme messrs'.split(' '));
/** Rule `spouseTitle`: the nouns that follow "First" in the title of a head of state's spouse. */
const SPOUSE_TITLE_NOUNS: ReadonlySet<string> = new Set(['lady', 'gentleman']);
/** Rule `royalStyle`: "Royal" is a monarch's style only in "Royal Highness" ("the Royal Navy" is a name). */
const isRoyalStyle = (norm: string, next: string): boolean => norm === 'royal' && next === 'highness';
/** An honorific or article that may stand before a name ("Dr.", "Sheikh", "the"). */
export const isHonorific = (norm: string): boolean => HONORIFICS.has(norm);

/** One-word demonyms, folded ("turkish", "egyptian"). */
const DEMONYM_WORDS: ReadonlySet<string> = new Set(Object.keys(DEMONYMS).filter((d) => !d.includes(' ')).map((d) => tokenize(d)[0]?.norm ?? ''));

const EDGE_PUNCT = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu;
/** A bracket inside a name read and what follows it ("KoA (KoA"). */
const BRACKET_TAIL = /\s*\(.*$/u;

/**
 * Data: what a person's possessive names in a heading or a report without being a name itself
 * ("Secretary Roe's Call with …", "Erdogan's office said"): the name ends before the possessive.
 */
const POSSESSED_NOUNS = new RegExp(String.raw`${APOSTROPHE}s\s+(?:call|calls|meeting|meetings|remarks|visit|travel|trip|statement|speech|letter|interview|office|spokesman|spokeswoman|spokesperson)\b.*$`, 'iu');

/**
 * Rule `ownedName`: a name read across a possessive into capitalised words ("the Ministry of the
 * Interior’s Special National Brigade" read as "Interior’s Special National Brigade", "the Army’s
 * Fifth Division") is the name after the possessive: the owner is a name of its own, or none. Not
 * after an irregular plural ("People’s", "Children’s", "Women’s", "Men’s"): English writes "for
 * people, for children" so inside a name ("the People’s Liberation Army", "the Women’s Union"),
 * which is then the whole name; an owner before it still goes ("China’s People’s Liberation Army").
 */
const OWNER_BEFORE_NAME = new RegExp(String.raw`^.*(?<!(?:^|[\s-])(?:[Pp]eople|[Cc]hildren|[Ww]omen|[Mm]en))${APOSTROPHE}s\s+(?=\p{Lu})`, 'u');

/**
 * Rule `innerTitle`: a name read across a heading or a body into a title ("Climate Change President
 * Biden", "State Department Spokesperson Ned Price") is the name after the title: title words with
 * a head, inside the name, then capitalised words.
 */
function afterInnerTitle(name: string, roles: RoleIndex): string {
  const words = name.split(' ');
  for (let i = 1; i < words.length - 1; i++) {
    let j = i;
    let head = false;
    while (j < words.length - 1) {
      const w = tokenize(words[j])[0];
      if (!w || w.kind !== 'word' || !w.cap || !roles.words.has(w.norm)) break;
      if (roles.heads.has(w.norm)) head = true;
      j++;
    }
    if (head && j > i) return words.slice(j).join(' ');
  }
  return name;
}

function clean(raw: string, roles: RoleIndex): string {
  // Rule `possessedNoun`: "Roe's Call" is Roe's, not a name of its own.
  // Rule `bracketedAcronym`: "The KoA (KoA) said" is read as one name "KoA (KoA": no name holds a bracket, the gloss is the name again.
  let name = raw.replace(POSSESSED_NOUNS, '').replace(EDGE_PUNCT, '').replace(BRACKET_TAIL, '').replace(POSSESSIVE_END, '').replace(OWNER_BEFORE_NAME, '');
  // Drop leading titles and articles: "President Vladimir Putin" → "Vladimir Putin".
  for (;;) {
    const m = /^(\S+)\s+/u.exec(name);
    if (!m) break;
    const w = tokenize(m[1])[0]?.norm ?? '';
    // A plural title names several people: "Presidents Biden and Erdogan". A qualifier ("Interim
    // Observer Team") is a title word only before an office's head.
    const rest = tokenize(name.slice(m[0].length)).filter((t) => t.kind === 'word');
    const qualifiesOffice = !QUALIFIERS.has(w) || rest.some((t, i) => roles.heads.has(t.norm) && rest.slice(0, i).every((x) => roles.words.has(x.norm)));
    const title = (roles.words.has(w) && qualifiesOffice) || (w.endsWith('s') && roles.words.has(w.slice(0, -1)));
    // "Turkish President Recep Tayyip Erdoğan": a demonym before a title describes the office.
    const next = tokenize(name.slice(m[0].length).split(/\s/u)[0] ?? '')[0]?.norm ?? '';
    const describesTitle = DEMONYM_WORDS.has(w) && roles.words.has(next);
    // Rule `hyphenedTitleEnd`: "Foreign Minister-Designate Jane Roe" is read from after the hyphen
    // as "Designate Jane Roe"; the capitalised end of a hyphenated title is the title's, never a name's.
    const titleEnd = AFTER_HEAD.has(w);
    // Rule `givenNameHe`: "He" written as a word is the Chinese family name ("Vice Premier He
    // Lifeng"), never the style "H.E." (His Excellency), which is written in capitals.
    const honorific = HONORIFICS.has(w) && !(w === 'he' && m[1] === 'He');
    // Rule `spouseTitle`: "First Lady Jane Roe", "First Gentleman John Roe" name the spouse of a head
    // of state or government by title, as "President" names the head: the name is what follows.
    if (w === 'first' && SPOUSE_TITLE_NOUNS.has(next)) {
      name = name.slice(m[0].length).replace(/^\S+\s+/u, '');
      continue;
    }
    // Rule `partyLabel`: "Democrat Jane Roe" labels the person with their party, as a title does; not
    // a body's name ("Republican Guard", "Democrat Party": a body's word follows).
    const partyLabel = PARTY_LABELS.has(w) && rest.length >= 2 && !rest.some((t) => isBodyWord(t.norm));
    if (!title && !honorific && !describesTitle && !titleEnd && !partyLabel && !isRoyalStyle(w, next)) break;
    name = name.slice(m[0].length);
  }
  // Rule `nameSuffix` (tokens.ts): "Martin Luther King Jr." is read as "Martin Luther King".
  const out = afterInnerTitle(withoutGenerationalSuffix(name.replace(/[.,;:]+$/u, '')).trim(), roles);
  // Nothing but a title or honorific is left ("Special Rep."): no name.
  const rest = tokenize(out).filter((t) => t.kind === 'word');
  return rest.length && rest.every((t) => HONORIFICS.has(t.norm) || roles.words.has(t.norm)) ? '' : out;
}

function kindOf(tag: 'people' | 'organizations' | 'places' | 'proper', name: string): ActorKind {
  if (tag === 'people') return 'person';
  if (MILITARY.test(name)) return 'military';
  return tag === 'places' ? 'state' : 'organization';
}

/**
 * Data: head nouns of institutions named "<Head> of <Name>" ("House of Representatives", "League of
 * Arab States", "Council of Europe"), which compromise cuts at "of". Rule `ministryOf`: a ministry
 * named with its portfolio ("the Ministry of Intelligence") is one such name; a demonym before it
 * says whose it is (rule `ownDemonym`).
 */
const INSTITUTION_OF = new RegExp(String.raw`\b(?:House|Council|League|Organi[sz]ation|Union|Court|Assembly|Chamber|Commission|Congress|Parliament|Ministry)\s+of\s+(?!the\b)\p{Lu}[\p{L}${APOSTROPHES}-]*(?:\s+\p{Lu}[\p{L}${APOSTROPHES}-]*){0,3}`, 'gu');

/** Rule `institutionOf`: "House of Representatives" and the like, whole (with capitalised words before the head, "Arab League of …" not included). */
function institutionNames(sentence: string, offset: number, roles: RoleIndex): DiscoveredName[] {
  const out: DiscoveredName[] = [];
  for (const m of sentence.matchAll(INSTITUTION_OF)) {
    // Rule `ministryOf`: a ministry's name running into a title ("Ministry of Foreign Affairs
    // Director-General X") is part of its holder's title, which titles.ts reads: no body of its own.
    if (m[0].startsWith('Ministry') && tokenize(m[0]).some((t, i) => i > 2 && t.kind === 'word' && roles.heads.has(t.norm))) continue;
    const name = normalizeName(m[0]);
    const id = slugify(name);
    if (id && !isJunkName(name)) out.push({ id, name, kind: 'organization', start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

/** A noun of a kind of organisation (lexicon/organisation-kinds.ts) and the capitalised words after it. */
const KIND_NOUN_NAME = new RegExp(`\\b(?:${ORGANISATION_KIND_NOUNS.join('|')})\\s+(\\p{Lu}[\\p{L}\\p{N}&.${APOSTROPHES}-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.${APOSTROPHES}-]*|&|of|and)){0,4})`, 'gu');

/** Stops and apostrophes (a closing quote's or a plural possessive's) after a name. */
const TRAILING_STOPS = new RegExp(`[.,${APOSTROPHES}]+$`, 'u');

/**
 * Rule `kindNounName`: the capitalised words right after a noun of a kind of organisation are its
 * name ("state-owned mining company ENIMA", all capitals included, which compromise does not tag).
 */
function kindNounNames(sentence: string, offset: number): DiscoveredName[] {
  const out: DiscoveredName[] = [];
  for (const m of sentence.matchAll(KIND_NOUN_NAME)) {
    const raw = m[1].replace(/(?:\s+(?:&|of|and))+$/u, '').replace(TRAILING_STOPS, '');
    const name = normalizeName(raw);
    const id = slugify(name);
    const at = m.index + m[0].length - m[1].length;
    if (id && !isJunkName(name)) out.push({ id, name, kind: MILITARY.test(name) ? 'military' : 'organization', start: offset + at, end: offset + at + raw.length });
  }
  return out;
}

/** Data: nouns that make a people's adjective before them a body ("Tigrayan regional authorities", "Amhara militias"; rule peopleBody, analyze.ts). */
export const BODY_HEADS: ReadonlySet<string> = new Set(
  'authorities forces rebels fighters militia militias government administration leadership insurgents police'.split(' '),
);

/**
 * Rule `leadingPeopleBody`: a sentence's first word, capitalised as every first word is, names a
 * people or region when compromise's lexicon lists no English word of it and a body's noun follows
 * ("Kachin rebels attacked …", "Tigrayan forces withdrew"): rule peopleBody then reads the body.
 * English words there ("Government forces", "Rebel fighters", "Security forces") and titles are not.
 */
export function leadsPeopleBody(word: string, next: string, roles: RoleIndex): boolean {
  const norm = word.toLowerCase();
  return /^\p{Lu}\p{Ll}+$/u.test(word) && BODY_HEADS.has(next) && wordClass(norm) === 'unknown' && !roles.words.has(norm) && !HONORIFICS.has(norm) && !DEMONYM_WORDS.has(norm);
}

/** The first word of `sentence` when it leads a people's body (leadsPeopleBody), as a name to discover. */
function leadingPeopleBody(sentence: string, offset: number, roles: RoleIndex): DiscoveredName[] {
  const m = /^(\p{Lu}\p{Ll}+)\s+(\p{Ll}+)/u.exec(sentence);
  if (!m || !leadsPeopleBody(m[1], m[2], roles) || isJunkName(m[1])) return [];
  return [{ id: slugify(m[1]), name: m[1], kind: 'organization', start: offset, end: offset + m[1].length }];
}

/**
 * Data: plural nouns of a body's people and forces ("NUG representatives", "RSF fighters") and of
 * what it holds ("the MINUSMA base"): the word before them names the body they belong to.
 */
export const ACRONYM_BODY_NOUNS: ReadonlySet<string> = new Set(
  ('representatives officials delegates delegation leaders members fighters forces troops militants commanders peacekeepers base bases convoy positions ' +
    // Nouns that only say what kind of group the acronym names ("ADF rebels", "the ELN group"; rule acronymBody, analyze.ts).
    'rebels militia militias insurgents guerrillas group movement').split(' '),
);
const BARE_ACRONYM = new RegExp(`(?<![\\p{L}\\p{N}.${APOSTROPHES}-])(\\p{Lu}{2,7})(?=\\s+(?:${[...ACRONYM_BODY_NOUNS].join('|')})\\b)`, 'gu');

/**
 * Rule `acronymPeople`: a word of capitals right before a noun of a body's people or forces ("met
 * with NUG representatives", "attacked the MINUSMA base", "JNIM fighters") is that body's acronym,
 * an organisation's name, even where the text never spells it out (compromise tags no name there).
 * A known one (the gazetteer's "UN officials") stays what the gazetteer says; the acronym of a
 * common noun ("NGO representatives", "an SUV convoy") names no body (isJunkName's COMMON_NOUN_ACRONYMS).
 */
function acronymBodies(sentence: string, offset: number): DiscoveredName[] {
  const out: DiscoveredName[] = [];
  for (const m of sentence.matchAll(BARE_ACRONYM)) {
    const id = slugify(m[1]);
    if (id && !isJunkName(m[1])) out.push({ id, name: m[1], kind: 'organization', start: offset + m.index, end: offset + m.index + m[1].length });
  }
  return out;
}

/**
 * Data: nouns that end the names of political and armed bodies ("Southern Transitional Council",
 * "National Liberation Front", "Popular Resistance Committee"); with BODY_HEAD_NOUNS' kinds of
 * international body.
 */
const BODY_NAME_HEADS = 'Council|Parliament|Court|Front|Movement|Party|Alliance|Coalition|Committee|Commission|Assembly|Union|League|Brigades?|Army|Forces|Tribunal|Agency|Mission|Congress|Group';
/** Only capitalised words: joined by "and" or "of" the run may hold two names ("… of the House of Representatives and High State Council"). */
const BODY_NAME = new RegExp(`(?<![\\p{L}\\p{N}${APOSTROPHES}-])((?:\\p{Lu}[\\p{Ll}${APOSTROPHES}-]+\\s+){1,4}(?:${BODY_NAME_HEADS}))(?![\\p{L}\\p{N}])`, 'gu');

/**
 * Rule `bodyHeadName`: capitalised words ending with a noun of a body are that body's name, at the
 * start of a sentence too, where compromise tags no proper noun ("The Southern Transitional
 * Council, …"); a leading "The" and a title (up to its head noun) are not part of it. Rule
 * `adjectiveBodyName`: title modifiers after the last title head ("National", "Supreme") begin the
 * body's name ("the National Assembly", "the Supreme Council"), they qualify no office there.
 */
function bodyHeadNames(sentence: string, offset: number, roles: RoleIndex): DiscoveredName[] {
  const out: DiscoveredName[] = [];
  for (const m of sentence.matchAll(BODY_NAME)) {
    // Rule `ownedName`: "the Interior’s Special National Brigade": the name after the possessive.
    const owner = OWNER_BEFORE_NAME.exec(m[1])?.[0] ?? '';
    let at = m.index + owner.length;
    let raw = m[1].slice(owner.length);
    const words = raw.split(/\s+/u);
    const norms = words.map((w) => tokenize(w)[0]?.norm ?? '');
    // The leading "The" and title words, cut up to the last of them that is "The" or a title's head.
    let cut = 0;
    for (let i = 0; i < words.length - 1 && (words[i] === 'The' || roles.words.has(norms[i])); i++) {
      if (words[i] === 'The' || roles.heads.has(norms[i])) cut = i + 1;
    }
    const lead = new RegExp(`^(?:\\S+\\s+){${cut}}`, 'u').exec(raw)?.[0] ?? '';
    // Rule `monthDate`: "On 4 May Kestrel Front fighters …": the date is not part of the name.
    ({ at, name: raw } = withoutDate(sentence, at + lead.length, raw.slice(lead.length)));
    const name = normalizeName(raw);
    const id = slugify(name);
    if (!raw.includes(' ') || !id || isJunkName(name)) continue;
    out.push({ id, name, kind: MILITARY.test(name) ? 'military' : 'organization', start: offset + at, end: offset + at + raw.length });
  }
  return out;
}

/**
 * Rule `adjectiveBodyName`: a body's name that ends with the head of an institution named with "of"
 * ("National Assembly" and "Assembly of Kenya") is one name with it ("National Assembly of Kenya").
 */
function joinedInstitutions(
  bodies: readonly DiscoveredName[],
  institutions: readonly DiscoveredName[],
  sentence: string,
  offset: number,
): { bodies: DiscoveredName[]; institutions: DiscoveredName[] } {
  const joined = new Set<DiscoveredName>();
  const outInstitutions = institutions.map((i) => {
    const b = bodies.find((x) => x.start < i.start && i.start < x.end && x.end <= i.end);
    if (!b) return i;
    joined.add(b);
    const name = normalizeName(sentence.slice(b.start - offset, i.end - offset));
    return { ...i, id: slugify(name), name, start: b.start };
  });
  return { bodies: bodies.filter((b) => !joined.has(b)), institutions: outInstitutions };
}

/**
 * Function words a Title Case heading capitalises ("Secretary X And Foreign Minister Y Before Their
 * Meeting"): compromise reads them as part of a name ("Y Before Their Meeting"). Never part of a name
 * themselves; "of", "the", "his" are left alone ("Council Of Europe", "The Gambia", "His Excellency").
 */
const HEADLINE_FUNCTION_WORDS = /(?<=\S\s+)\b(?:And|Or|Before|After|Their|With|At|For|To|During|Ahead|From|Between|Following)\b/gu;

/** The sentence with a heading's capitalised function words lowered, same length (offsets hold). */
const lowerHeadlineWords = (sentence: string): string => sentence.replace(HEADLINE_FUNCTION_WORDS, (w) => w.toLowerCase());

/** An apostrophe between letters ("O`Vell", "Vell‘s"). */
const INNER_APOSTROPHE = new RegExp(String.raw`(?<=\p{L})${APOSTROPHE}(?=\p{L})`, 'gu');

/**
 * The sentence with every apostrophe inside a word written as the typographic one, same length
 * (offsets hold): compromise splits a word at a backtick, so a name would read differently with
 * each apostrophe normalize.ts APOSTROPHES lists; names are read from this text (their ids drop
 * the apostrophe, as slugs do).
 */
const oneApostrophe = (sentence: string): string => sentence.replace(INNER_APOSTROPHE, '’');

/** compromise's reading of one term (`.json()` of a term list). */
interface NlpTerm {
  terms: { text: string; tags: string[] }[];
}

/** Capitalised words after a name, up to the first punctuation. */
const CAPITALISED_RUN = new RegExp(String.raw`^(?:\s+\p{Lu}[\p{L}${APOSTROPHES}-]*)+`, 'u');

/**
 * Rule `demonymOffice` (demonym-attributes.ts): a name read from a demonym and words of no body's
 * name ("Venezuelan International" in "Venezuelan International Relations Commissioner Borges",
 * "Kenyan Cabinet" in "Kenyan Cabinet Secretary X") that runs on, through capitalised words, into
 * an office's head is that office's description, not an actor; the holder's name after the head
 * is read on its own. A body's name stays one ("Sudanese Armed Forces Commander X").
 */
function describesOffice(sentence: string, end: number, name: string, roles: RoleIndex): boolean {
  const words = tokenize(name).filter((t) => t.kind === 'word');
  if (words.length < 2 || !DEMONYM_WORDS.has(words[0].norm) || words.some((t) => isBodyWord(t.norm))) return false;
  // The words right after the name, up to the first punctuation ("Venezuelan International, Relations …" runs into nothing).
  const run = CAPITALISED_RUN.exec(sentence.slice(end))?.[0] ?? '';
  return officeHeadAfter(tokenize(run), 0, roles) >= 0;
}

/**
 * Rule `leadingGivenName`: the first word of a sentence, capitalised as every first word is, that
 * compromise knows nothing of (it tags it only as a singular noun, as it does any unknown word:
 * "Giulia Renzi accused …", "Sharif Hotak alleged …") and that is no title, honorific or demonym:
 * the given name of the name read right after it. A word compromise knows ("Meanwhile",
 * "Police", "Minister") tags otherwise and is left out.
 */
function unknownLeadWord(doc: ReturnType<typeof nlp>, sentence: string, roles: RoleIndex): string | undefined {
  // compromise's json() is typed `any`; NlpTerm names the fields used.
  const first = (doc.terms().eq(0).json() as NlpTerm[])[0]?.terms[0];
  if (!first || first.tags.length !== 2 || !first.tags.includes('Noun') || !first.tags.includes('Singular')) return undefined;
  const word = first.text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !sentence.startsWith(`${word} `)) return undefined;
  const norm = tokenize(word)[0]?.norm ?? '';
  return roles.words.has(norm) || HONORIFICS.has(norm) || DEMONYM_WORDS.has(norm) ? undefined : word;
}

/**
 * Names in one sentence (`offset` = the sentence's start in the document). Rule
 * `labelOpensSentence` (line-labels.ts): after a line's label the first word is capitalised
 * because it opens the line, so compromise reads an English word there as a name ("SMITH:
 * Immediately designated …"). The line is read whole, as any sentence ("MR. PRICE: Blinken met
 * …" keeps its one-word name), and only a first word that compromise lists as an English word
 * ("Immediately", "Allowed"; not "Blinken") is taken out of the names read.
 */
export function discoverNames(written: string, offset: number, roles: RoleIndex): DiscoveredName[] {
  const sentence = oneApostrophe(written);
  const found = namesOfSentence(sentence, offset, roles);
  const label = lineLabel(sentence);
  const first = label && FIRST_WORD.exec(sentence.slice(label.textStart));
  if (!label || !first) return found;
  const wordStart = label.textStart + first[0].length - first[1].length;
  const wordEnd = wordStart + first[1].length;
  const listed = tokenize(first[1]).every((t) => t.kind !== 'word' || wordClass(t.norm) === 'word' || wordClass(t.norm) === 'modifier');
  if (!listed) return found;
  return found.flatMap((d) => {
    if (d.end <= offset + wordStart || offset + wordEnd <= d.start) return [d];
    // The name's words after the listed word ("Allowed Kestrel Front" → "Kestrel Front"), if any.
    const rest = sentence.slice(wordEnd, d.end - offset);
    const at = wordEnd + rest.length - rest.trimStart().length;
    const name = normalizeName(rest.trim());
    const id = slugify(name);
    return id && !isJunkName(name) ? [{ ...d, id, name, start: offset + at }] : [];
  });
}

/** The first word of a line's text after its label, after an opening quote if any (group 1). */
const FIRST_WORD = new RegExp(String.raw`^["“‘]?(\p{L}[\p{L}${APOSTROPHES}-]*)`, 'u');

function namesOfSentence(sentence: string, offset: number, roles: RoleIndex): DiscoveredName[] {
  const doc = taggedText(lowerHeadlineWords(sentence));
  const { bodies, institutions } = joinedInstitutions(bodyHeadNames(sentence, offset, roles), institutionNames(sentence, offset, roles), sentence, offset);
  const out: DiscoveredName[] = [...institutions, ...kindNounNames(sentence, offset), ...bodies, ...acronymBodies(sentence, offset), ...leadingPeopleBody(sentence, offset, roles)];
  const tags = ['people', 'organizations', 'places'] as const;
  // compromise's json() is typed `any`; NlpMatch names the two fields used.
  const peopleMatches = doc.people().json({ offset: true }) as NlpMatch[];
  const peopleSpans = peopleMatches.map((m) => ({ start: m.offset.start, end: m.offset.start + m.offset.length }));
  // Rules `listedPeople` and `designationList`: names in a list of people, and the people a sanction or designation names.
  const listed: DiscoveredName[] = [...listedPeople(sentence, peopleSpans, roles, isHonorific), ...designatedPeople(sentence, roles, isHonorific)].flatMap((l) => {
    const name = normalizeName(sentence.slice(l.start, l.end));
    const id = slugify(name);
    return id && !isJunkName(name) ? [{ id, name, kind: 'person' as const, start: offset + l.start, end: offset + l.end }] : [];
  });
  const seen = new Set<number>();
  const lead = unknownLeadWord(doc, sentence, roles);
  for (const tag of [...tags, 'proper' as const]) {
    // Names compromise tags only as proper nouns ("Hezbollah", "Taliban") count as organisations,
    // except at the start of a sentence where any word is capitalised.
    const matches = tag === 'people' ? peopleMatches : ((tag === 'proper' ? doc.match('#ProperNoun+').not('#Demonym') : doc[tag]()).json({ offset: true }) as NlpMatch[]);
    for (const read of matches) {
      // Rule `leadingGivenName`: a name read from the sentence's second word begins at its first when that word is unknown to compromise.
      const m = lead && read.offset.start === lead.length + 1 ? { text: `${lead} ${read.text}`, offset: { start: 0, length: read.offset.start + read.offset.length } } : read;
      if (tag === 'proper' && ((m.offset.start === 0 && m === read) || seen.has(m.offset.start))) continue;
      seen.add(m.offset.start);
      const cleaned = clean(tag === 'proper' ? m.text.split(/[,;:]/)[0] : m.text, roles);
      if (!cleaned || isJunkName(cleaned)) continue;
      // compromise's offset.start points at the word; find the cleaned name from there.
      const written = sentence.indexOf(cleaned, Math.max(0, m.offset.start - 2));
      if (written < 0 || written > m.offset.start + m.offset.length) continue;
      const dated = withoutDate(sentence, written, cleaned);
      const { at } = dated;
      // Rule `titledHeadlineName`: "Secretary Roe Travels to …" names "Roe".
      const name = titleBefore(sentence, at, roles) ? withoutHeadlineTail(dated.name) : dated.name;
      if (!name || isJunkName(name) || describesOffice(sentence, at + name.length, name, roles) || thingNamedAfter(sentence, at + name.length)) continue;
      // "the commercial vessel Maersk Hangzhou": the ship's name may have begun before the name read.
      const runStart = sentence.slice(Math.max(0, at - SHIP_NAME_WINDOW), at).search(CAPITALISED_RUN_END);
      const from = runStart < 0 ? at : Math.max(0, at - SHIP_NAME_WINDOW) + runStart;
      const shipBefore = (i: number): boolean => SHIP_PREFIX.test(sentence.slice(Math.max(0, i - 12), i));
      if (shipBefore(at) || shipBefore(from) || SHIP_NAME.test(name) || SHIP_NAME.test(sentence.slice(from, at))) continue;
      // Offsets from the name as written; the name itself in normal form, as every actor name.
      const normal = normalizeName(name);
      const id = slugify(normal);
      // Inside an institution's whole name: part of it ("Representatives" of "House of Representatives").
      const inside = (o: DiscoveredName): boolean => o.start <= offset + at && offset + at + name.length <= o.end;
      if (!id || out.some((o) => inside(o) && o.kind === 'organization' && /\sof\s/.test(o.name)) || bodies.some(inside)) continue;
      out.push({ id, name: normal, kind: kindOf(tag, normal), start: offset + at, end: offset + at + name.length });
    }
  }
  const whole = completedPeople(sentence, offset, [...listed, ...out.filter((o) => !listed.some((l) => l.start < o.end && o.start < l.end))], roles);
  return joinDateWordNames(sentence, offset, joinParticleNames(sentence, offset, whole, roles), lead).map((d) => withoutAgency(d, sentence, offset));
}

/** Whether a capitalised title word ("Secretary", "Envoy") is the word right before offset at. */
function titleBefore(sentence: string, at: number, roles: RoleIndex): boolean {
  const word = /(\p{Lu}\p{L}*)\s+$/u.exec(sentence.slice(Math.max(0, at - 40), at))?.[1];
  return !!word && roles.words.has(fold(word));
}

/** Rule `agencyEndsName` (agency-tail.ts): a person's name read with a news agency's after it ("Jane Roe Reuters") ends before the agency. */
function withoutAgency(d: DiscoveredName, sentence: string, offset: number): DiscoveredName {
  const written = sentence.slice(d.start - offset, d.end - offset);
  const cut = d.kind === 'person' ? agencyTailStart(written) : -1;
  if (cut < 0) return d;
  const own = written.slice(0, cut).trimEnd();
  const name = normalizeName(own);
  const id = slugify(name);
  return id && !isJunkName(name) ? { ...d, id, name, end: d.start + own.length } : d;
}

/** A hyphen and a capitalised word right after a name ("-Polin" of "Goldberg-Polin"). */
const HYPHENED_PART = new RegExp(String.raw`^-\p{Lu}\p{Ll}[\p{L}${APOSTROPHES}]*(?![\p{L}\p{N}-])`, 'u');

/**
 * One capitalised word right after a name that ends the run of words: punctuation or the sentence's
 * end follows, or a possessive (rule `possessiveSurname`), which is left out of the word.
 */
const LAST_NAME_WORD = new RegExp(String.raw`^ \p{Lu}\p{Ll}+(?=[,;:.)]|\s*$|${APOSTROPHE}s?(?![\p{L}\p{N}]))`, 'u');
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTH_WORDS]);

/** Rule `nameRunEnd`: may a capitalised word right after a person's name be the name's last word? */
function endsName(word: string, roles: RoleIndex): boolean {
  const norm = tokenize(word)[0]?.norm ?? '';
  const cls = wordClass(norm);
  // A generational suffix ends a name without being part of it (rule `nameSuffix`).
  const suffix = withoutGenerationalSuffix(`x ${word}`) !== `x ${word}`;
  // Rule `agencyEndsName`: "… Jane Roe Reuters," credits the report; "Reuters" is no family name.
  return !suffix && !isAgencyWord(word) && cls !== 'word' && cls !== 'modifier' && !HONORIFICS.has(norm) && !roles.words.has(norm) && !DEMONYM_WORDS.has(norm) && !CALENDAR_WORDS.has(norm) && !isBodyWord(norm);
}

/**
 * Rule `hyphenedSurname`: a person's name read up to a hyphen that joins a capitalised word to its
 * last word ("Hersh Goldberg" of "Hersh Goldberg-Polin", "Ana Ruiz" of "Ana Ruiz-Tagle") ends after
 * that word: a double-barrelled family name is one name (compromise cuts it at the hyphen). Rule
 * `nameRunEnd`: so does a person's name read one word short of the end of its run of capitalised
 * words ("Camila Antonia Ortega" of "…, Camila Antonia Ortega Murillo, who …"; "Lu" of "an actor,
 * Lu Min, who"): the word that ends the run before punctuation is the family name, when compromise
 * lists it as no English word, it is no title, honorific, demonym, day, month, body's noun or
 * generational suffix ("Jr."), and no
 * other name was read there ("met Kofi Mensah Tuesday." keeps its name). Rule `possessiveSurname`:
 * so does one read short of a family name written with a possessive ("Nora" of "Nora Vell’s
 * delegation"), for compromise tags the possessive word as no part of a person's name: the word
 * before the apostrophe is the family name, on the same conditions.
 */
function completedPeople(sentence: string, offset: number, found: DiscoveredName[], roles: RoleIndex): DiscoveredName[] {
  return found.map((d) => {
    const after = sentence.slice(d.end - offset);
    const run = LAST_NAME_WORD.exec(after)?.[0];
    // A one-word name before the hyphen is a pair's compound ("the Ortega-Ruiz pact", "the
    // Putin-Xi summit": two people), not a double-barrelled name, which follows a given name.
    const hyphened = d.name.includes(' ') ? HYPHENED_PART.exec(after)?.[0] : undefined;
    const part = d.kind !== 'person' ? undefined : (hyphened ?? (run && endsName(run.trim(), roles) ? run : undefined));
    if (!part || found.some((o) => o !== d && o.start < d.end + part.length && d.end <= o.start)) return d;
    const name = normalizeName(sentence.slice(d.start - offset, d.end - offset + part.length));
    const id = slugify(name);
    return id && !isJunkName(name) ? { ...d, id, name, end: d.end + part.length } : d;
  });
}

/** The capitalised words right after a name ("… Air Base", "… Nuclear Power Plant"), up to four. */
const CAPITALISED_AFTER = new RegExp(String.raw`^\s+((?:\p{Lu}[\p{L}${APOSTROPHES}-]*\s+){0,3}\p{Lu}[\p{L}${APOSTROPHES}-]*)(?![\p{L}${APOSTROPHES}-])`, 'u');

/**
 * Rule `facilityNameCut`: a name read short of the facility noun its capitalised words end in
 * ("Karmel Military" of "Karmel Military Prison", "Al Asad" of "Al Asad Air Base") is the
 * facility's name, which is a place, never a party (junk.ts: a facility's whole name is no actor),
 * so its first words are none either. Rule `documentNameCut` (dev false alarms, session 15: a city
 * tagged a place, read as a state, in the name of an agreement it was signed in): so is a name read
 * short of a document's noun ("Doha" of "the Doha Agreement", "Marseille" of "the Marseille
 * Protocol"): a text, named after where it was signed, not an actor (junk.ts `documentName`).
 */
function thingNamedAfter(sentence: string, end: number): boolean {
  const words = CAPITALISED_AFTER.exec(sentence.slice(end, end + 80))?.[1].split(/\s+/u) ?? [];
  // The noun ends a run of three words at most ("Air Base", "Peace Agreement"; not "Prison Service",
  // nor a longer run of capitals). A Title Case headline's "Roe Visits Prison" would pass too (a
  // known limit; on dev only the prison's reading changed).
  if (!words.length || words.length > 3) return false;
  const last = fold(words[words.length - 1]);
  // Rule `processName`: so is one read short of a meeting's or a process's noun ("Gulf Security" of "the Gulf Security Summit").
  return FACILITY_NOUNS.has(last) || DOCUMENT_NOUNS.has(last) || PROCESS_NOUNS.has(last);
}

/** Characters around a month read for its day, year or word of time ("early", "27th", "2024"). */
const DATE_CONTEXT = 16;

/** Rule `monthDate` (dated-month.ts) on the word written at [start, end) of the sentence. */
function isDatedMonth(sentence: string, start: number, end: number): boolean {
  if (!MONTH_WORDS.has(fold(sentence.slice(start, end)))) return false;
  const tokens = tokenize(sentence, Math.max(0, start - DATE_CONTEXT), Math.min(sentence.length, end + DATE_CONTEXT));
  return isDatedMonthAt(tokens, tokens.findIndex((t) => t.start === start));
}

/** The name written at `at` without a dated month as its first word ("4 May Kestrel Front" → "Kestrel Front"; "May 27" → nothing). */
function withoutDate(sentence: string, at: number, name: string): { at: number; name: string } {
  const first = /^\S+/u.exec(name)?.[0] ?? '';
  if (!isDatedMonth(sentence, at, at + first.length)) return { at, name };
  const rest = name.slice(first.length).trimStart();
  return { at: at + name.length - rest.length, name: rest };
}

/**
 * The months and their abbreviations capitalised, which compromise reads as dates even inside a
 * person's name ("Mar", "May", "June" are also given names and name parts in Burmese, Thai and
 * English names).
 */
const CAPITALISED_MONTHS = [...MONTH_WORDS].map((w) => w[0].toUpperCase() + w.slice(1)).join('|');
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}${APOSTROPHES}-]+`;
const DATE_WORD_NAME = new RegExp(`(?<![\\p{L}\\p{N}${APOSTROPHES}.-])(${NAME_WORD})\\s+(?:${CAPITALISED_MONTHS})\\s+(${NAME_WORD})(?![\\p{L}\\p{N}])`, 'gu');

/**
 * Rule `dateWordName`: two names discovery found on either side of a capitalised month word, with
 * nothing else between, are one name cut where compromise read the month ("Zin Mar Aung" read as
 * "Zin" and "Aung"). Both sides must have been read as names: "in Oslo May Resume" is no name. At a
 * sentence's start, where compromise reads no name, the first word counts only when it is the
 * unknown lead word of rule `leadingGivenName` (`lead`): not "In March Aung …", "Meanwhile May Thant …".
 */
function joinDateWordNames(sentence: string, offset: number, found: DiscoveredName[], lead: string | undefined): DiscoveredName[] {
  let out = found;
  for (const m of sentence.matchAll(DATE_WORD_NAME)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    const left = out.find((d) => d.end === start + m[1].length) ?? (m.index === 0 && m[1] === lead ? { start, end: start + m[1].length } : undefined);
    const right = out.find((d) => d.start === end - m[2].length);
    if (!left || !right || out.some((d) => d !== left && d !== right && d.start < end && start < d.end)) continue;
    const name = normalizeName(sentence.slice(left.start - offset, right.end - offset));
    const id = slugify(name);
    if (!id || isJunkName(name)) continue;
    const kind = tokenize(name).some((t) => isBodyWord(t.norm)) ? 'organization' : 'person';
    out = [...out.filter((d) => d !== left && d !== right), { id, name, kind, start: left.start, end: right.end }];
  }
  return out;
}

/**
 * Rule `particleName`: capitalised words joined by lower-case name particles ("Salem ould
 * Breihmatt", "Sidan ag Hitta", "Arnel dela Vega", "Hamad bin Jassim", "Luis de la Vega") are
 * one name wherever discovery read a part of them as a name; the parts it read alone ("Salem" as
 * a place, "Breihmatt" as an organisation) go. The name is a person's unless one of its words is
 * a body's noun ("Ejército de Liberación Nacional", "Front de Libération du Sahel"): then an
 * organisation's. It is never joined over a name another finding overlaps only in part.
 */
/** Up to six capitalised words: a name's run on either side of its particles (bounded, so that a long run of capitals is not rescanned from each of its words). */
const CAPITALISED_WORDS = String.raw`\p{Lu}[\p{L}${APOSTROPHES}-]*(?:\s+\p{Lu}[\p{L}${APOSTROPHES}-]*){0,5}`;
const PARTICLES = `(?:${NAME_PARTICLES.join('|')})(?:\\s+(?:${[...NAME_PARTICLES, ...PARTICLE_ARTICLES].join('|')}))*`;
// It starts at a word's start: tried at each letter of a long word, it would rescan the word's rest.
const PARTICLE_NAME = new RegExp(`(?<![\\p{L}\\p{N}${APOSTROPHES}-])${CAPITALISED_WORDS}(?:\\s+${PARTICLES}\\s+${CAPITALISED_WORDS})+`, 'gu');

function joinParticleNames(sentence: string, offset: number, found: DiscoveredName[], roles: RoleIndex): DiscoveredName[] {
  let out = found;
  for (const m of sentence.matchAll(PARTICLE_NAME)) {
    // Titles and honorifics before the name are not part of it ("Sheikh Hamad bin Jassim").
    const name = clean(m[0], roles);
    const at = name ? m[0].indexOf(name) : -1;
    if (!name || at < 0) continue;
    const start = offset + m.index + at;
    const end = start + name.length;
    const parts = out.filter((d) => d.start >= start && d.end <= end);
    if (!parts.length || out.some((d) => d.start < end && start < d.end && !parts.includes(d))) continue;
    const normal = normalizeName(name);
    const id = slugify(normal);
    if (!id || isJunkName(normal)) continue;
    const kind = tokenize(normal).some((t) => isBodyWord(t.norm)) ? 'organization' : 'person';
    out = [...out.filter((d) => !parts.includes(d)), { id, name: normal, kind, start, end }];
  }
  return out;
}
