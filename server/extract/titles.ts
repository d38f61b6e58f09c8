/**
 * Titles. "Iranian Foreign Minister Abbas Araghchi" is one mention of Araghchi (the title is not a
 * second actor); "Iran's foreign minister" or "the president of Iran" names whoever the gazetteer
 * lists with that role and affiliation; an unknown name after a title is a provisional person.
 */
import { isHeadlineWord } from './headline-name-end';
import { normalizeName } from '../domain/names';
import type { Actor } from '../domain/types';
import { affiliationChain } from './affiliation';
import type { Matcher } from './gazetteer';
import { isBodyWord } from './body-words';
import { isJunkName } from './junk';
import { isVerbInflection } from './lemma';
import { DETERMINERS, isFunctionWord, PREPOSITIONS } from './cues';
import { slugify } from '../domain/slug';
import { WEEKDAYS } from './lexicon/calendar';
import { OFFICE_PORTFOLIOS, PORTFOLIO_LINKS } from './lexicon/office-portfolios';
import { isAbstractNoun, wordClass } from './name-or-word';
import { fold } from './normalize';
import { acronymGlossEnd } from './acronyms';
import { tokenize } from './tokens';
import type { Mention, Token } from './types';

/**
 * Data: words that qualify an office but also qualify other things ("Interim Observer Team",
 * "Caretaker Government", "an alternate route"): title words only with an office's head after them
 * ("Alternate Prime Minister X" is a person, no body "Alternate" of a state). Rule `cabinetTitle`
 * (dev false alarms, session 15): "Cabinet" heads Kenya's and other Commonwealth ministers' titles
 * ("Cabinet Secretary for Foreign Affairs X"); "the Cabinet" alone is then, as "the Politburo", no actor.
 */
export const QUALIFIERS: ReadonlySet<string> = new Set(
  // Rule `highOffice` (names19): "High" of "High Representative", "High Commissioner" (offices of the EU, the UN, the Commonwealth), not of "High Command", "High Council".
  'interim principal caretaker political bureau politburo elect designate alternate cabinet high'.split(' '),
);
/** Data: nouns that head a title (the person), and words that modify them. */
const TITLE_HEADS = (
  'president minister secretary envoy ambassador spokesperson spokesman spokeswoman director chief ' +
  'head leader king queen prince emir sheikh sultan chancellor premier commander adviser advisor ' +
  'negotiator representative mayor governor senator diplomat general admiral ayatollah ' +
  'commissioner coordinator superintendent ' +
  // Heads of a body's board and of an agency ("the Chairperson of the Commission", "USAID Administrator X").
  'chairman chairwoman chairperson administrator ' +
  // A member of a collective body as a title ("Politburo Member X", "Council Member Y": rule memberTitle).
  'member ' +
  // Ranks and church offices written in full before a name ("Colonel X", "Cardinal Y").
  'colonel captain commodore cardinal archbishop bishop ' +
  // Police ranks ("chief constable X", "Inspector Y").
  'constable inspector sheriff ' +
  // Rule `counselorTitle` (dev, sixteenth session: a department's "Counselor X" read as the name
  // "Counselor X"): a counselor of a department or an embassy, and a judge, are offices before a name.
  'counselor counsellor judge ' +
  // Rule `speakerTitle` (twentieth session: "House Speaker X met Y" gave an actor "speaker" meeting Y,
  // and "Speaker X" an actor named with the title): a chamber's presiding officer is an office before a name.
  'speaker ' +
  // Rule `abbreviatedTitle` (dev false alarm, eighteenth session: "Call with Sudanese PM X" read as
  // a call with Sudan): "PM", the headline and wire abbreviation of "Prime Minister", heads a title.
  'pm'
).split(' ');
const TITLE_MODIFIERS = (
  'vice prime foreign defense defence interior finance special supreme crown deputy senior top ' +
  'national security chief intelligence army military state general presidential ministry office ' +
  'department government embassy policy affairs assistant acting associate permanent executive ' +
  // Words of compound ranks ("Brigadier General", "Lieutenant Colonel", "Major General").
  'brigadier lieutenant major ' +
  // Offices headed by "General" ("Attorney General X", "Solicitor General Y", "Auditor General Z"): an office, no body.
  'attorney solicitor auditor ' +
  [...QUALIFIERS].join(' ')
).split(' ');
/** Title words written after the head with a hyphen ("President-elect"). */
export const AFTER_HEAD: ReadonlySet<string> = new Set(['elect', 'designate']);
const STOP = new Set(['of', 'the', 'a', 'an', 'and', 'for', 'to', "'s", 'u', 'unnamed', 'not', 'in']);

type ActorMap = ReadonlyMap<string, Actor>;

export interface RoleIndex {
  heads: ReadonlySet<string>;
  words: ReadonlySet<string>;
  /** Person actors by role: the role's head noun and all its words. */
  holders: ReadonlyMap<string, { head: string; words: ReadonlySet<string> }>;
}

/** Words of a role with the parts that name the holder's own affiliation removed. */
function roleWords(role: string, naming: ReadonlySet<string>): string[] {
  return tokenize(role.replace(/\([^)]*\)/g, ' '))
    .filter((t) => t.kind === 'word' && !STOP.has(t.norm) && !naming.has(t.norm))
    .map((t) => t.norm);
}

export function buildRoleIndex(matcher: Matcher): RoleIndex {
  const heads = new Set(TITLE_HEADS);
  const words = new Set([...TITLE_HEADS, ...TITLE_MODIFIERS]);
  const holders = new Map<string, { head: string; words: ReadonlySet<string> }>();
  for (const a of matcher.actors.values()) {
    if (a.kind !== 'person' || !a.role || a.provisional) continue;
    const naming = new Set<string>();
    for (const id of affiliationChain(a.id, matcher.actors).slice(1)) {
      const aff = matcher.actors.get(id);
      for (const n of aff ? [aff.name, ...aff.aliases] : []) for (const t of tokenize(n)) naming.add(t.norm);
    }
    const ws = roleWords(a.role, naming);
    if (!ws.length || ws.length > 5) continue;
    const head = ws[ws.length - 1];
    holders.set(a.id, { head, words: new Set(ws) });
    heads.add(head);
    for (const w of ws) words.add(w);
  }
  return { heads, words, holders };
}

function isTitleWord(t: Token | undefined, roles: RoleIndex): boolean {
  return !!t && t.kind === 'word' && roles.words.has(t.norm);
}

/**
 * Rule `otherHolder`: whether a name written after an office may be its gazetteer holder's, another
 * spelling of it ("President Recep Erdogan" for "Recep Tayyip Erdoğan"): they share a word. Else
 * it names another person who held or holds it ("former US President Barack Obama"), not the holder.
 */
function sharesNameWord(name: readonly Token[], holder: Actor | undefined): boolean {
  if (!holder) return false;
  const words = new Set([holder.name, ...holder.aliases].flatMap((n) => tokenize(n).filter((t) => t.kind === 'word' && t.norm.length >= 3).map((t) => t.norm)));
  return name.some((t) => t.kind === 'word' && words.has(t.norm));
}

/**
 * Rule `hyphenatedTitle`: whether token p is a hyphen written between two title words without
 * spaces ("Secretary-General", "Attorney-General"): part of the title, not punctuation.
 */
function titleHyphen(tokens: readonly Token[], p: number, roles: RoleIndex): boolean {
  const t = tokens[p];
  const prev = tokens[p - 1];
  const next = tokens[p + 1];
  return !!t && t.text === '-' && !!prev && !!next && prev.end === t.start && t.end === next.start && isTitleWord(prev, roles) && isTitleWord(next, roles);
}

