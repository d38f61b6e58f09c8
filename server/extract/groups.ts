/**
 * Mention groups: coordinated mentions that act together ("Turkey, Egypt, Qatar, and Oman",
 * "Israeli officials, including Mossad Director David Barnea", "U.S.–Iran"), each with the
 * preposition governing it, which tells subjects ("Qatar mediated") from venues ("in Qatar").
 */
import { DETERMINERS, LOCATIVE_PREPS, PLACE_WORDS, PREPOSITIONS } from './cues';
import { ORGANISATION_KIND_SET } from './lexicon/organisation-kinds';
import type { Mention, Token } from './types';
import { alliedMemberGap } from './allied-member';
import { frontedHelperComma } from './fronted-helper';
import { governmentOf, isGovernmentNoun } from './governments-of';
import { PERSONAL_POSSESSIVES } from './possessive-pronouns';
import { trailingSpeaker } from './trailing-speaker';

/** Data: nouns that head a noun phrase whose modifier names the actor ("Israeli officials"). */
export const HEAD_NOUNS: ReadonlySet<string> = new Set(
  (
    'official officials diplomat diplomats negotiator negotiators delegation delegations force forces ' +
    'troops military army navy government governments authorities leadership leader leaders counterpart counterparts ' +
    'side team administration envoy envoys representatives ministers jet jets fighter fighters drone ' +
    'drones warship warships ship ships aircraft militants soldiers regime officers commanders ' +
    'mediators negotiating'
  ).split(' '),
);

const DASHES = new Set(['-', '‐', '‑', '–', '—']);
/** What may stand between two members of one group, once commas and "the" are removed. */
const CONNECTORS = new Set(['and', 'or', 'nor', '&', 'including', 'as well as', 'along with', 'together with', 'plus', 'and also', 'but also']);
const FILLERS = new Set([',', 'the', 'both', 'itself', 'themselves', 'either', 'neither', 'his', 'her', 'its', 'their']);

export interface Group {
  members: Mention[];
  tokenStart: number;
  /** Exclusive; includes the head noun after the last member ("Iranian drone"). */
  tokenEnd: number;
  /** Joined by a dash without spaces: "U.S.–Iran", "Russia-Ukraine". */
  compound: boolean;
  /** Preposition governing the group ("by", "in", "with"), if any, and its token index. */
  governor?: string;
  governorAt?: number;
  /** "according to X": a source of the report, never a party. */
  attribution: boolean;
  /** Confidence factor of a group built by anaphora ("the two rivals"). */
  confidence: number;
}

/**
 * Rule `pairExamples`: "talks between A and B, including C and D": the names given as examples
 * after a pair closed by "and" under "between"/"among" are the pair's own people or meetings, not
 * more parties of the same talks; they open a group of their own. (Examples of a noun phrase
 * joined to a name, "A and its proxies, including B", stay members: rule `includingExamples`.)
 */
function pairExamples(tokens: readonly Token[], cur: readonly Mention[], links: readonly string[], from: number, to: number): boolean {
  if (cur.length < 2 || links[links.length - 1] !== 'conj') return false;
  const gap = tokens.slice(from, to).filter((t) => !FILLERS.has(t.norm));
  if (gap.length !== 1 || !EXAMPLE_MARKERS.has(gap[0].norm)) return false;
  const lead = governorBefore(tokens, cur[0].tokenStart).prep;
  return lead === 'between' || lead === 'among';
}

/** Data: "<actor>-backed", "<actor>-aligned": the phrase names someone else, supported by the actor. */
const PROXY_PARTICIPLES = new Set(['backed', 'aligned', 'allied', 'funded', 'supported', 'sponsored', 'armed', 'based', 'born', 'linked', 'affiliated', 'friendly', 'trained', 'inspired', 'leaning']);

function isProxyModifier(tokens: readonly Token[], m: Mention): boolean {
  const dash = tokens[m.tokenEnd];
  const next = tokens[m.tokenEnd + 1];
  return !!dash && !!next && DASHES.has(dash.text) && dash.start === tokens[m.tokenEnd - 1].end && PROXY_PARTICIPLES.has(next.norm);
}

/** End of a mention's noun phrase: the mention plus up to two head nouns after it. */
export function phraseEnd(tokens: readonly Token[], m: Mention): number {
  let e = m.tokenEnd;
  if (tokens[e]?.kind === 'possessive') return e;
  while (e - m.tokenEnd < 2 && tokens[e] && HEAD_NOUNS.has(tokens[e].norm) && !tokens[e].cap) e++;
  return e;
}