/** The gazetteer person holding a title for a body, if exactly one matches. */
function holderOf(title: readonly Token[], bodyId: string, actors: ActorMap, roles: RoleIndex): string | undefined {
  const ws = title.map((t) => t.norm);
  const head = ws[ws.length - 1];
  const found: string[] = [];
  for (const [id, r] of roles.holders) {
    if (r.head !== head || !ws.every((w) => r.words.has(w) || w === 'top' || w === 'senior')) continue;
    if (affiliationChain(id, actors).slice(1).includes(bodyId)) found.push(id);
  }
  return found.length === 1 ? found[0] : undefined;
}

/** Whether tokens [i, end) are a new name: not junk, not a gazetteer actor, not inside a gazetteer mention. */
function unknownName(tokens: readonly Token[], text: string, i: number, end: number, mentions: readonly Mention[], actors: ActorMap): boolean {
  const name = normalizeName(text.slice(tokens[i].start, tokens[end - 1].end));
  const id = slugify(name);
  if (!id || isJunkName(name) || (actors.has(id) && !actors.get(id)!.provisional)) return false;
  return !mentions.some((o) => o.via !== 'discovered' && o.tokenStart < end && o.tokenEnd > i);
}

/**
 * A lower-case second part of a given name written with a hyphen ("Jong-un", "Jae-in", "Min-ho",
 * and the longer romanised syllables of Cantonese and Korean names, "Po-keung", "Ka-cheung": a
 * consonant onset, a vowel and at most a nasal or stop coda); not "-led", "-era", "-backed" and the like.
 */
const KOREAN_SYLLABLE = /^(?!(?:led|run|era|born|held|made|like|wide|free|type|based|ally)$)(?:\p{Ll}{2,4}|[bcdfghjklmnpqrstvwxz]{1,3}[aeiouy]{1,3}(?:ng|[nmkpt])?)$/u;

/**
 * Rule `nameJoints`: how many tokens at j join a name's parts without being a part: a hyphen written
 * between two parts with no space ("Abdel-Fattah El-Sisi", "Adil Abdul-Mahdi"), or a middle initial
 * with its dot before a capitalised part ("Donald J. Trump"); 0 when none. News writes names so;
 * read as punctuation, they cut a name in two.
 */
function nameJoint(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  const next = tokens[j + 1];
  const prev = tokens[j - 1];
  if (!t || !next || !prev || prev.kind !== 'word') return 0;
  // "al-Assad", "el-Sisi": a particle before the hyphen joins too.
  if (t.text === '-' && prev.end === t.start && t.end === next.start && next.kind === 'word' && (prev.cap || (NAME_PARTICLE.test(prev.norm) && next.cap)) && (next.cap || KOREAN_SYLLABLE.test(next.text))) return 1;
  const initial = t.kind === 'word' && t.upper && /^\p{Lu}$/u.test(t.text) && next.text === '.' && next.start === t.end;
  const after = tokens[j + 2];
  return initial && after?.kind === 'word' && after.cap && !after.upper ? 2 : 0;
}

/** Most tokens a name is read over, joints and particles included (a bound for runs of them). */
const MAX_NAME_TOKENS = 16;

/** Whether token k is a word of a name, not a joint's hyphen or initial. */
const isNameWord = (tokens: readonly Token[], k: number): boolean => tokens[k].kind === 'word' && !(tokens[k].upper && tokens[k].text.length === 1 && tokens[k + 1]?.text === '.');

/** Words of the name in tokens [a, b); particles ("bin", "Al") do not count ("Tamim bin Hamad Al-Thani" is three). */
export const nameWords = (tokens: readonly Token[], a: number, b: number): number => {
  let n = 0;
  for (let k = a; k < b; k++) if (isNameWord(tokens, k) && !particleAt(tokens, k)) n++;
  return n;
};

/**
 * Rule `weekdayAfterName`: a weekday right after a name ("Foreign Minister Karl Vostrand Tuesday
 * condemned …", as news agencies date an act) is the act's time, never the name's last word.
 */
const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);

/** Capitalised name tokens starting at i ("Faisal bin Farhan", "Luiz Inácio Lula da Silva"), at most five words. */
export function nameAt(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length && j - i < MAX_NAME_TOKENS && nameWords(tokens, i, j) < 7) {
    const joint = j > i ? nameJoint(tokens, j) : 0;
    if (joint) {
      // The hyphen and the part after it, whatever its case ("Min-ho"); an initial and its dot.
      j += joint === 1 ? 2 : joint;
      continue;
    }
    const t = tokens[j];
    const particle = particleAt(tokens, j) && j > i;
    if (t.kind !== 'word' || !(t.cap || particle) || t.upper) break;
    // A Title Case heading capitalises what follows the name: "Minister X Before Their Meeting";
    // rule `titledHeadlineName`: "Secretary X Travels to …".
    if (j > i && (isFunctionWord(t.norm) || WEEKDAY_SET.has(t.norm) || isHeadlineWord(t.norm))) break;
    j++;
  }
  while (j > i && !tokens[j - 1].cap && particleAt(tokens, j - 1)) j--;
  return nameWords(tokens, i, j) <= 5 ? j : i;
}

/** Start of the capitalised name ending just before `end` ("Lula" in "Lula, Brazil's president,"), or `end`. */
function nameBefore(tokens: readonly Token[], end: number): number {
  let s = end;
  while (s > 0 && end - s < MAX_NAME_TOKENS && nameWords(tokens, s, end) < 6) {
    // "Abdul-Mahdi", "Donald J. Trump": joints inside the name.
    if (s < end && s > 1 && nameJoint(tokens, s - 1) === 1) {
      s--;
      continue;
    }
    if (s > 2 && tokens[s - 1].kind === 'word' && !tokens[s - 1].cap && nameJoint(tokens, s - 2) === 1) {
      s -= 2;
      continue;
    }
    if (s < end && s > 2 && nameJoint(tokens, s - 2) === 2) {
      s -= 2;
      continue;
    }
    const t = tokens[s - 1];
    const particle = particleAt(tokens, s - 1) && s < end;
    if (t.kind !== 'word' || !(t.cap || particle) || t.upper || PREPOSITIONS.has(t.norm) || DETERMINERS.has(t.norm)) break;
    s--;
  }
  while (s < end && !tokens[s].cap) s++;
  return nameWords(tokens, s, end) <= 5 ? s : end;
}

/** Sentence adverbs that stand before a comma like a name would ("Meanwhile, Brazil's president, ..."). */
export const CONNECTIVES: ReadonlySet<string> = new Set(
  (
    'meanwhile however separately earlier later instead still also moreover furthermore nonetheless ' +
    'nevertheless elsewhere overall indeed thus therefore then now again finally first second third ' +
    'last next previously afterwards otherwise similarly likewise besides yet so hence notably ' +
    'initially ultimately subsequently accordingly consequently alternatively regardless'
  ).split(' '),
);
/** Abbreviated ranks and honorifics: only with their dot ("Gen. Munir"; "Gen Nakatani" is a name). */
const ABBREVIATED_RANKS = new Set('mr mrs ms dr gen lt col maj brig cdr cmdr sgt capt adm gov sen rep prof amb rev'.split(' '));
/** Honorifics written out; rule `sayyidHonorific`: the Arabic "Sayyid" / "Sayyed" as "Sheikh"; rule `royalStyle`: "Majesty", "Highness", "Excellency" (discover.ts). */
const HONORIFICS = new Set('sir dame lord lady field marshal sheikh sayyid sayyida sayyed majesty highness excellency'.split(' '));
/** Words of a style that take "His"/"Her" before them ("His Royal Highness", "Her Excellency"). */
const STYLES = new Set(['majesty', 'highness', 'excellency']);

/** Rule `royalStyle`: "His"/"Her" before a style, or "Royal" before "Highness", is the style's, not a name's first word. */
function opensStyle(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j].norm;
  const next = tokens[j + 1]?.norm ?? '';
  if (w === 'royal') return next === 'highness';
  return (w === 'his' || w === 'her') && (STYLES.has(next) || (next === 'royal' && tokens[j + 2]?.norm === 'highness'));
}
/** Lower-case particles inside names: Arabic ("bin", "al"), Maghrebi and Saharan ("ould", "ag": son of), Iberian, Filipino ("dela"), Italian, Dutch, German. */
/** Lower-case words inside a person's name ("Tamim bin Hamad", "Salem ould Breihmatt", "Arnel dela Vega"). */
export const NAME_PARTICLES = ['bin', 'bint', 'ibn', 'abu', 'al', 'el', 'de', 'da', 'do', 'dos', 'das', 'di', 'du', 'del', 'della', 'dela', 'van', 'von', 'der', 'ould', 'ag'] as const;
const NAME_PARTICLE = new RegExp(`^(?:${NAME_PARTICLES.join('|')})$`);
/** Articles that follow a particle in a chain ("Juan de la Cruz", "de los"; "du" is one already). */
export const PARTICLE_ARTICLES = ['la', 'las', 'los', 'le', 'les'] as const;
const PARTICLE_ARTICLE = new RegExp(`^(?:${PARTICLE_ARTICLES.join('|')})$`);

/** Whether token k is a name particle: one of NAME_PARTICLES, or a lower-case article right after one ("de la"). */
function particleAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return NAME_PARTICLE.test(t.norm) || (!t.cap && PARTICLE_ARTICLE.test(t.norm) && k > 0 && NAME_PARTICLE.test(tokens[k - 1].norm));
}
/** What may close an appositive name ("Brazil's president, Lula, said"). */
const CLOSERS = new Set([',', '.', ';', ':', '—', '–', ')', '!', '?']);
/** "special envoy to Ukraine", "minister for Europe": a body the office deals with, inside the title. */
const TITLE_LINKS = new Set(['to', 'for', 'of']);
/**
 * Words that join an office's capitalised words to its portfolio or to what it is for: the title's
 * links and "on" ("Commissioner on Human Rights", "Council for National Unity").
 */
export const isTitleLink = (norm: string): boolean => TITLE_LINKS.has(norm) || norm === 'on';

function closes(tokens: readonly Token[], e: number): boolean {
  return e >= tokens.length || (tokens[e].kind === 'punct' && CLOSERS.has(tokens[e].text));
}

function span(tokens: readonly Token[], a: number, b: number, text: string): Pick<Mention, 'start' | 'end' | 'text' | 'tokenStart' | 'tokenEnd'> {
  const start = tokens[a].start;
  const end = tokens[b - 1].end;
  return { start, end, text: text.slice(start, end), tokenStart: a, tokenEnd: b };
}

/** Where the name a title introduces is: a person mention (its index in `out`) or an unknown name. */
interface NameSlot {
  start: number;
  end: number;
  /** Index in the mention list of a person mention at `start`. */
  mention?: number;
  /** Named after what the office is for ("envoy to Ukraine Keith Kellogg"): not the body's usual holder. */
  linked?: boolean;
}

/** The name at token `at`, if any: a person mention, or capitalised words that no gazetteer non-person holds. */
function nameSlot(tokens: readonly Token[], out: readonly Mention[], at: number, actors: ActorMap): NameSlot | undefined {
  const idx = out.findIndex((o) => o.tokenStart === at);
  if (idx >= 0) {
    const o = out[idx];
    // A discovered name may be cut short ("Luiz Inácio Lula" of "... Lula da Silva") or taken
    // for an organisation: after a title, the whole capitalised name is the person.
    const longer = o.via === 'discovered' && nameAt(tokens, at) > o.tokenEnd;
    if (actors.get(o.actorId)?.kind === 'person' && !longer) return { start: at, end: o.tokenEnd, mention: idx };
    if (o.via !== 'discovered') return undefined;
  }
  const end = nameAt(tokens, at);
  return end > at ? { start: at, end } : undefined;
}

/** End of "to Ukraine" in "special envoy to Ukraine", "for the DPRK": a body named right after the title's link word. */
function linkedBodyEnd(tokens: readonly Token[], out: readonly Mention[], k: number, i: number, actors: ActorMap): number | undefined {
  if (!TITLE_LINKS.has(tokens[i]?.norm ?? '')) return undefined;
  const at = tokens[i + 1]?.norm === 'the' ? i + 2 : i + 1;
  return out.find((o, j) => j > k && o.tokenStart === at && actors.get(o.actorId)?.kind !== 'person')?.tokenEnd;
}

/**
 * Data: nouns that end the portfolio of an office written out in capitals, as state departments
 * and foreign ministries name them ("Special Representative for Korean Peninsula Peace and
 * Security Affairs", "Director General for Asian and Oceanian Affairs", "Under Secretary for
 * Political Affairs"): what follows is the holder's name.
 */
const PORTFOLIO_ENDS = new Set(
  (
    'affairs issues policy relations security cooperation peace operations negotiations nonproliferation ' +
    'dialogue process reconciliation transition coordination development diplomacy engagement partnerships ' +
    'counterterrorism peninsula region intelligence'
  ).split(' '),
);
/** Words a portfolio phrase is made of besides capitalised ones. */
const PORTFOLIO_GLUE = new Set(['and', '&', 'the', 'of', ',']);

const LISTED_PORTFOLIOS = OFFICE_PORTFOLIOS.map((p) => p.split(' '));
/** The words of the listed portfolios ("foreign", "affairs", "treasury"). */
const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(LISTED_PORTFOLIOS.flat().filter((w) => !DETERMINERS.has(w)));

/**
 * Rule `portfolioTitle`: end of the portfolio an office title names after its link word at token i,
 * or undefined when there is none. Two ways of writing one: a portfolio of the lexicon
 * (lexicon/office-portfolios.ts) after "of"/"for" ("Secretary of State", "Minister for Foreign
 * Affairs"), capitalised as part of the title (never "the minister of state-owned …"); or
 * capitalised words ending in a portfolio noun after "for"/"of"/"to"/"on" ("for Korean Peninsula
 * Peace and Security Affairs"), cut short by a person named on the way ("for the DPRK Ambassador
 * Sung Kim"). First, where the capitals after "of"/"for" end in a name, the portfolio ends where
 * rule `portfolioHolderName` starts the name. Whether a name follows is the caller's question.
 */
function portfolioEnd(tokens: readonly Token[], i: number, out: readonly Mention[], actors: ActorMap, roles: RoleIndex): number | undefined {
  const link = tokens[i]?.norm ?? '';
  if (PORTFOLIO_LINKS.includes(link)) {
    const named = portfolioBeforeName(tokens, i, out, roles);
    if (named !== undefined) return named;
    for (const words of LISTED_PORTFOLIOS) {
      const end = i + 1 + words.length;
      const run = tokens.slice(i + 1, end);
      if (run.length === words.length && run.every((t, j) => t.kind === 'word' && t.norm === words[j] && (t.cap || DETERMINERS.has(t.norm) || t.norm === 'and')) && tokens[end]?.kind !== 'possessive' && tokens[end]?.text !== '-') return end;
    }
  }
  if (!isTitleLink(link)) return undefined;
  let last: number | undefined;
  for (let j = i + 1; j < tokens.length && j < i + 12; j++) {
    const t = tokens[j];
    if (!(t.kind === 'word' && t.cap) && !PORTFOLIO_GLUE.has(t.norm)) break;
    if (out.some((o) => o.tokenStart <= j && j < o.tokenEnd && actors.get(o.actorId)?.kind === 'person')) break;
    if (t.kind === 'word' && t.cap && PORTFOLIO_ENDS.has(t.norm)) last = j + 1;
  }
  return last;
}

/** Most tokens from a link word to the end of the capitals after it that rule `portfolioHolderName` reads. */
const MAX_PORTFOLIO_RUN = 18;

/**
 * Where the holder's name starts after the portfolio a title names with "of"/"for" at token i
 * (rule `portfolioHolderName`), when the capitals after it end in a name no gazetteer mention is
 * part of (those are read by the other rules: "for Afghanistan Jane Roe", "Sergei Lavrov").
 */