/**
 * A place named inside a locative phrase: "in the Ukrainian capital Kyiv", "in central Kyiv", "in
 * Istanbul, Turkey," (an appositive, only when the phrase is not fronted: "In Moscow, Putin said"
 * has a subject after the comma). `end` is the token after the place.
 */
function locativeBefore(tokens: readonly Token[], i: number, end: number | undefined): { prep: string; at: number } | undefined {
  let p = i - 1;
  let described = false;
  const appositive = tokens[p]?.text === ',';
  if (appositive) {
    const after = end === undefined ? undefined : tokens[end];
    if (end === undefined || (after && after.kind !== 'punct' && !PREPOSITIONS.has(after.norm))) return undefined;
    p--;
  }
  let words = 0;
  for (; p >= 0 && words < 6; p--, words++) {
    const t = tokens[p];
    if (LOCATIVE_PREPS.has(t.norm) && t.kind === 'word') break;
    if (DASHES.has(t.text)) continue;
    if (t.kind !== 'word') return undefined;
    if (PLACE_WORDS.has(t.norm)) described = true;
    else if (!DETERMINERS.has(t.norm) && !t.cap) return undefined;
  }
  const prep = tokens[p];
  if (!prep || !LOCATIVE_PREPS.has(prep.norm) || words === 0) return undefined;
  if (appositive ? p === 0 || tokens[p - 1].kind === 'punct' : !described) return undefined;
  return { prep: prep.norm, at: p };
}

/** Words of direction before a place name ("north-eastern Syria", "central Ukraine"). */
const COMPASS: ReadonlySet<string> = new Set(
  'north south east west northern southern eastern western northeastern northwestern southeastern southwestern northeast northwest southeast southwest central'.split(' '),
);

/** Arabic articles written before a name with a hyphen ("al-Assad", "el-Sisi", "ad-Din"). */
const NAME_ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an']);

/** Data: words of rank or standing written before an actor's people ("senior Taliban representatives", "high-level Chinese officials"). */
export const RANK_WORDS: ReadonlySet<string> = new Set(
  'senior top high level high-level ranking high-ranking visiting leading key other fellow junior mid working technical'.split(' '),
);

/**
 * Data: words of tenure or fate written before a titled name ("the trial of former President X",
 * "the arrest of ousted Prime Minister Y", "the release of jailed opposition leader Z"). Rule
 * `tenureBeforeName` (issue #12, branch opp20): they describe the holder, as words of rank do.
 */
const TENURE_WORDS: ReadonlySet<string> = new Set('former ousted deposed jailed imprisoned detained exiled outgoing incumbent sitting late embattled'.split(' '));