function portfolioBeforeName(tokens: readonly Token[], i: number, out: readonly Mention[], roles: RoleIndex): number | undefined {
  let end = i + 1;
  while (end < tokens.length && end - i < MAX_PORTFOLIO_RUN) {
    const t = tokens[end];
    const joint = nameJoint(tokens, end);
    if (joint) end += joint;
    else if (((t.kind === 'word' && (t.cap || particleAt(tokens, end))) || PORTFOLIO_GLUE.has(t.norm)) && !WEEKDAY_SET.has(t.norm)) end++;
    else break;
  }
  if (end - i >= MAX_PORTFOLIO_RUN || (tokens[end]?.kind === 'word' && tokens[end].cap && !WEEKDAY_SET.has(tokens[end].norm))) return undefined;
  while (end > i + 1 && PORTFOLIO_GLUE.has(tokens[end - 1].norm)) end--;
  if (out.some((o) => o.via !== 'discovered' && o.tokenStart < end && o.tokenEnd > i)) return undefined;
  const s = holderNameStart(tokens, i + 1, end, roles);
  // An appositive name: the portfolio ends at the comma, where the caller reads the name.
  if (s !== undefined) return tokens[s - 1].text === ',' ? s - 1 : s;
  // No name: the capitals are all the portfolio when each is a portfolio's word or an English word
  // ("of Foreign Affairs and Regional Integration said"); not when one could be a name ("Trade and
  // Industry": compromise does not list "Industry").
  const run = tokens.slice(i + 1, end).filter((t) => t.kind === 'word' && t.cap);
  const last = tokens[end - 1];
  const portfolio = (t: Token): boolean => isPortfolioRunWord(t.norm, roles);
  return end > i + 1 && last.kind === 'word' && last.cap && wordClass(last.norm) !== 'modifier' && run.every(portfolio) ? end : undefined;
}

/** Data: words before an office's head that name the office's kind, which compromise does not list ("Cabinet Secretary", Kenya's ministers). */
const OFFICE_KIND_WORDS: ReadonlySet<string> = new Set(['cabinet']);

/**
 * Whether a capitalised word may be part of an office's portfolio: a portfolio's word (below), an
 * office's kind or an English word compromise lists ("Relations", "International"), not a name ("Aramco").
 */
export function isPortfolioRunWord(norm: string, roles: RoleIndex): boolean {
  const kind = wordClass(norm);
  return isPortfolioWord(norm, roles) || OFFICE_KIND_WORDS.has(norm) || kind === 'word' || kind === 'modifier';
}

/**
 * Whether a capitalised word may be one of an office's or its body's name ("High Council for
 * National Unity Chairman", "Interim Government Foreign Relations Commissioner"): a portfolio's
 * word, an office's kind, an adjective or an abstract noun. Unlike `isPortfolioRunWord`, not any
 * English word: a Title Case heading capitalises its verbs and nouns ("Qatar Hosts Army Chief X",
 * "Sudan Talks"), which no office has.
 */
export function isOfficeWord(norm: string, roles: RoleIndex): boolean {
  return isPortfolioWord(norm, roles) || OFFICE_KIND_WORDS.has(norm) || isAbstractNoun(norm) || wordClass(norm) === 'modifier';
}

/** Whether a folded word is one of an office's portfolio: a title word, a portfolio noun or word of the lexicon, a body's noun. */
function isPortfolioWord(norm: string, roles: RoleIndex): boolean {
  return roles.words.has(norm) || PORTFOLIO_ENDS.has(norm) || PORTFOLIO_WORDS.has(norm) || isBodyWord(norm);
}

/** Most words of a holder's name read after a portfolio ("Abdullah bin Rashid Al Nuaimi" is three: particles do not count). */
const MAX_HOLDER_WORDS = 4;

/**
 * Rule `portfolioHolderName`: where the holder's name starts in capitalised words [from, end) that
 * run from an office's link word to the end of its capitals ("of Foreign Affairs and Regional
 * Integration Paul Amerin", "of the Office of External Affairs Yusuf Keita"), or undefined when no
 * name ends them. Portfolios are open-ended, so no list can say where one ends; the name is read
 * from the right instead. Its last word is the surname: not a portfolio's word, and an English word
 * only after a given name ("Mark Green"). Then words back to a portfolio's word (a title word, a
 * portfolio or body noun, an English word or adjective compromise lists: name-or-word.ts), and no
 * further than a given name compromise lists (the name begins there); a word compromise does not
 * list is the name's unless an adjective stands before it ("Blue Economy"), and a third such word
 * only right after a portfolio's noun or an abstract noun ("Affairs Tran Quoc Vuong"; not "Trade
 * and Industry Kofi Mensah"). Particles ("bin", "Al", "de la") and joints ("Al-Misnad", "J.")
 * belong to the name. The portfolio left before it must end in a word (or the comma of an
 * appositive), not "and" or "the"; a one-word name needs a portfolio's noun before it.
 */
function holderNameStart(tokens: readonly Token[], from: number, end: number, roles: RoleIndex): number | undefined {
  const portfolioNoun = (p: number): boolean => p >= from && tokens[p].kind === 'word' && tokens[p].cap && (isPortfolioWord(tokens[p].norm, roles) || isAbstractNoun(tokens[p].norm));
  const modified = (p: number): boolean => p >= from && tokens[p].kind === 'word' && tokens[p].cap && wordClass(tokens[p].norm) === 'modifier';
  let s = end;
  let words = 0;
  /** A particle was read: the word before it is the name's too ("Hamad bin Tariq"). */
  let particle = false;
  /** The name's first word read so far is a given name: the name begins there. */
  let begun = false;
  while (s > from) {
    // "Al-Misnad", "Antony J. Blinken": the word before a hyphen or initial belongs to the unit read.
    if (s < end && s - 2 >= from && nameJoint(tokens, s - 1) === 1) {
      s -= 2;
      continue;
    }
    if (s < end && s - 2 >= from && nameJoint(tokens, s - 2) === 2) {
      s -= 2;
      continue;
    }
    const t = tokens[s - 1];
    if (t.kind !== 'word' || t.upper) break;
    if (particleAt(tokens, s - 1) && s < end) {
      particle = true;
      s--;
      continue;
    }
    if (!t.cap || isPortfolioWord(t.norm, roles)) break;
    const kind = wordClass(t.norm);
    if (words === 0) {
      // The surname: an English word only after a given name ("Mark Green"), never the noun of an adjective before it ("Blue Economy").
      if ((kind === 'word' || kind === 'modifier') && !(s - 2 >= from && tokens[s - 2].kind === 'word' && wordClass(tokens[s - 2].norm) === 'given')) return undefined;
      if (kind === 'unknown' && modified(s - 2)) return undefined;
    } else if (!particle) {
      if ((begun && kind !== 'given') || kind === 'word' || kind === 'modifier' || words >= MAX_HOLDER_WORDS) break;
      // An adjective before it makes a word the portfolio's noun ("Blue Economy"); a third word is
      // the name's only right after a portfolio's noun or an abstract noun ("Affairs Tran Quoc Vuong",
      // "Integration Tran Quoc Vuong"; not "Family Welfare Kofi Mensah").
      if (kind === 'unknown' && (modified(s - 2) || (words >= 2 && !portfolioNoun(s - 2)))) break;
    }
    begun = words > 0 && kind === 'given';
    particle = false;
    words++;
    s--;
  }
  // A lower-case particle the walk ended on starts no name.
  while (s < end && !tokens[s].cap) s++;
  const before = tokens[s - 1];
  if (!words || s >= end || s <= from || !before) return undefined;
  // A lone word after an English word that is no portfolio's noun is no name: "for Water Resources".
  if (words === 1 && before.kind === 'word' && before.cap && !isPortfolioWord(before.norm, roles)) return undefined;
  // "… Regional Integration, Paul Amerin,": a name set off by a comma after the portfolio.
  return before.text === ',' || (before.kind === 'word' && !PORTFOLIO_GLUE.has(before.norm)) ? s : undefined;
}

/** Most tokens between a title's head and a name that its portfolio may take ("Under Secretary of the Treasury for Terrorism and …"). */
const MAX_PORTFOLIO_TOKENS = 14;

/**
 * Rule `portfolioInName`: where the person's name starts inside a discovered name that begins with
 * the portfolio of the title before it ("Senior Advisor for Energy Security Amos Hochstein" read as
 * "Energy Security Amos Hochstein", "Regional Integration Paul Amerin"): where rule
 * `portfolioHolderName` reads the name's start, when a capitalised title head stands before the
 * mention with a link word ("for", "of", "to", "on") and only capitalised words and glue between.
 * Undefined when the mention is no such name.
 */
function portfolioInName(tokens: readonly Token[], m: Mention, roles: RoleIndex): number | undefined {
  let linked = false;
  let head: number | undefined;
  for (let p = m.tokenStart - 1; p >= 0 && m.tokenStart - p <= MAX_PORTFOLIO_TOKENS; p--) {
    const t = tokens[p];
    if (t.kind === 'word' && t.cap && roles.heads.has(t.norm)) {
      if (linked) head = p;
      break;
    }
    if (isTitleLink(t.norm)) linked = true;
    else if (!(t.kind === 'word' && t.cap) && !PORTFOLIO_GLUE.has(t.norm)) break;
  }
  if (head === undefined) return undefined;
  // Where the name starts, as after any portfolio (rule `portfolioHolderName`), inside the mention.
  const cut = holderNameStart(tokens, head + 1, m.tokenEnd, roles);
  return cut !== undefined && cut > m.tokenStart && tokens[cut - 1].kind === 'word' && nameAt(tokens, cut) === m.tokenEnd ? cut : undefined;
}

/**
 * The name a body's title introduces ("U.S. envoy Steve Witkoff"), skipping what the office is
 * for ("special envoy to Ukraine Keith Kellogg") and reading an appositive ("Brazil's president,
 * Luiz Inácio Lula da Silva,").
 */
function namedAfter(tokens: readonly Token[], out: readonly Mention[], k: number, i: number, actors: ActorMap, roles: RoleIndex): NameSlot | undefined {
  let at = i;
  // "for the DPRK Ambassador Sung Kim": a body right after the link word; else a portfolio.
  const bodyEnd = linkedBodyEnd(tokens, out, k, i, actors);
  const named = bodyEnd !== undefined && !!nameSlot(tokens, out, skipRanks(tokens, bodyEnd, roles), actors);
  const linkEnd = named ? bodyEnd : (portfolioEnd(tokens, i, out, actors, roles) ?? bodyEnd);
  const linked = linkEnd !== undefined && !!nameSlot(tokens, out, skipRanks(tokens, linkEnd, roles), actors);
  if (linked) at = skipRanks(tokens, linkEnd, roles);
  let slot: NameSlot | undefined;
  if (tokens[at]?.text === ',') {
    slot = nameSlot(tokens, out, skipRanks(tokens, at + 1, roles), actors);
    if (slot && !closes(tokens, slot.end)) slot = undefined;
  } else slot = nameSlot(tokens, out, skipRanks(tokens, at, roles), actors);
  return slot && { ...slot, linked };
}

/** Ranks and honorifics before a name ("General Asim Munir", "Gen. Asim Munir", "Dr. Ali"). */
function skipRanks(tokens: readonly Token[], at: number, roles: RoleIndex): number {
  let j = at;
  while (j < at + 4 && tokens[j]?.kind === 'word') {
    const w = tokens[j].norm;
    const dotted = tokens[j + 1]?.text === '.';
    if (!roles.words.has(w) && !HONORIFICS.has(w) && !(ABBREVIATED_RANKS.has(w) && dotted) && !opensStyle(tokens, j)) break;
    const n = dotted ? j + 2 : j + 1;
    if (!tokens[n]?.cap || tokens[n].kind !== 'word') break;
    j = n;
  }
  return j;
}

/** Tokens that end a sentence, where a fronted phrase may begin after them. */
const SENTENCE_ENDS = new Set(['.', '!', '?']);

/**
 * Whether token p sits in a phrase fronted before the sentence's subject ("After meeting the
 * President of Egypt, …", "In a call with the president of Kenya, …"): the sentence opens with a
 * preposition or an "-ing" word and no comma comes between its start and p.
 */
function inFrontedPhrase(tokens: readonly Token[], p: number): boolean {
  let j = p - 1;
  while (j >= 0 && !SENTENCE_ENDS.has(tokens[j].text)) {
    if (tokens[j].text === ',' || tokens[j].text === ';') return false;
    j--;
  }
  const first = tokens[j + 1];
  return j + 1 < p && first.kind === 'word' && (PREPOSITIONS.has(first.norm) || (/ing$/.test(first.norm) && isVerbInflection(first.norm)));
}

/** Most offices one person is named with, joined by "and" ("Deputy Prime Minister and Minister of Foreign Affairs"). */
const MAX_CHAINED_TITLES = 3;
/** Data: a title's first words that make it a second office of someone who holds another ("Deputy Prime Minister and …"). */
const DEPUTY_FORMS = new Set(['deputy', 'vice']);
/** Data: words before a head that rank the office, not name its portfolio ("Prime Minister", "Crown Prince"). */
const RANK_WORDS = new Set(['prime', 'vice', 'deputy', 'crown', 'supreme', 'senior', 'top', 'chief', 'acting', 'associate', 'permanent', 'executive', 'special']);

/**
 * Rule `chainedTitles`: "Deputy Prime Minister and Minister of Foreign Affairs X", "Standing
 * Committee Member and Director of the Office of External Affairs Y": offices joined by "and", each
 * capitalised and ending in a title's head (its portfolio read on), are one person's when a name
 * follows the last; returns where that last title ends, or `i` (the first title's end) when no name
 * follows ("the Russian President and Foreign Minister met": two people). "and" also joins two
 * people ("British Prime Minister and President X"), so the chain needs the last office to name a
 * portfolio ("of"/"for" or a portfolio's word before its head: "Foreign Minister") or the first to be
 * a deputy's; a bare head ("President", "Senator") before a name is that name's own title, and a
 * known person of another body is not the first office's holder.
 */
function chainedTitles(tokens: readonly Token[], out: readonly Mention[], k: number, first: number, i: number, actors: ActorMap, roles: RoleIndex): number {
  let end = i;
  let portfolio = false;
  let bare = false;
  for (let n = 0; n < MAX_CHAINED_TITLES && tokens[end]?.norm === 'and'; n++) {
    const from = end + 1;
    let j = from;
    while (isTitleWord(tokens[j], roles) && tokens[j].cap && j - from < 6) j++;
    while (j > from && !roles.heads.has(tokens[j - 1].norm)) j--;
    if (j === from) break;
    const headEnd = j;
    // Rule `hyphenedTitleEnd` in a chain: "… and Foreign Minister-Designate X": the "-Designate" is the last office's.
    if (titleHyphen(tokens, j, roles) && AFTER_HEAD.has(tokens[j + 1].norm)) j += 2;
    const titleEnd = j;
    for (let p = 0; p < 2; p++) j = portfolioEnd(tokens, j, out, actors, roles) ?? j;
    portfolio = j > titleEnd || tokens.slice(from, headEnd - 1).some((t) => !RANK_WORDS.has(t.norm) && !roles.heads.has(t.norm));
    bare = j === titleEnd && headEnd - from === 1;
    end = j;
  }
  if (end === i || bare || !(portfolio || DEPUTY_FORMS.has(tokens[first].norm))) return i;
  const slot = namedAfter(tokens, out, k, end, actors, roles);
  const known = slot?.mention !== undefined ? actors.get(out[slot.mention].actorId) : undefined;
  const otherBody = !!known && !known.provisional && !!known.affiliation && known.affiliation !== out[k].actorId;
  return slot && !otherBody ? end : i;
}