/** Words that bound a number before it ("more than 200", "at least 20", "nearly 1,000"). */
const QUANTITY_BOUNDS: ReadonlySet<string> = new Set(['over', 'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'up']);

/**
 * Rule `quantityBeforeActor`: "killed more than 1,000 Americans", "at least 20 Israelis": the
 * words that count the people of an actor are no preposition governing it (the preposition, if
 * any, stands before them). `p` is the token before the determiners and numbers skipped before
 * token i; returns the token before the whole count.
 */
function beforeQuantity(tokens: readonly Token[], p: number, i: number): number {
  let q = p;
  // "1,000": digits on both sides of a comma written without spaces.
  const digits = (k: number): boolean => /^\d+$/.test(tokens[k]?.norm ?? '');
  let counted = false;
  for (let k = q + 1; k < i; k++) if (digits(k)) counted = true;
  if (!counted) return p;
  while (q >= 1 && q > p - 8 && tokens[q]?.text === ',' && digits(q - 1) && digits(q + 1) && tokens[q - 1].end === tokens[q].start) q -= 2;
  const t = tokens[q]?.norm;
  const before = tokens[q - 1]?.norm;
  if (t === 'than' && (before === 'more' || before === 'fewer' || before === 'less')) q -= 2;
  else if ((t === 'least' || t === 'most') && before === 'at') q -= 2;
  else if (t === 'to' && before === 'up') q -= 2;
  else if (t !== undefined && QUANTITY_BOUNDS.has(t) && t !== 'up') q -= 1;
  else return q;
  while (q >= 0 && DETERMINERS.has(tokens[q].norm)) q--;
  return q;
}

/** Data: participles that tie people to an actor ("individuals linked to Hamas", "entities affiliated with the IRGC"). */
export const LINKING_PARTICIPLES: ReadonlySet<string> = new Set(['linked', 'connected', 'tied', 'affiliated', 'associated', 'belonging']);
/** Data: nouns of the people or bodies a measure names by their tie to an actor. */
export const TIED_PEOPLE: ReadonlySet<string> = new Set(
  'individuals entities people persons officials members operatives companies firms networks financiers facilitators commanders figures leaders representatives envoys delegations negotiators'.split(' '),
);

/** Data: those who act for an actor, named with "of" or "from" ("representatives of", "the leaders of", "officials from"); not "the people of Ghana". */
export const REPRESENTATIVES: ReadonlySet<string> = new Set('officials members leaders commanders representatives envoys delegations negotiators'.split(' '));

/**
 * Data, rule `forcesOf`: the nouns of a state's or a group's fighting men ("the armed forces of X",
 * "troops of Y", "soldiers of Z"), which act for it as its officials do (rule `peopleOf`), with the
 * words that say which of them ("armed", "security"). Not "the people of X", "the army of volunteers".
 */
const FORCE_NOUNS: ReadonlySet<string> = new Set(['forces', 'troops', 'soldiers']);
const FORCE_QUALIFIERS: ReadonlySet<string> = new Set(['armed', 'security', 'military', 'naval', 'special', 'government']);

/**
 * Rule `linkedPeople`: "sanctions on 15 individuals and entities linked to Hamas", "sanctioned
 * people connected to Hezbollah": people named by their tie to an actor stand for it, as the
 * annotation guide counts measures on a body's officials against the body. `p` is the preposition
 * before the actor ("to"/"with"); returns the token before the people's phrase, or undefined.
 */
function beforeLinkedPeople(tokens: readonly Token[], p: number): number | undefined {
  // Rule `peopleOf`: "met with representatives of the RSF", "condemned the leaders of Hamas": the
  // people of an actor, named with "of", stand for it like the people tied to it.
  // Rule `peopleFrom`: "met with officials from Egypt and Qatar", "a delegation from X": "from" names whose people they are, as "of" does.
  // Rule `forcesOf`: "the armed forces of the United States conducted strikes": the forces act for it.
  const forces = tokens[p]?.norm === 'of' && FORCE_NOUNS.has(tokens[p - 1]?.norm ?? '');
  const rulers = governmentOf(tokens, p);
  const of = ((tokens[p]?.norm === 'of' || tokens[p]?.norm === 'from') && REPRESENTATIVES.has(tokens[p - 1]?.norm ?? '')) || forces || rulers;
  if (!of && ((tokens[p]?.norm !== 'to' && tokens[p]?.norm !== 'with') || !LINKING_PARTICIPLES.has(tokens[p - 1]?.norm ?? ''))) return undefined;
  let q = of ? p - 1 : p - 2;
  let people = false;
  while (q >= 0 && q > p - 10) {
    const n = tokens[q].norm;
    if (TIED_PEOPLE.has(n) || (forces && FORCE_NOUNS.has(n)) || (rulers && isGovernmentNoun(n))) people = true;
    else if (!(DETERMINERS.has(n) || (forces && FORCE_QUALIFIERS.has(n)) || /^\d+$/.test(n) || n === 'and' || n === ',' || n === 'other' || RANK_WORDS.has(n))) break;
    q--;
  }
  if (!people) return undefined;
  // Rule `governmentsOf`: "officials from the governments of A and B": the officials' "from" reaches past the governments.
  if (rulers) return beforeLinkedPeople(tokens, q) ?? beforeQuantity(tokens, q, p);
  return beforeQuantity(tokens, q, p);
}

/**
 * Data: nouns that describe a person by what they do, written before the name ("activist X",
 * "opposition leader Y", "rebel commander Z", "journalists A and B"). Rule `describedNames`.
 */
const DESCRIPTOR_NOUNS: ReadonlySet<string> = new Set(
  ('activist activists leader leaders journalist journalists reporter reporters dissident dissidents commander commanders ' +
    'spokesman spokeswoman spokesperson lawyer lawyers politician politicians lawmaker lawmakers blogger bloggers student students ' +
    'prisoner prisoners hostage hostages detainee detainees militant militants rebel rebels citizen citizens national nationals ' +
    'defender defenders critic critics opponent opponents figure figures cleric clerics businessman businessmen').split(' '),
);
/** Words that may describe the people in such a phrase ("pro-democracy activists and elected leaders", "opposition leader"). */
const DESCRIPTOR_MODIFIERS: ReadonlySet<string> = new Set(
  'opposition elected jailed detained imprisoned prominent former exiled democracy pro rights human civil society independent veteran'.split(' '),
);
/** Most words of a description before names. */
const DESCRIPTION_MAX = 8;

/**
 * Rule `describedNames`: "the executions of pro-democracy activists and elected leaders A, B and C",
 * "talks with opposition leader X": a description of the people right before their names leaves the
 * preposition before it governing them. `p` is the token before the name at `i` (after
 * determiners); returns the token before the description, or p when there is none.
 */
function beforeDescription(tokens: readonly Token[], p: number, i: number): number {
  const t0 = tokens[p];
  // "leader Sybiha" may be the mention itself (a title): then a modifier before it describes it ("opposition").
  const head = !!t0 && !t0.cap && (DESCRIPTOR_NOUNS.has(t0.norm) || (DESCRIPTOR_MODIFIERS.has(t0.norm) && DESCRIPTOR_NOUNS.has(tokens[i]?.norm ?? '')));
  if (!head) return p;
  let q = p - 1;
  while (q >= 0 && q > p - DESCRIPTION_MAX) {
    const t = tokens[q];
    if (t.kind === 'word' && !t.cap && (DESCRIPTOR_NOUNS.has(t.norm) || DESCRIPTOR_MODIFIERS.has(t.norm) || t.norm === 'and' || RANK_WORDS.has(t.norm))) q--;
    else if (['-', '‐', '‑'].includes(t.text)) q--;
    else break;
  }
  while (q >= 0 && DETERMINERS.has(tokens[q].norm)) q--;
  return q;
}

/** Most words describing an organisation before its kind noun ("Peruvian state-owned mining company"). */
const KIND_DESCRIPTION_MAX = 6;

/** Words that end a description: a clause or a list goes on before them ("sanctions on Iran that target the firm X"). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'while', 'when', 'where', 'as', 'because', 'if', 'to']);

/** A capitalised word in a description is its first (a demonym: "on Peruvian state-owned mining company X"). */
const opensDescription = (tokens: readonly Token[], q: number): boolean => {
  const before = tokens[q - 1];
  return !!before && before.kind === 'word' && (DETERMINERS.has(before.norm) || PREPOSITIONS.has(before.norm));
};

/**
 * Rule `describedBody`: "sanctions on Peruvian state-owned mining company X", "talks with the
 * Ghanaian rebel group Y": the words describing an organisation before its name (a kind noun and
 * its modifiers, a demonym, hyphenated adjectives) leave the preposition before them governing it.
 * `p` is the token before the name (after determiners); returns the preposition's token, or p.
 */
function beforeKindDescription(tokens: readonly Token[], p: number): number {
  const kind = tokens[p];
  if (!kind || kind.kind !== 'word' || kind.cap || !ORGANISATION_KIND_SET.has(kind.norm)) return p;
  let q = p - 1;
  while (q >= 0 && q >= p - KIND_DESCRIPTION_MAX) {
    const t = tokens[q];
    if (t.kind === 'word' && PREPOSITIONS.has(t.norm)) return q;
    if (DASHES.has(t.text) && t.start === tokens[q - 1]?.end) q--;
    else if (t.kind === 'word' && !CLAUSE_WORDS.has(t.norm) && (!t.cap || opensDescription(tokens, q))) q--;
    else return p;
  }
  return p;
}

/**
 * First token of the words that only lead up to the actor at token i: a count ("more than 200"
 * in "more than 200 Israelis") or the people tied to it ("15 individuals linked to" Hamas); i when none.
 */
export function leadStart(tokens: readonly Token[], i: number): number {
  let p = i - 1;
  while (p >= 0 && p > i - 6 && (DETERMINERS.has(tokens[p].norm) || /^\d+$/.test(tokens[p].norm))) p--;
  const linked = beforeLinkedPeople(tokens, p);
  if (linked !== undefined) return linked + 1;
  const q = beforeQuantity(tokens, p, i);
  return q === p ? i : q + 1;
}

/**
 * Rule `thatAfterNoun`: "said to reporters that Russia attacked Y": "that" after a noun opens a clause; it is the
 * determiner of the phrase only right after a preposition ("to that Russian unit"), so the
 * preposition before the noun does not govern the clause's subject.
 */
function complementizer(tokens: readonly Token[], p: number): boolean {
  const before = tokens[p - 1];
  return tokens[p]?.norm === 'that' && !!before && before.kind === 'word' && !PREPOSITIONS.has(before.norm) && !DETERMINERS.has(before.norm);
}

/** The preposition before token i, over determiners and numbers, if any (`end`: the token after the phrase). */
export function governorBefore(tokens: readonly Token[], i: number, end?: number): { prep?: string; at: number } {
  let p = i - 1;
  // "into north-eastern Syria", "in the south of": directions describe the place, the preposition still governs it.
  // "against al-Muhandis": a name's article joined by a hyphen, when the mention starts after it.
  if (DASHES.has(tokens[p]?.text ?? '') && NAME_ARTICLES.has(tokens[p - 1]?.norm ?? '') && tokens[p - 1].end === tokens[p].start && tokens[p].end === tokens[i].start) p -= 2;
  while (p >= 0 && p > i - 6 && !complementizer(tokens, p) && (DETERMINERS.has(tokens[p].norm) || /^\d+$/.test(tokens[p].norm) || COMPASS.has(tokens[p].norm) || (DASHES.has(tokens[p].text) && COMPASS.has(tokens[p - 1]?.norm ?? '')))) p--;
  if (complementizer(tokens, p)) return locativeBefore(tokens, i, end) ?? { at: p };
  p = beforeQuantity(tokens, p, i);
  // Rule `rankBeforeActor`: "with senior Taliban representatives", "with top Iranian officials":
  // words of rank before an actor's people leave the preposition governing them.
  // Rule `tenureBeforeName`: "of former President X", "of ousted Prime Minister Y": so do words of tenure before a titled name.
  while (p >= 0 && p > i - 8 && (RANK_WORDS.has(tokens[p].norm) || TENURE_WORDS.has(tokens[p].norm) || DETERMINERS.has(tokens[p].norm) || (DASHES.has(tokens[p].text) && RANK_WORDS.has(tokens[p + 1]?.norm ?? '') && RANK_WORDS.has(tokens[p - 1]?.norm ?? '')))) p--;
  p = beforeLinkedPeople(tokens, p) ?? p;
  // Rule `describedNames`: "executions of pro-democracy activists A and B", "with opposition leader X".
  const described = beforeDescription(tokens, p, i);
  if (described !== p && PREPOSITIONS.has(tokens[described]?.norm ?? '')) p = described;
  else p = beforeKindDescription(tokens, p);
  const t = tokens[p];
  if (t && PREPOSITIONS.has(t.norm)) return { prep: t.norm, at: p };
  return locativeBefore(tokens, i, end) ?? { at: p };
}

function gapKind(tokens: readonly Token[], from: number, to: number): 'compound' | 'comma' | 'conj' | undefined {
  if (to === from + 1 && DASHES.has(tokens[from].text) && tokens[from].start === tokens[from - 1]?.end && tokens[to]?.start === tokens[from].end) {
    return 'compound';
  }
  // Rule `alliedMember` (allied-member.ts): "Iran and its ally Qatar": the next member of the list.
  if (alliedMemberGap(tokens, from, to)) return 'conj';
  const words = tokens.slice(from, to).filter((t) => !FILLERS.has(t.norm));
  if (to - from > 6) return undefined;
  if (!words.length) return tokens.slice(from, to).some((t) => t.norm === ',') ? 'comma' : undefined;
  const ws = words.map((t) => t.norm);
  if (CONNECTORS.has(ws.join(' '))) return 'conj';
  // Rule `peopleOfInList`: "between A and representatives of B", "A and senior officials of B": B is the next member.
  const peopleOf = ws.length >= 3 && CONNECTORS.has(ws[0]) && ws[ws.length - 1] === 'of' && REPRESENTATIVES.has(ws[ws.length - 2]) && ws.slice(1, -2).every((w) => RANK_WORDS.has(w) || DETERMINERS.has(w));
  return peopleOf || examplesOf(tokens.slice(from, to)) ? 'conj' : undefined;
}

/** Words that introduce examples of the noun phrase before them. */
export const EXAMPLE_MARKERS: ReadonlySet<string> = new Set(['including', 'notably', 'especially', 'particularly']);

/**
 * Rule `includingExamples`: "A and its proxies, including B", "A and other groups, notably B": B is
 * an example of a noun phrase joined to A by "and", so a member of A's list (the same part in the
 * sentence). The noun phrase is lower-case words only (no name, number or verb of its own), and a
 * comma stands before the marker.
 */
function examplesOf(tokens: readonly Token[]): boolean {
  // "…, including the Houthis": the article belongs to the member.
  const gap = tokens[tokens.length - 1]?.norm === 'the' ? tokens.slice(0, -1) : tokens;
  const n = gap.length;
  if (n < 4 || gap[0].norm !== 'and' || !EXAMPLE_MARKERS.has(gap[n - 1].norm) || gap[n - 2].text !== ',') return false;
  return gap.slice(1, n - 2).every((t) => t.kind === 'word' && !t.cap && /^\p{Ll}+$/u.test(t.text) && !/(?:ed|ing)$/.test(t.norm));
}

/** Data: rule `openListTail`: the words after "and" that leave a list open ("and other parties", "and others"). */
const OPEN_TAIL_WORDS: ReadonlySet<string> = new Set(['other', 'others']);

/**
 * Rule `openListTail`: "between A, B, and other parties", "A, B and others": names joined by commas
 * and closed by "and other …" are a list of their own, not commas of a place or an apposition;
 * the unnamed rest is no member. Only where the comma cannot close a fronted phrase ("After talks
 * with Iran, China and other powers condemned Israel"): after "between"/"among", with three names
 * or more, or with a serial comma ("Qatar, Egypt, and other mediators") whose first name does not
 * end a phrase opening the sentence ("Unlike Iran, Turkey, and other members").
 */
function openTailAt(tokens: readonly Token[], members: readonly Mention[], end: number): boolean {
  const serial = tokens[end]?.text === ',';
  const at = serial ? end + 1 : end;
  if (tokens[at]?.norm === 'and' && sharedHeadTail(tokens, members, at)) return true;
  if (tokens[at]?.norm !== 'and' || !OPEN_TAIL_WORDS.has(tokens[at + 1]?.norm ?? '')) return false;
  const gov = governorBefore(tokens, members[0].tokenStart).prep;
  if (gov === 'between' || gov === 'among' || members.length >= 3) return true;
  return serial && !endsFrontedPhrase(tokens, members[0]);
}

/**
 * Rule `demonymListTail`: "meet with Palestinian, Israeli, and regional counterparts": demonyms joined
 * by commas and closed by "and" with a lower-case adjective before the noun of people they all
 * modify are one list, each a party, as "Palestinian and Israeli counterparts" is; the adjective's
 * unnamed rest is no member. Only demonyms and a head noun of people right after the adjective.
 */
function sharedHeadTail(tokens: readonly Token[], members: readonly Mention[], and: number): boolean {
  const adjective = tokens[and + 1];
  const head = tokens[and + 2];
  return members.length >= 2 && members.every((m) => m.via === 'demonym') && !!adjective && adjective.kind === 'word' && !adjective.cap && !!head && HEAD_NOUNS.has(head.norm);
}

/** A name right before the first comma of a sentence that opens with a preposition or an "-ing" word ("Before meeting Putin,"). */
function endsFrontedPhrase(tokens: readonly Token[], m: Mention): boolean {
  const first = tokens[0];
  if (tokens[m.tokenEnd]?.text !== ',' || !first || first.kind !== 'word' || tokens.slice(0, m.tokenStart).some((t) => t.kind === 'punct')) return false;
  return PREPOSITIONS.has(first.norm) || /ing$/.test(first.norm);
}

function finish(tokens: readonly Token[], members: Mention[], end: number, compound: boolean): Group {
  const start = members[0].tokenStart;
  const gov = governorBefore(tokens, start, end);
  const attribution = (gov.prep === 'to' && tokens[gov.at - 1]?.norm === 'according') || trailingSpeaker(tokens, start, end);
  return { members, tokenStart: start, tokenEnd: end, compound, governor: gov.prep, governorAt: gov.prep ? gov.at : undefined, attribution, confidence: 1 };
}

/** Words ending in -s that are no plural noun ("its", "this", "across"), and verbs in -s that follow a singular head ("the conflict between A and B remains"). */
const NOT_PLURAL_NOUNS: ReadonlySet<string> = new Set(
  'its his this thus as is has was does us yes plus versus across unless less whereas perhaps always afterwards besides towards sometimes remains continues seems appears needs says'.split(' '),
);

/** Data: what is struck or guarded for an actor and so stands for it ("Iranian targets", "U.S. interests"). */
const HELD_THINGS: ReadonlySet<string> = new Set(
  'targets target positions position bases base facilities facility sites site installations assets interests vessels shipping territory infrastructure embassy embassies personnel citizens civilians nationals'.split(' '),
);

/**
 * Rule `modifierMember`: "Russia's war against Ukraine and U.S. efforts to end it", "attacks on
 * Israel and Turkish mediation": a demonym, or an abbreviation without "the", written right before
 * a common noun that names no people of the actor, modifies that noun: it opens another noun
 * phrase, not a second member of the list before "and".
 */
function modifiesNextNoun(tokens: readonly Token[], m: Mention): boolean {
  if (m.possessive || phraseEnd(tokens, m) !== m.tokenEnd) return false;
  const next = tokens[m.tokenEnd];
  if (!next || next.kind !== 'word' || next.cap || !/^[a-z]/.test(next.norm)) return false;
  const n = next.norm;
  if (TIED_PEOPLE.has(n) || DESCRIPTOR_NOUNS.has(n) || HELD_THINGS.has(n) || DETERMINERS.has(n) || PREPOSITIONS.has(n) || CONNECTORS.has(n) || NOT_PLURAL_NOUNS.has(n)) return false;
  const plural = /[^su]s$/.test(n) && n.length > 3;
  const abstract = /(?:tion|sion|ment|ity|ism|ship|ness)$/.test(n);
  if (m.via === 'demonym') return plural || abstract || !/(?:ed|ing)$/.test(n);
  // "U.S. efforts", "NATO support": an abbreviation as a noun takes "the" ("the U.S. agreed").
  const abbreviation = /^[A-Z][A-Z.]+$/.test(m.text) && tokens[m.tokenStart - 1]?.norm !== 'the';
  return abbreviation && (plural || abstract);
}

/** Most words before the preposition of a fronted place ("Today in Seoul", "Earlier this week in Doha"). */
const FRONTED_WINDOW = 4;

/** A mention governed by a preposition of place among the first words of the sentence, and the sentence's first comma right after it. */
function frontedPlace(tokens: readonly Token[], m: Mention): boolean {
  const gov = governorBefore(tokens, m.tokenStart);
  if (!gov.prep || !LOCATIVE_PREPS.has(gov.prep) || gov.at > FRONTED_WINDOW) return false;
  return tokens[m.tokenEnd]?.text === ',' && !tokens.slice(0, gov.at).some((t) => t.kind === 'punct');
}

/**
 * Rule `possessiveHeadMember`: "Colombia's government and the ELN agreed", "Sudan's army and the RSF
 * met": a possessive name followed only by head nouns of the actor's own people or bodies (HEAD_NOUNS)
 * is that actor as a whole noun phrase, so the list goes on after those nouns; before, the list broke
 * at the possessive and the pair was never read. A possessive before any other word ("Russia's war
 * and …", "Iran's foreign minister and …") still ends the phrase at the name.
 */
export function possessiveHeadEnd(tokens: readonly Token[], m: Mention): number | undefined {
  if (!m.possessive || tokens[m.tokenEnd]?.kind !== 'possessive') return undefined;
  let e = m.tokenEnd + 1;
  while (e - m.tokenEnd <= 2 && tokens[e] && tokens[e].kind === 'word' && !tokens[e].cap && HEAD_NOUNS.has(tokens[e].norm)) e++;
  return e > m.tokenEnd + 1 ? e : undefined;
}

/** Groups of a sentence's mentions (sorted by position). */
export function buildGroups(tokens: readonly Token[], mentions: readonly Mention[]): Group[] {
  const all = [...mentions].sort((a, b) => a.tokenStart - b.tokenStart);
  // The possessor of the next mention ("Russia's Putin") is a modifier, not a party of its own;
  // so is the backer in "Iran-backed militias" (the militias act, not Iran).
  const sorted = all.filter((m, k) => !(m.possessive && all[k + 1]?.tokenStart === m.tokenEnd + 1) && !isProxyModifier(tokens, m));
  // Rule `possessorInList`: "Pakistan and Afghanistan's Taliban government", "Ukraine and Russia's
  // Putin": the possessor opens the next member's phrase, so the gap to that member ends before it.
  const phraseStart = new Map<number, number>();
  for (const [k, m] of all.entries()) if (m.possessive && all[k + 1]?.tokenStart === m.tokenEnd + 1) phraseStart.set(all[k + 1].tokenStart, phraseStart.get(m.tokenStart) ?? m.tokenStart);
  const out: Group[] = [];
  // Rule `frontedHelper` (fronted-helper.ts): "Under the auspices of Egypt, A and B agreed": the comma ends the phrase, no list.
  const frontedComma = frontedHelperComma(tokens);
  let cur: Mention[] = [];
  let links: ('compound' | 'comma' | 'conj')[] = [];
  let end = 0;
  // Where the gap to the next member starts: after the head nouns of a possessive member (rule `possessiveHeadMember`).
  let gapFrom = 0;
  const flush = (): void => {
    if (!cur.length) return;
    // "In Seoul, A and B met", "Today in Seoul, A and B met": the comma closes a fronted place, no list.
    if (links[0] === 'comma' && cur.length > 1 && frontedPlace(tokens, cur[0]) && tokens[end]?.kind === 'word') {
      out.push(finish(tokens, [cur[0]], phraseEnd(tokens, cur[0]), false));
      cur = cur.slice(1);
      links = links.slice(1);
    }
    // Commas alone ("In Washington, Trump said") do not make a list; a list needs "and"/"or", or
    // the open tail of rule `openListTail` ("A, B, and other parties").
    if (links.length && !links.includes('conj') && !links.includes('compound') && !openTailAt(tokens, cur, end)) {
      for (const m of cur) out.push(finish(tokens, [m], phraseEnd(tokens, m), false));
    } else {
      out.push(finish(tokens, cur, end, links.includes('compound')));
    }
    cur = [];
    links = [];
  };
  for (const m of sorted) {
    // Rule `bracketedAcronym`: "the People's Defense Force's (SSPDF) and …": the bracketed
    // acronym of the name before it is that name again, not a member of its own that breaks the list.
    const last = cur[cur.length - 1];
    const open = tokens[end]?.kind === 'possessive' ? end + 1 : end;
    if (last && m.actorId === last.actorId && tokens[open]?.text === '(' && m.tokenStart === open + 1 && tokens[m.tokenEnd]?.text === ')') {
      end = m.tokenEnd + 1;
      gapFrom = end;
      continue;
    }
    // Rule `possessivePronoun` (possessive-pronouns.ts): "her" in "A and B, and her talks with C"
    // owns the noun after it; it is no member of the list before it, nor heads one.
    const ownerPronoun = (x: Mention | undefined): boolean => !!x && x.via === 'pronoun' && PERSONAL_POSSESSIVES.has(tokens[x.tokenStart].norm);
    // Rule `pluralPronounList`: one plural pronoun standing for several actors (rule `pluralPronounSubject`, quotes.ts) is their list.
    const samePronoun = !!last && m.via === 'pronoun' && last.via === 'pronoun' && m.tokenStart === last.tokenStart && m.tokenEnd === last.tokenEnd;
    const kind = samePronoun ? 'conj' : cur.length && !ownerPronoun(m) && !ownerPronoun(last) ? gapKind(tokens, gapFrom, phraseStart.get(m.tokenStart) ?? m.tokenStart) : undefined;
    // Rule `closedList`: a list ends at its last member after "and"/"or"; a comma after it starts
    // something else ("between A and B, the United States said": not a third party of the talks).
    const closed = (kind === 'comma' && links[links.length - 1] === 'conj') || (kind === 'conj' && pairExamples(tokens, cur, links, end, m.tokenStart)) || (kind === 'comma' && frontedComma !== undefined && end <= frontedComma && m.tokenStart > frontedComma);
    if (cur.length && kind && !closed && !(kind === 'conj' && modifiesNextNoun(tokens, m))) {
      cur.push(m);
      links.push(kind);
    } else {
      flush();
      cur = [m];
    }
    end = phraseEnd(tokens, m);
    gapFrom = possessiveHeadEnd(tokens, m) ?? end;
  }
  flush();
  return out;
}

/** The actors a group names, each once. */
export function ids(g: Group): string[] {
  return [...new Set(g.members.map((m) => m.actorId))];
}