/**
 * Rewrites mentions for titles. `text` is the document (mention text is sliced from it);
 * returns the new mentions (sorted) and provisional people named after a title.
 *
 * A body before a title and a name is the person's affiliation, not a second actor: "Nigerian
 * President Bola Tinubu", "Brazil's president, Lula," and "Lula, Brazil's president," are each
 * one mention of the person.
 */
export function applyTitles(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  text: string,
  actors: ActorMap,
  roles: RoleIndex,
): { mentions: Mention[]; discovered: Actor[] } {
  const out = [...mentions].sort((a, b) => a.tokenStart - b.tokenStart);
  const discovered: Actor[] = [];
  const isHead = (t: Token | undefined): boolean => !!t && roles.heads.has(t.norm);
  /** A person of the gazetteer, or one this sentence's titles have just named ("President Abdel-Fattah El-Sisi of Egypt"). */
  const isPerson = (id: string): boolean => actors.get(id)?.kind === 'person' || discovered.some((d) => d.id === id && d.kind === 'person');
  /** The person `id` learns its affiliation and role, unless it has one. */
  const affiliate = (id: string, body: string, role: string | undefined, name?: string): void => {
    const known = actors.get(id);
    if (known && (!known.provisional || known.affiliation)) return;
    const here = discovered.findIndex((d) => d.id === id);
    const office = role ? { role: normalizeName(role) } : {};
    // Named just now without a body ("President Kim Jong-un" read before "of North Korea"): it learns it.
    if (here >= 0) {
      if (!discovered[here].affiliation) discovered[here] = { ...discovered[here], kind: 'person', affiliation: body, ...office };
      return;
    }
    discovered.push({ ...(known ?? { id, name: name ?? id, aliases: [] }), kind: 'person', affiliation: body, ...office, provisional: true });
  };
  /** Replaces mentions overlapping [a, b) by one mention of `id` over that span. */
  const replace = (a: number, b: number, base: Mention, patch: Partial<Mention>): number => {
    const first = out.findIndex((o) => o.tokenEnd > a && o.tokenStart < b);
    const last = out.length - 1 - [...out].reverse().findIndex((o) => o.tokenEnd > a && o.tokenStart < b);
    out.splice(first, last - first + 1, { ...base, ...span(tokens, a, b, text), possessive: tokens[b]?.kind === 'possessive', ...patch });
    return first;
  };
  /** A plural title read with its first name ("Presidents A of X"), for the names listed after it, and where that name's body ends. */
  let sharedTitle: { role: string; after: number } | undefined;
  for (let k = 0; k < out.length; k++) {
    const cut = out[k].via === 'discovered' ? portfolioInName(tokens, out[k], roles) : undefined;
    if (cut !== undefined) {
      const name = normalizeName(text.slice(tokens[cut].start, out[k].end));
      const id = slugify(name);
      if (!discovered.some((d) => d.id === id)) discovered.push({ id, name, kind: 'person', aliases: [], provisional: true });
      out[k] = { ...out[k], ...span(tokens, cut, out[k].tokenEnd, text), actorId: id };
    }
    const m = out[k];
    const actor = actors.get(m.actorId);
    if (!actor) continue;
    // Title words after the body: "Iran's foreign minister", "U.S. special envoy", "Republic of
    // Korea (ROK) Special Representative", "Japanese Ministry of Foreign Affairs Director General".
    let i = m.tokenEnd + (m.possessive ? 1 : 0);
    i = acronymGlossEnd(tokens, i);
    const first = i;
    // "state-owned", "government-run": a title word joined to a word of another kind describes, it is no title.
    const compound = (p: number): boolean => tokens[p + 1]?.text === '-' && tokens[p + 1].start === tokens[p].end && !isTitleWord(tokens[p + 2], roles);
    while (((isTitleWord(tokens[i], roles) && !compound(i)) || titleHyphen(tokens, i, roles) || (tokens[i]?.norm === 'of' && isTitleWord(tokens[i - 1], roles) && isTitleWord(tokens[i + 1], roles) && tokens[i + 1].cap)) && i - first < 8) i++;
    while (i > first && !isHead(tokens[i - 1])) i--;
    // "President-elect", "Prime Minister-designate": a hyphenated word after the head is the title's.
    if (i > first && titleHyphen(tokens, i, roles) && AFTER_HEAD.has(tokens[i + 1].norm)) i += 2;
    const headEnd = i;
    // "Secretary of State for Foreign Affairs": a portfolio may name a second one.
    for (let n = 0; n < 2 && i > first; n++) i = portfolioEnd(tokens, i, out, actors, roles) ?? i;
    if (i > first && actor.kind !== 'person') i = chainedTitles(tokens, out, k, first, i, actors, roles);
    if (i > first && actor.kind !== 'person') {
      const title = tokens.slice(first, headEnd);
      const slot = namedAfter(tokens, out, k, i, actors, roles);
      if (slot?.mention !== undefined) {
        // "Iranian Foreign Minister Abbas Araghchi": the title belongs to the named person.
        const person = out[slot.mention];
        // The role runs to the name when it names what the office is for ("… for Asian and Oceanian Affairs").
        affiliate(person.actorId, m.actorId, text.slice(tokens[first].start, tokens[(slot.linked ? slot.start : i) - 1].end));
        k = replace(m.tokenStart, slot.end, person, {});
        continue;
      }
      // "Lula, Brazil's president,": an appositive after the person's name.
      let b = m.tokenStart - 1;
      if (tokens[b]?.norm === 'the' || tokens[b]?.norm === 'a' || tokens[b]?.norm === 'an') b--;
      const titleEnd = linkedBodyEnd(tokens, out, k, i, actors) ?? i;
      if (!slot && b > 0 && tokens[b].text === ',' && closes(tokens, titleEnd)) {
        const prev = out[k - 1];
        const role = text.slice(tokens[first].start, tokens[i - 1].end);
        const s = nameBefore(tokens, b);
        // A discovered name may be cut short ("Yildiz" of "Emre Yildiz"): the whole name wins.
        if (prev && prev.tokenEnd === b && actors.get(prev.actorId)?.kind === 'person' && (prev.via !== 'discovered' || s >= prev.tokenStart)) {
          affiliate(prev.actorId, m.actorId, role);
          k = replace(prev.tokenStart, titleEnd, prev, {});
          continue;
        }
        const connective = b - s === 1 && (CONNECTIVES.has(tokens[s].norm) || /ly$/.test(tokens[s].norm));
        if (s < b && (s === 0 || tokens[s - 1].kind === 'punct') && !connective && unknownName(tokens, text, s, b, out, actors)) {
          const name = normalizeName(text.slice(tokens[s].start, tokens[b - 1].end));
          const id = slugify(name);
          affiliate(id, m.actorId, role, name);
          k = replace(s, titleEnd, m, { actorId: id, via: 'discovered', confidence: 0.8 });
          continue;
        }
      }
      const holder = holderOf(title, m.actorId, actors, roles);
      // The gazetteer's holder of the office wins over an unknown name, unless the title is more
      // specific than the holder's ("special envoy to Ukraine Keith Kellogg") or the name is
      // another person's (rule `otherHolder`).
      if (holder && !slot?.linked && (!slot || sharesNameWord(tokens.slice(slot.start, slot.end), actors.get(holder)))) {
        // "Iran's president, Masoud Pezeshkian,": the name is the holder's, one mention.
        if (slot) k = replace(m.tokenStart, slot.end, m, { actorId: holder, via: 'title', confidence: 0.9 });
        else out[k] = { ...m, ...span(tokens, m.tokenStart, i, text), actorId: holder, via: 'title', possessive: tokens[i]?.kind === 'possessive', confidence: 0.9 };
      } else if (slot && unknownName(tokens, text, slot.start, slot.end, out, actors)) {
        const name = normalizeName(text.slice(tokens[slot.start].start, tokens[slot.end - 1].end));
        const id = slugify(name);
        affiliate(id, m.actorId, text.slice(tokens[m.tokenStart].start, tokens[(slot.linked ? slot.start : i) - 1].end), name);
        // Names compromise found inside it ("Alnami" alone) give way to the whole name.
        k = replace(m.tokenStart, slot.end, m, { actorId: id, via: 'discovered', confidence: 0.8 });
      } else {
        // An unlisted office holder acts for the body: keep the body, over the whole title (names
        // discovery read in its portfolio, "Regional Integration", are the title's words).
        k = replace(m.tokenStart, i, m, { via: 'title', confidence: 0.8 });
      }
      continue;
    }
    // "the president of Iran": title words, "of", the body.
    const officeOf = tokens[m.tokenStart - 1]?.norm === 'the' ? m.tokenStart - 2 : m.tokenStart - 1;
    // A demonym after "of the" begins a longer name ("the Commander of the Bosnian Serb Army").
    if (tokens[officeOf]?.norm === 'of' && actor.kind !== 'person' && m.via !== 'demonym') {
      let s = officeOf;
      const endTitle = s;
      // "the Minister of Foreign Affairs of Kenya": an office's head with its portfolio before the body.
      const portfolioOf = (p: number): boolean => tokens[p]?.norm === 'of' && isTitleWord(tokens[p - 1], roles) && !!tokens[p + 1]?.cap;
      // "The Secretary-General of …": a hyphenated head is the title's, as before a body (rule `hyphenatedTitle`).
      while ((isTitleWord(tokens[s - 1], roles) || portfolioOf(s - 1) || titleHyphen(tokens, s - 1, roles)) && endTitle - s < 8) s--;
      const ofInTitle = tokens.slice(s, endTitle).findIndex((t) => t.norm === 'of');
      const portfolioAt = ofInTitle < 0 ? undefined : s + ofInTitle;
      // With a portfolio the head stands before its "of"; without one, the title ends in it.
      const headed = portfolioAt !== undefined ? isHead(tokens[portfolioAt - 1]) && tokens.slice(portfolioAt, endTitle).every((t) => t.norm === 'of' || t.cap) : isHead(tokens[endTitle - 1]);
      if (s < endTitle && headed && !out.some((o) => o !== m && o.tokenEnd > s && o.tokenStart < endTitle)) {
        // "President of Brazil Luiz Inácio Lula da Silva": the person, affiliated with the body.
        // Rule `officeOfBodyAppositive`: so is a name set off by commas after it ("the Foreign
        // Minister of the Republic of Kenya, Karl Vostrand,"), ending at a closer as any appositive.
        const comma = tokens[m.tokenEnd]?.text === ',';
        // "the Emir of Qatar, Sheikh Tamim …": an honorific or rank before the name is not the name's.
        let slot = nameSlot(tokens, out, skipRanks(tokens, comma ? m.tokenEnd + 1 : m.tokenEnd, roles), actors);
        if (comma && slot && !closes(tokens, slot.end)) slot = undefined;
        // "After meeting the President of Egypt, Witkoff, who …, condemned": the phrase is fronted and
        // the name after its comma is the sentence's subject; a known person of another body is not
        // the office's holder ("the President of Egypt, Witkoff," reads as a list).
        if (comma && slot && inFrontedPhrase(tokens, s)) slot = undefined;
        const named = slot?.mention !== undefined ? actors.get(out[slot.mention].actorId) : undefined;
        if (named && !named.provisional && named.affiliation && named.affiliation !== m.actorId) slot = undefined;
        // A body's noun in the capitals after the body makes them a longer body's name ("the head of the Quds Force").
        if (slot?.mention === undefined && slot && tokens.slice(slot.start, slot.end).some((t) => isBodyWord(t.norm))) slot = undefined;
        const role = text.slice(tokens[s].start, tokens[m.tokenEnd - 1].end);
        if (slot?.mention !== undefined) {
          const person = out[slot.mention];
          affiliate(person.actorId, m.actorId, role);
          k = replace(s, slot.end, person, {});
          continue;
        }
        // "the President of the United States" with no name: left to rule `namedHolder`.
        const holder = officeOf === m.tokenStart - 1 ? holderOf(tokens.slice(s, endTitle), m.actorId, actors, roles) : undefined;
        if (holder) out[k] = { ...m, ...span(tokens, s, m.tokenEnd, text), actorId: holder, via: 'title', confidence: 0.9 };
        else if (slot && unknownName(tokens, text, slot.start, slot.end, out, actors)) {
          const name = normalizeName(text.slice(tokens[slot.start].start, tokens[slot.end - 1].end));
          const id = slugify(name);
          affiliate(id, m.actorId, role, name);
          k = replace(s, slot.end, m, { actorId: id, via: 'discovered', confidence: 0.8 });
          continue;
        }
      }
    }
    // Rule `titleNameOfBody`: "President Kofi Mensah of Ghana", "Presidents Felix Tshisekedi of the
    // DRC": title, name, "of", the body — the person, affiliated with the body.
    const ofAt = tokens[m.tokenStart - 1]?.norm === 'the' ? m.tokenStart - 2 : m.tokenStart - 1;
    if (tokens[ofAt]?.norm === 'of' && actor.kind !== 'person') {
      const titleish = (x: Token | undefined): boolean => isTitleWord(x, roles) || (!!x && x.kind === 'word' && /s$/.test(x.norm) && roles.heads.has(x.norm.slice(0, -1)));
      let t = nameBefore(tokens, ofAt);
      let n = t;
      while (n < ofAt && titleish(tokens[n])) n++;
      while (t > 0 && titleish(tokens[t - 1]) && n - t < 5) t--;
      // Rule `sharedPluralTitle`: "Presidents A of X and B of Y" — a plural title is each listed name's.
      const listed = t === n && !!sharedTitle && (t - 1 === sharedTitle.after ? tokens[t - 1].norm === 'and' || tokens[t - 1].text === ',' : t - 2 === sharedTitle.after && tokens[t - 2].text === ',' && tokens[t - 1]?.norm === 'and');
      // A qualifier ends no title: it is one only before an office's head ("High Command of X" is a body, not "High" X).
      const headBefore = (t < n && (isHead(tokens[n - 1]) || (titleish(tokens[n - 1]) && !QUALIFIERS.has(tokens[n - 1].norm)))) || listed;
      const others = out.filter((o) => o !== m && o.tokenEnd > n && o.tokenStart < ofAt);
      const person = others.length === 1 && others[0].tokenStart >= t && others[0].tokenStart <= n && others[0].tokenEnd === ofAt && (isPerson(others[0].actorId) || others[0].via === 'discovered') ? others[0] : undefined;
      if (n < ofAt && headBefore && (person || (!others.length && unknownName(tokens, text, n, ofAt, out, actors)))) {
        const role = listed && sharedTitle ? sharedTitle.role : text.slice(tokens[t].start, tokens[n - 1].end);
        const plural = !listed && !isHead(tokens[n - 1]);
        sharedTitle = plural ? { role, after: m.tokenEnd } : listed ? { role: sharedTitle!.role, after: m.tokenEnd } : undefined;
        const name = normalizeName(text.slice(tokens[n].start, tokens[ofAt - 1].end));
        const id = person?.actorId ?? slugify(name);
        affiliate(id, m.actorId, role, name);
        k = replace(t, m.tokenEnd, person ?? m, person ? {} : { actorId: id, via: 'discovered', confidence: 0.8 });
        continue;
      }
    }
    // "Under Secretary of State Victoria Nuland": a name discovery cut short ("Victoria") after a
    // title is the whole capitalised name, a person. Rule `titledNamePieces`: discovery may have
    // read the rest as names of their own ("Secretary of State Maria" + "Lind", "Antony" +
    // "Blinken" of "Antony J. Blinken"); discovered pieces inside the whole name give way to it.
    if (m.via === 'discovered' && (titledBefore(tokens, m.tokenStart, roles) || rankedBefore(tokens, m.tokenStart))) {
      const end = nameAt(tokens, m.tokenStart);
      const others = out.filter((o) => o !== m && o.tokenStart < end && o.tokenEnd > m.tokenStart);
      const pieces = others.every((o) => o.via === 'discovered' && o.tokenStart >= m.tokenEnd && o.tokenEnd <= end);
      if (end > m.tokenEnd && pieces && unknownName(tokens, text, m.tokenStart, end, out, actors)) {
        const name = normalizeName(text.slice(tokens[m.tokenStart].start, tokens[end - 1].end));
        const id = slugify(name);
        if (!discovered.some((d) => d.id === id)) discovered.push({ id, name, kind: 'person', aliases: [], provisional: true });
        out[k] = { ...m, ...span(tokens, m.tokenStart, end, text), actorId: id, possessive: tokens[end]?.kind === 'possessive' };
        for (const o of others) out.splice(out.indexOf(o), 1);
      }
    }
    // Title words before a named person: "Foreign Minister Abbas Araghchi" is one mention.
    const titledDiscovery = out[k].via === 'discovered' && titledBefore(tokens, out[k].tokenStart, roles);
    if (actors.get(out[k].actorId)?.kind === 'person' || titledDiscovery || discovered.some((d) => d.id === out[k].actorId && d.kind === 'person')) {
      const cur = out[k];
      let s = cur.tokenStart;
      // "Under Secretary of State Victoria Nuland": "of" between title words, and "Under" before "Secretary", belong to the title.
      const inTitle = (p: number): boolean =>
        isTitleWord(tokens[p], roles) ||
        titleHyphen(tokens, p, roles) ||
        (tokens[p]?.norm === 'of' && isTitleWord(tokens[p - 1], roles) && isTitleWord(tokens[p + 1], roles) && !!tokens[p + 1]?.cap) ||
        (tokens[p]?.norm === 'under' && !!tokens[p]?.cap && roles.heads.has(tokens[p + 1]?.norm ?? ''));
      while (s > 0 && inTitle(s - 1) && cur.tokenStart - s < 7) s--;
      const prev = out[k - 1];
      if (s < cur.tokenStart && (!prev || prev.tokenEnd <= s)) out[k] = { ...cur, ...span(tokens, s, cur.tokenEnd, text) };
    }
  }
  // Rule `possessorAffiliation`: "Venezuela's Nicolas Maduro", "Russia's Putin": a state's possessive
  // right before a person names the person's state, as a demonym before a title does ("Nigerian
  // President X"); before, such a person had none, so the document's pair and the roll-up to states
  // never reached the state.
  for (let k = 1; k < out.length; k++) {
    const owner = out[k - 1];
    if (owner.possessive && owner.tokenEnd + 1 === out[k].tokenStart && actors.get(owner.actorId)?.kind === 'state' && isPerson(out[k].actorId)) affiliate(out[k].actorId, owner.actorId, undefined);
  }
  return { mentions: titledUnknowns(tokens, out, text, actors, roles, discovered), discovered };
}

/**
 * Rule `titledName`: "to meet with President Sisi", "Special Envoy Jane Roe said": a capitalised
 * title with its head, right before capitalised words no mention explains and that end before a
 * word in lower case or punctuation, names a person (discovery may have missed them: it reads only
 * part of a long text). Not in a Title Case heading ("President Meets With …": the name must end
 * the capitals), nor a single word that is a verb form.
 */
function titledUnknowns(tokens: readonly Token[], mentions: Mention[], text: string, actors: ActorMap, roles: RoleIndex, discovered: Actor[]): Mention[] {
  const out = [...mentions];
  const covered = (a: number, b: number): boolean => out.some((m) => m.tokenStart < b && a < m.tokenEnd);
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    // Rule `officeAcronym`: "Director of National Intelligence (DNI) Avril Haines": the office's
    // bracketed acronym stands between the title and the name.
    const acronym = tokens[k - 1].text === ')' && tokens[k - 2]?.upper && tokens[k - 3]?.text === '(' ? 3 : 0;
    const titleEnd = k - acronym;
    // Cheapest tests first: this runs on every token of every sentence.
    if (t.kind !== 'word' || !t.cap || t.upper || roles.words.has(t.norm) || !roles.words.has(tokens[titleEnd - 1]?.norm ?? '') || !titledBefore(tokens, titleEnd, roles) || covered(k, k + 1)) continue;
    // "Envoy Dr. Lena Marsh": a rank or honorific is no name (the name after it is found on its own).
    if (ABBREVIATED_RANKS.has(t.norm) || HONORIFICS.has(t.norm)) continue;
    const end = nameAt(tokens, k);
    const after = tokens[end];
    // Rule `titledNamePieces`: names discovery read inside the whole name give way to it.
    const pieces = out.filter((m) => m.tokenStart < end && k < m.tokenEnd);
    if (end === k || !pieces.every((m) => m.via === 'discovered' && m.tokenEnd <= end) || (after && after.kind === 'word' && after.cap && !WEEKDAY_SET.has(after.norm))) continue;
    if (end - k === 1 && isVerbInflection(t.norm)) continue;
    if (!unknownName(tokens, text, k, end, out, actors)) continue;
    const name = normalizeName(text.slice(tokens[k].start, tokens[end - 1].end));
    const id = slugify(name);
    if (!discovered.some((d) => d.id === id) && !actors.has(id)) discovered.push({ id, name, kind: 'person', aliases: [], provisional: true });
    for (const m of pieces) out.splice(out.indexOf(m), 1);
    let s = titleEnd;
    const titleWord = (p: number): boolean => isTitleWord(tokens[p], roles) && tokens[p].cap && !covered(p, p + 1);
    while (s > 0 && (titleWord(s - 1) || (tokens[s - 1].norm === 'of' && s > 1 && titleWord(s - 2)))) s--;
    out.push({ actorId: id, ...span(tokens, s, end, text), via: 'discovered', possessive: tokens[end]?.kind === 'possessive', confidence: 0.8 });
    k = end;
  }
  return out.sort((a, b) => a.tokenStart - b.tokenStart);
}

/** Whether an abbreviated rank with its dot ("Gen.", "Lt. Gen.") stands right before token i. */
function rankedBefore(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.text === '.' && !!tokens[i - 2]?.cap && ABBREVIATED_RANKS.has(tokens[i - 2].norm);
}

/** Whether capitalised title words with a head ("Under Secretary of State", "Foreign Minister") end right before token i. */
function titledBefore(tokens: readonly Token[], i: number, roles: RoleIndex): boolean {
  let head = false;
  for (let p = i - 1; p >= 0 && p >= i - 5; p--) {
    const t = tokens[p];
    if ((t.norm === 'of' && p < i - 1) || titleHyphen(tokens, p, roles)) continue;
    if (!isTitleWord(t, roles) || !t.cap) break;
    if (roles.heads.has(t.norm)) head = true;
  }
  return head;
}

/** Words that, alone, are titles rather than names (compromise returns "President" as a person). */
export function isTitleOnly(name: string, roles: RoleIndex): boolean {
  const tokens = tokenize(name);
  const words = tokens.filter((t) => t.kind === 'word');
  // Rule `adjectiveBodyName`: title modifiers before a body's noun, no title head among them, are a body's name ("National Army").
  if (words.length > 1 && isBodyWord(words[words.length - 1].norm) && !words.some((t) => roles.heads.has(t.norm))) return false;
  // "Under Secretary": "under" before a title word is part of the title.
  return tokens.every((t, i, all) => t.kind !== 'word' || roles.words.has(fold(t.text)) || STOP.has(t.norm) || (t.norm === 'under' && roles.words.has(all[i + 1]?.norm ?? '')));
}
