/**
 * Per-document analysis: sentences, tokens, mentions (gazetteer, discovered, titles, pronouns),
 * cues, speech and clauses. Relation rules (relations.ts) read only this analysis.
 */
import type { Actor } from '../domain/types';
import { isInhabitantNoun, isNonActor, isPeopleAdjective, nonActorKey, nonActorNames } from './non-actors';
import { branchActors } from './branches';
import { stateChambers } from './state-chambers';
import { subBodies } from './sub-bodies';
import { acronymGlossEnd, isAcronymToken, definedAcronyms } from './acronyms';
import { documentSense } from './ambiguous-names';
import { jointVoiceMentions, statedIssuers } from './joint-issuers';
import { AUTHOR_CONFIDENCE, documentAuthor, documentSpeakers, FIRST_PERSON_PLURAL, FIRST_PERSON_SINGULAR, SpeakerTurns, type Voice } from './author';
import { DocumentActors } from './document-actors';
import { segmentClauses } from './clauses';
import { dropPlaces } from './named-places';
import { findCues, readCues, type CueReadings } from './cuematch';
import { isHeadlineWord } from './headline-name-end';
import { ACRONYM_BODY_NOUNS, BODY_HEADS, discoverNames, leadsPeopleBody, type DiscoveredName } from './discover';
import { hasOppositionRole } from './opposition-roles';
import { spokespersonMentions } from './spokesperson';
import { hasDesignationAct } from './designation-lists';
import { matchGazetteer, namesPlaceThing, type GazetteerMatch, type Matcher } from './gazetteer';
import { DiscoveredMatcher } from './discovered-matcher';
import { buildGroups, phraseEnd, possessiveHeadEnd } from './groups';
import { administrationsAsStates } from './administration';
import { resolveNamedHolders } from './named-holders';
import { appositiveOffices, hasOffices } from './appositive-office';
import { pairRespectively } from './respectively';
import { possessorMentions } from './possessive-pronouns';
import { kindAnaphorMentions, ParagraphActors } from './kind-anaphors';
import { COUP, regimeMentions } from './regimes';
import { domesticBodyMentions, statesNamed } from './domestic-bodies';
import { partyGroupMentions } from './party-groups';
import { NamedBodies, shortBodyMentions } from './short-names';
import { dropAttributiveDemonyms } from './demonym-attributes';
import { dropEventNameCues } from './event-names';
import { pairedProcess } from './paired-process';
import { firstNameForms } from './lexicon/nicknames';
import { normalizeName } from '../domain/names';
import { slugify } from '../domain/slug';
import { isJunkName } from './junk';
import { SPEAKER_LABEL } from './line-labels';
import { findMentions, type MentionContext } from './mentions';
import { findSpeech, resolvePronouns, speechAt, type PendingPronoun, type Speech } from './quotes';
import { rolePronouns } from './role-pronouns';
import { meetingTheyMentions } from './counterparts';
import { isPluralRoleName, pluralRoleMentions } from './plural-roles';
import { splitSentences } from './sentences';
import type { RoleIndex } from './titles';
import { isTitleOnly } from './titles';
import { isBodyWord } from './body-words';
import { wordClass } from './name-or-word';
import { isFullName, isShortName, isSurnameOf, surnameOwners } from './surnames';
import { isHonorific as isTitleWord } from './discover';
import { dropBodiesInTitles } from './bodies-in-titles';
import { APOSTROPHES, fold } from './normalize';
import { tokenize } from './tokens';
import type { Clause, CueMatch, Mention, Sentence, Token } from './types';

export interface SentenceAnalysis {
  sentence: Sentence;
  tokens: Token[];
  mentions: Mention[];
  /** "they"/"them" in speech, resolved once the document's negotiating pair is known. */
  pending: PendingPronoun[];
  cues: CueMatch[];
  speech: Speech[];
  clauses: Clause[];
  /** Token spans of "the two rivals", "both sides": the last pair mentioned. */
  anaphors: [number, number][];
  /** The document's author when the sentence is in the author's own voice (author.ts): the agent of its agentless official acts (rule `issuerAgent`). */
  voice?: string;
}

export interface DocumentAnalysis {
  sentences: SentenceAnalysis[];
  /** Gazetteer and provisional actors by id. */
  actors: ReadonlyMap<string, Actor>;
  provisional: ReadonlyMap<string, Actor>;
  /** The state or body whose official outlet or statement the document is (author.ts `documentAuthor`): its readouts report its own envoys. */
  government?: string;
}

export interface AnalysisConfig {
  matcher: Matcher;
  roles: RoleIndex;
  discoverUnknown: boolean;
  nlpBudgetChars: number;
  /** The document's title and outlet, which may say who its "I" and "we" are (author.ts). */
  title?: string;
  outlet?: string;
}

const DOUBLE_QUOTE_MARKS = new Set(['"', '“', '”']);

/**
 * "I", "we", "our" in a voice the document makes known: its author's, or a transcript speaker's
 * (author.ts). Not inside quotation marks (someone else speaks there) nor where a mention already stands.
 */
function voiceMentions(toks: readonly Token[], taken: readonly Mention[], voice: Voice, roles: RoleIndex): Mention[] {
  const out: Mention[] = [];
  let quoted = false;
  toks.forEach((t, i) => {
    if (DOUBLE_QUOTE_MARKS.has(t.text)) quoted = !quoted;
    if (quoted || t.kind !== 'word' || taken.some((m) => m.tokenStart <= i && i < m.tokenEnd)) return;
    const singular = FIRST_PERSON_SINGULAR.has(t.norm) && (t.norm !== 'i' || t.text === 'I');
    // "US" written in capitals is the state, not the pronoun.
    const plural = FIRST_PERSON_PLURAL.has(t.norm) && !(t.upper && t.text.length > 1);
    // Rule `ownOfficial`: "My Secretary of State, Tony Blinken, …": a possessive before an office
    // says whose official is named, not that the author acts.
    const next = toks[i + 1];
    if ((t.norm === 'my' || t.norm === 'our') && next?.kind === 'word' && next.cap && roles.words.has(next.norm)) return;
    const id = singular ? voice.person : plural ? voice.government : undefined;
    if (id) out.push({ actorId: id, start: t.start, end: t.end, text: t.text, tokenStart: i, tokenEnd: i + 1, via: 'pronoun', possessive: t.norm === 'my' || t.norm === 'our', confidence: AUTHOR_CONFIDENCE });
  });
  return out;
}

/**
 * Rule `ownOffice` (READING_RULES): "the Department", "the Ministry", "the Administration", "the Government",
 * capitalised and not followed by "of" (which names a body of its own), in the statement of a
 * government's office is that government acting ("Today the Department is designating X"), not the
 * official who signs the statement. Not inside quotation marks, nor where a mention already stands.
 */
const OWN_OFFICE_NOUNS: ReadonlySet<string> = new Set(['department', 'ministry', 'administration', 'government']);

function ownOfficeMentions(toks: readonly Token[], taken: readonly Mention[], government: string): Mention[] {
  const out: Mention[] = [];
  let quoted = false;
  toks.forEach((t, i) => {
    if (DOUBLE_QUOTE_MARKS.has(t.text)) quoted = !quoted;
    if (quoted || !OWN_OFFICE_NOUNS.has(t.norm) || !t.cap || toks[i - 1]?.norm !== 'the' || toks[i + 1]?.norm === 'of') return;
    if (taken.some((m) => m.tokenStart <= i && i < m.tokenEnd)) return;
    out.push({ actorId: government, start: t.start, end: t.end, text: t.text, tokenStart: i, tokenEnd: i + 1, via: 'pronoun', possessive: toks[i + 1]?.kind === 'possessive', confidence: AUTHOR_CONFIDENCE });
  });
  return out;
}

/** Words that make a body armed (as in discover.ts). */
const ARMED = /\b(?:army|navy|air force|forces|military|guard|guards|corps|brigade|militia|command|marines)\b/i;

const PAIR_NOUNS = /^(?:sides|countries|nations|governments|capitals|parties|states|rivals|adversaries|leaders|powers|neighbours|neighbors|foes|enemies|camps|delegations|teams|negotiators|ministers|presidents)$/;

/** Rule `pairAnaphor`: "the two (longtime) rivals", "both sides", "the two delegations": spans that refer back to a pair. */
function findAnaphors(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const two = tokens[i].norm === 'the' && tokens[i + 1].norm === 'two';
    const both = tokens[i].norm === 'both';
    if (!two && !both) continue;
    const from = two ? i + 2 : i + 1;
    for (let j = from; j < tokens.length && j < from + 4; j++) {
      if (tokens[j].kind !== 'word') break;
      if (PAIR_NOUNS.test(tokens[j].norm)) {
        out.push([i, j + 1]);
        break;
      }
    }
  }
  return out;
}

/**
 * Rule `titledPerson`: a discovered name written right after an office's head word ("Secretary
 * Roe", "European Council President Moreau") is a person's for "the Secretary" of a later sentence,
 * whatever kind compromise guessed (it often reads a lone surname as an organisation);
 * keepTitledNames makes it a person at the end of the document.
 */
function namedWithTitle(toks: readonly Token[], m: Mention, roles: RoleIndex): boolean {
  for (let i = m.tokenStart; i + 1 < m.tokenEnd; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    if (t.kind === 'word' && t.cap && roles.heads.has(t.norm) && next.kind === 'word' && next.cap && !roles.words.has(next.norm)) return true;
  }
  return false;
}

/**
 * Rule `sameTitledPerson`: the people named with a title head, with one more: "Secretary Roe"
 * after "Secretary of State Jan Roe" (or before it) is the same person (mergeSurnames joins them at
 * the end), not a second secretary that would make "the Secretary" ambiguous.
 */
function withTitledPerson(people: ReadonlySet<string> | undefined, id: string, actors: ReadonlyMap<string, Actor>): Set<string> {
  const out = new Set(people);
  const name = actors.get(id)?.name ?? '';
  const ofSame = (other: string): boolean => {
    const o = actors.get(other)?.name ?? '';
    return (isShortName(name) && isSurnameOf(name, o)) || (isShortName(o) && isSurnameOf(o, name));
  };
  if (![...out].some(ofSame)) out.add(id);
  return out;
}

/** How sure "the minister" is the one minister named before in the paragraph. */
const ROLE_NOUN_CONFIDENCE = 0.8;

/**
 * Rule `roleNoun`: "the minister", "the envoy", "The President" (a title head alone after "the")
 * is the one person of the paragraph named before with that title ("Foreign Minister Lavrov …
 * the minister said"); nothing when two such people were named, or none.
 */
function roleNounMentions(toks: readonly Token[], taken: readonly Mention[], titled: ReadonlyMap<string, ReadonlySet<string>>, roles: RoleIndex, headline: ReadonlyMap<string, ReadonlySet<string>>): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i].norm !== 'the') continue;
    // "the Foreign Minister": up to two title words before the head.
    let h = i + 1;
    while (h < i + 3 && toks[h + 1] && toks[h].kind === 'word' && roles.words.has(toks[h].norm) && !roles.heads.has(toks[h].norm) && toks[h + 1].kind === 'word' && roles.words.has(toks[h + 1].norm)) h++;
    const head = toks[h];
    if (!head || head.kind !== 'word' || !roles.heads.has(head.norm)) continue;
    // "the president of Iran" is an office (withOfficeTitle); "the president Ilham Aliyev" names its holder.
    const next = toks[h + 1];
    if (next && (next.norm === 'of' || next.kind === 'possessive' || (next.kind === 'word' && next.cap))) continue;
    if (taken.some((m) => m.tokenStart <= h && i < m.tokenEnd)) continue;
    // Rule `headlineRole`: with nobody of that title in the paragraph, the one the document's
    // title names with it ("Secretary Rubio's Call with Foreign Minister Sybiha" … "The Secretary
    // and the Foreign Minister discussed …": a readout names its people once, in its title).
    const people = titled.get(head.norm) ?? headline.get(head.norm);
    if (people?.size !== 1) continue;
    out.push({ actorId: [...people][0], start: toks[i].start, end: head.end, text: toks.slice(i, h + 1).map((t) => t.text).join(' '), tokenStart: i, tokenEnd: h + 1, via: 'pronoun', possessive: false, confidence: ROLE_NOUN_CONFIDENCE });
  }
  return out;
}

/** Words of a Title Case heading that end a name ("Secretary Roe Meeting With …"). */
const HEADLINE_STOPS: ReadonlySet<string> = new Set(['meeting', 'call', 'remarks', 'statement', 'visit', 'travel', 'trip', 'with', 'and', 'on', 'at', 'to', 'for', 'of', 'in', 'the', 'before', 'after', 'during']);

/**
 * People the document's title names with a title head ("Secretary" → Rubio in "Secretary Rubio's
 * Call with …"), by head; people the title's own words name as new are learned as provisional
 * actors (they are output only when a relation uses them).
 */
function headlinePeople(title: string, ctx: MentionContext, actors: DocumentActors, provisional: Map<string, Actor>): Map<string, Set<string>> {
  const byHead = new Map<string, Set<string>>();
  const toks = tokenize(title);
  const found = findMentions(toks, title, ctx);
  for (const a of found.discovered) {
    if (actors.has(a.id)) continue;
    actors.set(a.id, a);
    provisional.set(a.id, a);
  }
  const add = (head: string, id: string): void => void byHead.set(head, new Set([...(byHead.get(head) ?? []), id]));
  for (const m of found.mentions) {
    if (actors.get(m.actorId)?.kind !== 'person') continue;
    for (const t of tokenize(m.text)) if (t.kind === 'word' && ctx.roles.heads.has(t.norm)) add(t.norm, m.actorId);
  }
  // "Secretary Jane Roe's Meeting with …": capitalised words after a capitalised head, that no
  // mention explains, name a person (a Title Case heading stops the name at its function words).
  toks.forEach((t, k) => {
    if (t.kind !== 'word' || !t.cap || !ctx.roles.heads.has(t.norm) || found.mentions.some((m) => m.tokenStart <= k && k < m.tokenEnd)) return;
    let e = k + 1;
    while (e < toks.length && e < k + 5 && toks[e].kind === 'word' && toks[e].cap && !toks[e].upper && !ctx.roles.words.has(toks[e].norm) && !HEADLINE_STOPS.has(toks[e].norm) && !isHeadlineWord(toks[e].norm)) e++;
    if (e === k + 1 || found.mentions.some((m) => m.tokenStart < e && k < m.tokenEnd)) return;
    const name = normalizeName(title.slice(toks[k + 1].start, toks[e - 1].end));
    const id = slugify(name);
    if (!id || isJunkName(name)) return;
    if (!actors.has(id)) {
      const person: Actor = { id, name, kind: 'person', aliases: [], provisional: true };
      actors.set(id, person);
      provisional.set(id, person);
    }
    if (actors.get(id)?.kind === 'person') add(t.norm, id);
  });
  return byHead;
}

/** Pronouns that may stand for a party ("I met X", "they attacked Y"). */
const PARTY_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they', 'it']);

/**
 * Sentences worth compromise's time: a cue (checked by the caller), a capitalised word no mention
 * explains, and room for two parties: known mentions, unexplained capitalised names and pronouns
 * together at least two.
 */
function needsDiscovery(tokens: readonly Token[], mentions: readonly { tokenStart: number; tokenEnd: number }[], roles: RoleIndex): boolean {
  const covered = new Set<number>();
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered.add(i);
  // Rule `adjectiveBodyName`: a body's noun after title modifiers ("the National Army") may end a name.
  const unexplained = (t: Token, i: number): boolean =>
    t.cap && t.kind === 'word' && !covered.has(i) && (!roles.words.has(t.norm) || (isBodyWord(t.norm) && !roles.heads.has(t.norm))) && t.norm !== 'i';
  // Any word opens a sentence with a capital, so a sentence's first word is no sign of a name; an
  // unknown acronym there is ("JNIM fighters attacked …": rule acronymPeople, discover.ts), and so is
  // an unknown word before a body's noun ("Kachin rebels attacked …": rule leadingPeopleBody).
  if (!tokens.some((t, i) => (i > 0 || isAcronymToken(t) || leadsPeopleBody(t.text, tokens[1]?.text ?? '', roles)) && unexplained(t, i))) return false;
  let candidates = mentions.length;
  tokens.forEach((t, i) => {
    // A run of unexplained capitalised words is one candidate name.
    if (unexplained(t, i) && !(i > 0 && unexplained(tokens[i - 1], i - 1))) candidates++;
    else if (t.kind === 'word' && PARTY_PRONOUNS.has(t.norm) && (!t.upper || t.norm === 'i')) candidates++;
  });
  return candidates >= 2;
}

function dropCuesInsideMentions(cues: CueMatch[], mentions: readonly Mention[]): CueMatch[] {
  return cues.filter((c) => !mentions.some((m) => m.tokenStart <= c.tokenStart && c.tokenEnd <= m.tokenEnd));
}

/**
 * "the President of France", "the Prime Minister of Italy": an office named by its state, when the
 * gazetteer has no holder for it, stands for the state; the mention takes in the title so that a
 * list of such offices is one group ("the President of France and the Chancellor of Germany met"),
 * its portfolio included ("Minister of Foreign Affairs of Kenya": rule `appositiveName` reads it
 * after a name as that person's office). Rule `officeOfBody` (names19): so does an office named by
 * a body ("the High Representative of the European Union", "the Secretary General of NATO"): the
 * body acts, and the title is no actor of its own.
 */
function withOfficeTitle(m: Mention, toks: readonly Token[], text: string, actors: ReadonlyMap<string, Actor>, roles: RoleIndex, all: readonly Mention[]): Mention {
  if (!hasOffices(actors.get(m.actorId)) || m.via === 'demonym') return m;
  let i = m.tokenStart - 1;
  if (toks[i]?.norm === 'the') i--;
  if (toks[i]?.norm !== 'of') return m;
  let start = i;
  const titleWord = (p: number): boolean => p >= 0 && toks[p].kind === 'word' && toks[p].cap && roles.words.has(toks[p].norm);
  // "Minister of Foreign Affairs of Kenya": "of" between the head and its portfolio is the title's too.
  while (titleWord(start - 1) || (toks[start - 1]?.norm === 'of' && titleWord(start - 2))) start--;
  if (start === i || all.some((x) => x !== m && x.tokenEnd > start && x.tokenStart < m.tokenStart)) return m;
  const from = toks[start].start;
  return { ...m, tokenStart: start, start: from, text: text.slice(from, m.end), via: 'title' };
}

/**
 * "Mr. Sullivan and Dr. Juma discussed …": an honorific before a person's name is part of the
 * mention, so that lists and objects read across it.
 */
function withHonorific(m: Mention, toks: readonly Token[], text: string, isPerson: (id: string) => boolean): Mention {
  if (!isPerson(m.actorId)) return m;
  let i = m.tokenStart;
  if (toks[i - 1]?.text === '.' && PERSONAL_HONORIFICS.has(toks[i - 2]?.norm ?? '')) i -= 2;
  else if (PERSONAL_HONORIFICS.has(toks[i - 1]?.norm ?? '') && toks[i - 1].cap) i -= 1;
  if (i === m.tokenStart) return m;
  return { ...m, tokenStart: i, start: toks[i].start, text: text.slice(toks[i].start, m.end) };
}

/** "of" before a state's name that ends an institution's name, in English and the Romance languages. */
const STATE_OF: ReadonlySet<string> = new Set(['of', 'de', 'du', 'da', 'do', 'del']);

/** A discovered organisation or armed body whose name begins with a state's demonym it overlaps. */
function isNationalBody(g: { via: string; tokenStart: number; tokenEnd: number }, toks: readonly Token[], d: { start: number; end: number; kind: Actor['kind'] }): boolean {
  if (d.kind !== 'organization' && d.kind !== 'military') return false;
  if (g.via === 'demonym') return toks[g.tokenStart].start === d.start && toks[g.tokenEnd - 1].end < d.end;
  // Rule `stateInstitution`: "the Parliament of Iraq", "the National Assembly of Kuwait": an
  // institution named "<Head> of <state>" is a body of that state, not the state; so is one
  // named with a Romance "of" ("Banco de Togo", "Conseil du Mali").
  return toks[g.tokenEnd - 1].end === d.end && toks[g.tokenStart].start > d.start && STATE_OF.has(toks[g.tokenStart - 1]?.norm ?? '');
}

/**
 * A discovered body right after a demonym ("Sudanese" + "Armed Forces") is named with it: the
 * "Sudanese Armed Forces" are one body, not Sudan.
 */
function withDemonym(d: DiscoveredName, gaz: readonly GazetteerMatch[], toks: readonly Token[], sentence: Sentence): DiscoveredName {
  if (d.kind !== 'organization' && d.kind !== 'military') return d;
  const g = gaz.find((x) => x.via === 'demonym' && toks[x.tokenEnd]?.start === d.start && toks[x.tokenEnd - 1].end === d.start - 1);
  if (!g) return d;
  const start = toks[g.tokenStart].start;
  const name = sentence.text.slice(start - sentence.start, d.end - sentence.start);
  return { ...d, id: slugify(name), name, start };
}

/** Most lower-case words between the adjective and the head ("Tigrayan regional authorities"). */
const BODY_HEAD_GAP = 1;

/**
 * Rule `acronymBody`: "ADF rebels", "the FDLR militia", "the ELN group": an acronym is the body's own
 * name and the noun after it (rule acronymPeople's nouns, discover.ts) only says what it is. Read as
 * "ADF rebels", the same group got a second actor wherever it was written alone or with another noun
 * ("the ADF", "ADF fighters"). An organisation, as rule acronymPeople reads the acronym alone.
 */
function acronymBody(d: DiscoveredName, toks: readonly Token[]): DiscoveredName | undefined {
  const a = toks.findIndex((t) => t.start === d.start);
  const acronym = toks[a];
  const noun = toks[a + 1];
  if (a < 0 || !isAcronymToken(acronym) || !noun || noun.kind !== 'word' || noun.cap || !ACRONYM_BODY_NOUNS.has(noun.norm)) return undefined;
  if (d.end !== acronym.end && d.end !== noun.end) return undefined;
  return { ...d, id: slugify(acronym.text), name: acronym.text, end: acronym.end, kind: 'organization' };
}

/**
 * Rule `peopleBody`: a one-word name discovery finds that is the adjective of a people or region no
 * gazetteer knows ("Tigrayan", "Amhara"), followed by a noun of a body ("regional authorities",
 * "forces"), is that body: "the Government of Ethiopia and Tigrayan regional authorities" names
 * two parties, not Ethiopia and a "Tigrayan".
 */
function withGroupHead(d: DiscoveredName, toks: readonly Token[], sentence: Sentence): DiscoveredName {
  const named = acronymBody(d, toks);
  if (named) return named;
  // Rule `placeAuthorities`: a place of several words too ("Hong Kong authorities"), not a person's or a body's name.
  if (d.name.includes(' ') && d.kind !== 'state') return d;
  const at = toks.findIndex((t) => t.end === d.end);
  if (at < 0) return d;
  for (let j = at + 1; j < toks.length && j <= at + 1 + BODY_HEAD_GAP; j++) {
    const t = toks[j];
    if (t.kind !== 'word' || t.cap) return d;
    if (BODY_HEADS.has(t.norm)) {
      const name = sentence.text.slice(d.start - sentence.start, t.end - sentence.start);
      return { ...d, id: slugify(name), name, end: t.end, kind: ARMED.test(name) || /(?:rebels|fighters|militias?|insurgents)$/.test(t.norm) ? 'military' : 'organization' };
    }
  }
  return d;
}

/** The capitalised word right before a surname (group 1), not after a letter or an abbreviation's period. */
const WORD_BEFORE_NAME = new RegExp(String.raw`(?<![\p{L}.])(\p{Lu}[\p{Ll}${APOSTROPHES}-]+)\s+$`, 'u');

/** Characters before a surname looked at for its first name. */
const FIRST_NAME_WINDOW = 40;

/**
 * The one full name "<First> <surname>" the document writes for a surname found alone, or
 * undefined when there is none or several; titles, honorifics and gazetteer names are not first names.
 */
function fullNameIn(text: string, surname: string, roles: RoleIndex, matcher: Matcher): string | undefined {
  const firsts = new Set<string>();
  // Each place the surname is written, and the capitalised word right before it (a scan per
  // surname with indexOf: a regular expression tried at every offset of a long text is slow).
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    if (/\p{L}/u.test(text[at + surname.length] ?? '')) continue;
    const window = text.slice(Math.max(0, at - FIRST_NAME_WINDOW), at);
    const word = WORD_BEFORE_NAME.exec(window);
    if (!word) continue;
    const first = word[1];
    const index = at - window.length + word.index;
    const norm = tokenize(first)[0]?.norm ?? '';
    // A capital at a sentence or paragraph start is no sign of a name ("Later Donfried said").
    // ("Dr. Karen Donfried": a period after an honorific ends no sentence.)
    const lead = text.slice(Math.max(0, index - 12), index);
    const honorificBefore = /(\p{L}+)\.\s+$/u.exec(lead);
    const opensSentence = /(?:^|[.!?:"“”]\s*|\n\s*)$/.test(lead.slice(-3)) && !(honorificBefore && isTitleWord(fold(honorificBefore[1])));
    // Nor is a word the gazetteer knows ("Palestinian Hamas", "Kremlin Donfried").
    const known = matchGazetteer(tokenize(first), matcher).length > 0;
    // Rule `pluralTitle`: a plural title is no first name ("Presidents Kagame and Tshisekedi").
    const pluralTitle = norm.endsWith('s') && roles.words.has(norm.slice(0, -1));
    if (!opensSentence && !known && !roles.words.has(norm) && !pluralTitle && !isTitleWord(norm)) firsts.add(first);
  }
  return firsts.size === 1 ? `${[...firsts][0]} ${surname}` : undefined;
}

/** "Bob Smith" / "Robert Smith": the same surname and first names that are forms of each other. */
function sameByNickname(a: string, b: string): boolean {
  const [fa, ...ra] = a.split(' ');
  const [fb, ...rb] = b.split(' ');
  return ra.join(' ') === rb.join(' ') && fa !== fb && firstNameForms(fa).includes(fb.toLowerCase());
}

/**
 * One key for the full names of one person: without middle initials, the first name as one form of
 * its nicknames ("Joseph R. Biden" and "Joe Biden" → "joe biden").
 */
function personKey(name: string): string {
  const [first, ...rest] = name.replace(/\s\p{Lu}\.(?=\s)/gu, '').split(' ');
  return [firstNameForms(first).sort()[0], ...rest].join(' ');
}

/**
 * Acronyms the document defines ("the Rapid Support Forces (RSF)"): the acronym becomes a name of
 * the gazetteer actor or the discovered one with the full name, or of a new provisional body; a
 * provisional actor discovered under the bare acronym is dropped (it is the same body).
 * Returns name records for the document's matcher of discovered names.
 */
function adoptAcronyms(text: string, matcher: Matcher, found: Map<string, Actor>, roles: RoleIndex, notActors: Set<string>): Actor[] {
  const extra: Actor[] = [];
  for (const d of definedAcronyms(text)) {
    // A category, product or thing the text names (non-actors.ts): its acronym is none either. Rule
    // `documentAcronym`: nor is that of a name no actor bears (junk.ts: "Executive Order (E.O.)", a
    // law, a facility), which discovery never reads as one.
    if (isNonActor(d.name, notActors) || isJunkName(d.name)) {
      notActors.add(nonActorKey(d.acronym));
      continue;
    }
    // Rule `officeAcronym`: "Director of National Intelligence (DNI)" abbreviates an office, whose
    // holder is a person named with it: no body.
    if (isTitleOnly(d.name, roles)) continue;
    const toks = tokenize(d.name);
    const whole = matchGazetteer(toks, matcher).find((g) => g.tokenEnd === toks.length && (g.tokenStart === 0 || (g.tokenStart === 1 && toks[0].norm === 'the')));
    const known = whole && matcher.actors.get(whole.actorId);
    const acronymId = slugify(d.acronym);
    if (found.get(acronymId)?.name === d.acronym) found.delete(acronymId);
    if (known) {
      extra.push({ id: known.id, name: d.acronym, kind: known.kind, aliases: [], provisional: true });
      continue;
    }
    const id = slugify(d.name);
    const own = found.get(id);
    if (own) own.aliases = [...own.aliases, d.acronym];
    else if (id) found.set(id, { id, name: d.name, kind: ARMED.test(d.name) ? 'military' : 'organization', aliases: [d.acronym], provisional: true });
  }
  return extra;
}

/**
 * "Folks, I've just spoken with…", "Friends, we…": a word that opens the sentence (after any
 * speaker label) and addresses the listeners before "I", "we" or "you" is a vocative, not an actor.
 */
function isVocative(sentence: Sentence, start: number, end: number): boolean {
  const before = sentence.text.slice(0, start - sentence.start);
  const after = sentence.text.slice(end - sentence.start);
  return !before.replace(SPEAKER_LABEL, '').trim() && /^\s*,\s*(?:\p{Ll}+\s+){0,2}(?:I|we|you)\b/u.test(after);
}

/** Index of the first token starting at or after `offset` (tokens are in text order: a binary search, so long sentences stay linear). */
function firstTokenFrom(toks: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Words of a cue sentence that discovery may name and no gazetteer or discovered name explains
 * ("Vell" of "Vell met X", which compromise does not read as a name at a sentence's start):
 * capitalised, not an office's word, an honorific, a word compromise lists as English ("Later") or
 * one no name is made of (junk.ts: "Monday", "Sea").
 */
function unexplainedNameWords(toks: readonly Token[], covered: (t: Token) => boolean, roles: RoleIndex): string[] {
  return toks
    .filter((t) => t.kind === 'word' && t.cap && !t.upper && t.norm.length > 1 && !covered(t) && !roles.words.has(t.norm) && !isTitleWord(t.norm) && wordClass(t.norm) === 'unknown' && !isJunkName(t.text))
    .map((t) => t.norm);
}

/**
 * Discovers unknown names in cue sentences, within the character budget. Rule `namedBeforeCue`:
 * then, with what the budget leaves, in the first other sentence that writes each word a cue
 * sentence left unexplained ("Nora Vell, the envoy of X, arrived on Monday." for "Vell met Y."),
 * learning only the names that hold such a word: a name introduced where nothing happens is known
 * where it acts, and compromise (the cost of discovery) reads only the sentences that may give one,
 * once per word (news writes a name in full where it first writes it).
 */
function discover(sentences: readonly Sentence[], tokens: readonly Token[][], cueReadings: readonly CueReadings[], cfg: AnalysisConfig): Map<string, Actor> {
  const found = new Map<string, Actor>();
  let budget = cfg.nlpBudgetChars;
  /** Names found in a sentence text, at offsets within it: a sentence written again costs no NLP time or budget. */
  const seen = new Map<string, DiscoveredName[]>();
  /** Names of sentence k at document offsets, or undefined when the budget is spent. */
  const namesOf = (s: Sentence): DiscoveredName[] | undefined => {
    let names = seen.get(s.text);
    if (!names) {
      if (s.text.length > budget) return undefined;
      budget -= s.text.length;
      names = discoverNames(s.text, 0, cfg.roles);
      seen.set(s.text, names);
    }
    return names.map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start }));
  };
  const learn = (s: Sentence, toks: readonly Token[], gaz: readonly GazetteerMatch[], names: readonly DiscoveredName[]): void => {
    for (const found0 of names) {
      const d = withGroupHead(withDemonym(found0, gaz, toks, s), toks, s);
      const overlapping = gaz.filter((g) => toks[g.tokenStart].start < d.end && d.start < toks[g.tokenEnd - 1].end);
      // "Sudanese Armed Forces": a body named after its state is a body of that state, not the state.
      const nation = overlapping.length === 1 && isNationalBody(overlapping[0], toks, d) && cfg.matcher.actors.get(overlapping[0].actorId)?.kind === 'state' ? overlapping[0] : undefined;
      // Rule `cityInName`: "the Paris climate accord" names no actor, also where the gazetteer left "Paris" alone.
      const thing = namesPlaceThing(toks, firstTokenFrom(toks, d.end));
      if ((overlapping.length && !nation) || thing || isVocative(s, d.start, d.end) || cfg.matcher.actors.has(d.id) || found.has(d.id) || isTitleOnly(d.name, cfg.roles) || isPluralRoleName(tokenize(d.name).filter((t) => t.kind === 'word').map((t) => t.norm), cfg.roles)) continue;
      found.set(d.id, { id: d.id, name: d.name, kind: d.kind, aliases: [], provisional: true, ...(nation ? { affiliation: nation.actorId } : {}) });
    }
  };
  /** Words cue sentences left unexplained (rule `namedBeforeCue`), and the sentences without a cue that may explain them. */
  const wanted = new Set<string>();
  const others: number[] = [];
  sentences.forEach((s, k) => {
    const toks = tokens[k];
    const gaz = matchGazetteer(toks, cfg.matcher);
    for (const b of [...branchActors(toks, gaz, cfg.matcher.actors, s), ...stateChambers(toks, gaz, cfg.matcher.actors, s, cfg.roles), ...subBodies(toks, gaz, cfg.matcher.actors, s)]) if (!found.has(b.id)) found.set(b.id, b);
    const ends = new Set(gaz.map((g) => g.tokenEnd - 1));
    // Rule `designationList`: a sanction or designation act without a hostile word ("has added A, B, and C to the List") names actors too.
    // Rule `oppositionRole`: "Kremlin critic X" names its holder without a cue.
    if (!findCues(toks, ends, new Set(), cueReadings[k]).length && !hasDesignationAct(toks) && !hasOppositionRole(toks)) {
      others.push(k);
      return;
    }
    // A cue sentence's first word is left to the other sentences ("Vell met X": compromise reads no name there).
    const names = needsDiscovery(toks, gaz, cfg.roles) ? namesOf(s) : [];
    if (!names) return;
    learn(s, toks, gaz, names);
    const inGazetteer = new Set(gaz.flatMap((g) => toks.slice(g.tokenStart, g.tokenEnd)));
    for (const w of unexplainedNameWords(toks, (t) => inGazetteer.has(t) || names.some((d) => d.start <= t.start && t.end <= d.end), cfg.roles)) wanted.add(w);
  });
  if (wanted.size) {
    for (const k of others) {
      const toks = tokens[k];
      // Only the first sentence that writes the word: news introduces a name in full where it first writes it.
      if (!toks.some((t) => t.cap && wanted.has(t.norm))) continue;
      const words = new Set(toks.filter((t) => t.cap && wanted.has(t.norm)).map((t) => t.norm));
      for (const w of words) wanted.delete(w);
      const s = sentences[k];
      const names = namesOf(s)?.filter((d) => tokenize(d.name).some((t) => words.has(t.norm)));
      if (names?.length) learn(s, toks, matchGazetteer(toks, cfg.matcher), names);
      if (!wanted.size) break;
    }
  }
  // "Bob Smith" and "Robert Smith": one person (the first named keeps the id).
  const people = [...found.values()].filter((a) => a.kind === 'person' && isFullName(a.name));
  for (const [k, a] of people.entries()) {
    if (people.slice(0, k).some((b) => found.has(b.id) && sameByNickname(a.name, b.name))) found.delete(a.id);
  }
  // "Putin" after "Vladimir Putin": one actor.
  const fullNamesOf = surnameOwners([...found.values()].filter((b) => b.kind === 'person'));
  for (const [id, a] of found) {
    if (a.kind !== 'person' || !isShortName(a.name)) continue;
    const full = fullNamesOf(a.name).filter((b) => b.id !== id && found.has(b.id));
    if (full.length === 1) found.delete(id);
  }
  return found;
}

/** The states a document's title names, by their names or demonyms (rule `homeStateBody`). */
function titleStatesOf(title: string, matcher: Matcher, actors: ReadonlyMap<string, Actor>): Set<string> {
  return new Set(matchGazetteer(tokenize(title), matcher).filter((m) => actors.get(m.actorId)?.kind === 'state').map((m) => m.actorId));
}

/** Analyses a document sentence by sentence (discovery of unknown names first, over the whole text). */
export function analyzeDocument(text: string, cfg: AnalysisConfig): DocumentAnalysis {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(text, s.start, s.end));
  const cueReadings = tokens.map(readCues);
  const notActors = nonActorNames(text);
  const provisional = cfg.discoverUnknown ? discover(sentences, tokens, cueReadings, cfg) : new Map<string, Actor>();
  const acronymNames = adoptAcronyms(text, cfg.matcher, provisional, cfg.roles, notActors);
  for (const [id, a] of provisional) if (isNonActor(a.name, notActors) || isInhabitantNoun(a.name, text) || isPeopleAdjective(a.name, text)) provisional.delete(id);
  const discovered = new DiscoveredMatcher(provisional, acronymNames);
  const actors = new DocumentActors(cfg.matcher.actors, provisional);
  const paragraphs = text.split(/\n+/).filter((p) => p.trim());
  const author = documentAuthor(text, paragraphs, { title: cfg.title, outlet: cfg.outlet }, cfg.matcher, cfg.roles);
  for (const a of [author.person, author.issuer]) {
    if (a && !actors.has(a.id)) {
      actors.set(a.id, a);
      provisional.set(a.id, a);
    }
  }
  const turns = new SpeakerTurns(author, cfg.roles, documentSpeakers(cfg.matcher, provisional));
  const ctx: MentionContext = { matcher: cfg.matcher, roles: cfg.roles, actors, discovered: discovered.current(), disambiguate: documentSense(tokens, cfg.matcher) };
  const isPerson = (id: string): boolean => actors.get(id)?.kind === 'person';
  const headline = cfg.title ? headlinePeople(cfg.title, ctx, actors, provisional) : new Map<string, Set<string>>();
  /**
   * Coreference of "he"/"she" across sentences: the people the last sentence naming anyone named,
   * within the paragraph only; with two or more of them the pronoun is ambiguous and stays unresolved.
   */
  let lastPeople = new Set<string>();
  let paragraph = -1;
  /** People of the paragraph by the title heads they were named with ("minister" → Lavrov). */
  let titled = new Map<string, Set<string>>();
  /** Actors each sentence of the paragraph named or referred to, for "it" and "the group" (rule `kindAnaphor`). */
  let paragraphActors = new ParagraphActors();
  // Rule `coupMilitary`: whether the document reports a coup, read once (not per sentence: a long text would be quadratic).
  const coupReported = COUP.test(text);
  /** Regimes the document has named so far ("the Maduro regime"), for a later bare "the regime". */
  const namedRegimes = new Map<string, Actor>();
  /** A state's opposition and organs the document has named so far ("Haiti's opposition"), for a later bare "the opposition" (rules `stateOpposition`, `stateOrgan`). */
  const namedDomesticBodies = new Map<string, Actor>();
  /** Courts the document has named with their state ("Ghana's Supreme Court": "supreme court" → Ghana), for a later bare "the Supreme Court" (rule `documentGenericBody`). */
  const namedCourts = new Map<string, string>();
  /** The states the title names, and those the document has named so far with its own government: a bare generic body's home state (rule `homeStateBody`). */
  const titleStates = cfg.title ? titleStatesOf(cfg.title, cfg.matcher, actors) : new Set<string>();
  const namedStates = new Set<string>(author.government && actors.get(author.government)?.kind === 'state' ? [author.government] : []);
  /** Actors the document has named so far, for "the Court" after "the International Court of Justice". */
  const namedBodies = new NamedBodies();
  /** A joint statement's issuers, once a sentence lists them (rule `jointIssuers`). */
  let issuers: string[] | undefined;
  // Bodies a phrase names ("the military regime", "Haiti's opposition", "Senate Democrats"): new
  // ones are provisional actors, and the document's regimes and domestic bodies are kept for a
  // later bare "the regime", "the opposition".
  const learnBodies = (learned: readonly Actor[], named?: Map<string, Actor>): void => {
    for (const a of learned) {
      if (!actors.has(a.id)) {
        actors.set(a.id, a);
        provisional.set(a.id, a);
      }
      named?.set(a.id, a);
    }
  };
  const out: SentenceAnalysis[] = sentences.map((sentence, k) => {
    const toks = tokens[k];
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      lastPeople = new Set();
      titled = new Map();
      paragraphActors = new ParagraphActors();
    }
    const lastPerson = lastPeople.size === 1 ? [...lastPeople][0] : undefined;
    const found = findMentions(toks, text, ctx);
    let learned = false;
    for (const a of found.discovered) {
      const known = actors.get(a.id);
      // New names, or a provisional name that a title has just affiliated.
      if (!known || (known.provisional && !known.affiliation && a.affiliation)) {
        actors.set(a.id, a);
        provisional.set(a.id, a);
        learned = true;
      }
    }
    // Later sentences may name them again ("Faisal Alnami ... Alnami said").
    if (learned) ctx.discovered = discovered.current();
    found.mentions = found.mentions.map((m) => withHonorific(withOfficeTitle(m, toks, text, actors, cfg.roles, found.mentions), toks, text, isPerson));
    const described = dropAttributiveDemonyms(found.mentions, toks, actors, cfg.roles);
    for (const a of described.learned) {
      actors.set(a.id, a);
      provisional.set(a.id, a);
    }
    const inTitles = dropBodiesInTitles(described.mentions, toks, text, actors, cfg.roles);
    for (const a of inTitles.learned) {
      actors.set(a.id, a);
      provisional.set(a.id, a);
    }
    found.mentions = administrationsAsStates(inTitles.mentions, toks, text, actors);
    const regimes = regimeMentions(found.mentions, toks, text, actors, namedRegimes, coupReported);
    found.mentions = regimes.mentions;
    learnBodies(regimes.learned, namedRegimes);
    const domestic = domesticBodyMentions(found.mentions, toks, text, actors, { bodies: namedDomesticBodies, courts: namedCourts, titleStates, namedStates });
    found.mentions = domestic.mentions;
    learnBodies(domestic.learned, namedDomesticBodies);
    for (const [name, state] of domestic.courts) namedCourts.set(name, state);
    for (const state of statesNamed(found.mentions, actors)) namedStates.add(state);
    const parties = partyGroupMentions(found.mentions, toks, text, actors);
    found.mentions = parties.mentions;
    learnBodies(parties.learned);
    found.mentions = shortBodyMentions(found.mentions, toks, namedBodies);
    for (const m of found.mentions) if (m.via !== 'pronoun') namedBodies.add(m.actorId, actors);
    const appositive = appositiveOffices(found.mentions, toks, text, actors, cfg.roles);
    const paired = pairRespectively(appositive.mentions, toks, text, actors, cfg.roles);
    found.mentions = paired.mentions;
    for (const a of [...appositive.learned, ...paired.learned]) {
      actors.set(a.id, a);
      provisional.set(a.id, a);
    }
    const speech = findSpeech(toks, found.mentions);
    const pron = resolvePronouns(toks, found.mentions, speech, isPerson, lastPerson);
    const resolved = [...found.mentions, ...pron.mentions];
    const turn = turns.at(sentence);
    if (author.joint && !issuers) issuers = statedIssuers(toks, found.mentions, isPerson);
    const voiced = turn ? voiceMentions(toks, resolved, turn, cfg.roles) : issuers ? jointVoiceMentions(toks, resolved, issuers) : [];
    const own = author.government ? [...voiced, ...ownOfficeMentions(toks, [...resolved, ...voiced], author.government)] : voiced;
    const roleNouns = roleNounMentions(toks, [...resolved, ...own], titled, cfg.roles, headline);
    // Rule `pluralRoleNoun`: "the Foreign Ministers" is the paragraph's (or the title's) people of that office (plural-roles.ts).
    roleNouns.push(...pluralRoleMentions(toks, [...resolved, ...own, ...roleNouns], titled, headline, cfg.roles));
    // Rule `rolePronoun`: "The minister said he …" is the minister's person (role-pronouns.ts).
    const pronouns = rolePronouns(toks, pron.mentions, found.mentions, roleNouns, speech, isPerson);
    const referred = [...found.mentions, ...pronouns, ...own, ...roleNouns].sort((a, b) => a.tokenStart - b.tokenStart);
    const kindRefs = kindAnaphorMentions(toks, referred, paragraphActors, (id) => actors.get(id)?.kind);
    const mentions = spokespersonMentions(toks, [...referred, ...kindRefs], actors).sort((a, b) => a.tokenStart - b.tokenStart);
    for (const m of found.mentions) {
      if (!isPerson(m.actorId) && !(provisional.has(m.actorId) && namedWithTitle(toks, m, cfg.roles))) continue;
      for (const t of tokenize(m.text)) {
        if (t.kind === 'word' && cfg.roles.heads.has(t.norm)) titled.set(t.norm, withTitledPerson(titled.get(t.norm), m.actorId, actors));
      }
    }
    const named = new Set(mentions.filter((m) => isPerson(m.actorId) && m.via !== 'pronoun').map((m) => m.actorId));
    if (named.size) lastPeople = named;
    const ends = new Map<number, number>();
    // Rule `possessiveHeadMember`: "Colombia's government" is one noun phrase to the clauses, so "and Peru agreed" after it opens no clause.
    for (const m of mentions) ends.set(m.tokenStart, acronymGlossEnd(toks, possessiveHeadEnd(toks, m) ?? phraseEnd(toks, m)));
    const endSet = new Set([...ends.values()].map((e) => e - 1));
    const demonymEnds = new Set(mentions.filter((m) => m.via === 'demonym').map((m) => m.tokenEnd - 1));
    const cues = dropEventNameCues(dropCuesInsideMentions(findCues(toks, endSet, demonymEnds, cueReadings[k]), found.mentions), toks, (c) => pairedProcess(toks, mentions, c));
    const possessors = possessorMentions(toks, mentions, cues, isPerson, lastPerson);
    if (possessors.length) mentions.push(...possessors);
    // Rule `meetingThey` (counterparts.ts): "X held calls with A and B and they condemned Y": "they" is all of them, and opens its clause as its subject.
    const they = toks.some((t) => t.norm === 'they') ? meetingTheyMentions(toks, buildGroups(toks, mentions), cues, mentions, (i) => !!speechAt(speech, i)) : [];
    for (const m of they) {
      mentions.push(m);
      ends.set(m.tokenStart, m.tokenEnd);
      endSet.add(m.tokenEnd - 1);
    }
    mentions.sort((a, b) => a.tokenStart - b.tokenStart);
    paragraphActors.add(mentions.map((m) => m.actorId), (id) => actors.get(id)?.kind);
    const quoteMarks = new Set(speech.flatMap((s) => [s.open, s.close]));
    const inside = new Set<number>();
    for (const m of found.mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) inside.add(i);
    const clauses = segmentClauses(toks, quoteMarks, { npEndAt: (i) => ends.get(i) ?? -1, endsNp: (i) => endSet.has(i), inNp: (i) => inside.has(i) });
    const voice = turn?.person ?? turn?.government;
    return { sentence, tokens: toks, mentions, pending: pron.pending, cues, speech, clauses, anaphors: findAnaphors(toks), voice };
  });
  dropPlaces(out, provisional, actors);
  keepTitledNames(out, provisional, actors, cfg.roles);
  mergeSurnames(text, cfg.roles, cfg.matcher, out, actors, provisional);
  resolveNamedHolders(out, actors, cfg.roles);
  return { sentences: out, actors, provisional, ...(author.government ? { government: author.government } : {}) };
}

/** Honorifics only a person bears ("Dr. Marsh"); "the" and "his" stand before other names too. */
const PERSONAL_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'amb', 'sir', 'dame', 'madam']);

/**
 * A provisional actor named after a person's title ("Prime Minister Garibashvili") is a person
 * (whatever discovery guessed), also known by the titled forms the document writes: readers and
 * curators look them up by either.
 */
function keepTitledNames(sentences: readonly SentenceAnalysis[], provisional: Map<string, Actor>, actors: DocumentActors, roles: RoleIndex): void {
  const nameNorms = new Map<string, string>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      const a = provisional.get(m.actorId);
      if (!a || m.via === 'pronoun') continue;
      // The title is inside the mention ("President Ilham Aliyev") or written just before it.
      let from = m.tokenStart;
      const titleWord = (t: Token): boolean => t.kind === 'word' && t.cap && (roles.words.has(t.norm) || isTitleWord(t.norm));
      // "Dr. Marsh": the abbreviation's period belongs to the title.
      while (from > 0 && (titleWord(s.tokens[from - 1]) || (s.tokens[from - 1].text === '.' && from > 1 && titleWord(s.tokens[from - 2])))) from--;
      const toks = s.tokens.slice(from, m.tokenEnd);
      let name = nameNorms.get(a.name);
      if (name === undefined) nameNorms.set(a.name, (name = tokenize(a.name).map((t) => t.norm).join(' ')));
      // The name ends the mention, or is followed by the body it serves ("President X of Ghana", rule titleNameOfBody).
      const size = name.split(' ').length;
      const k = toks.findIndex((_, i) => toks.slice(i, i + size).map((t) => t.norm).join(' ') === name && (i + size === toks.length || toks[i + size].norm === 'of'));
      const title = k > 0 ? toks.slice(0, k).filter((t) => t.kind === 'word') : [];
      if (!title.length || !title.every((t) => roles.words.has(t.norm) || isTitleWord(t.norm)) || !title.some((t) => roles.heads.has(t.norm) || PERSONAL_HONORIFICS.has(t.norm))) continue;
      const text = s.sentence.text.slice(toks[0].start - s.sentence.start, toks[k + size - 1].end - s.sentence.start);
      if (a.aliases.includes(text) && a.kind === 'person') continue;
      const titled: Actor = { ...a, kind: 'person', aliases: a.aliases.includes(text) ? a.aliases : [...a.aliases, text] };
      provisional.set(a.id, titled);
      actors.set(a.id, titled);
    }
  }
}

/** Most words of a name whose first word alone may name its holder ("Xi Jinping", "Kim Jong Un"). */
const MAX_LEADING_NAME_WORDS = 3;

/** Words looked through before a name for its title ("former opposition leader X") and after its comma for an apposition's head (", the former head of …"). */
const PERSON_CONTEXT_WORDS = 3;

/**
 * Whether actor `id` is named somewhere as a person is: with a title's head or an honorific
 * before it ("General X", "Mr. X", "opposition leader X") or an apposition of an office after it
 * ("X, head of the Kestrel Force").
 */
function standsAsPerson(sentences: readonly SentenceAnalysis[], id: string, roles: RoleIndex): boolean {
  const role = (t: Token | undefined): boolean => !!t && t.kind === 'word' && (roles.heads.has(t.norm) || isTitleWord(t.norm));
  return sentences.some((s) =>
    s.mentions.some((m) => {
      if (m.actorId !== id || m.via === 'pronoun') return false;
      // The title is inside the mention ("General Kasim Suleimani") or written just before it ("Mr. X").
      let words = 0;
      for (let i = m.tokenEnd - 1; i >= 0 && words < PERSON_CONTEXT_WORDS + (m.tokenEnd - m.tokenStart); i--) {
        const t = s.tokens[i];
        if (t.kind === 'word') {
          if (role(t)) return true;
          words++;
        } else if (!(t.text === '.' && role(s.tokens[i - 1]))) break;
      }
      if (s.tokens[m.tokenEnd]?.text !== ',') return false;
      return s.tokens.slice(m.tokenEnd + 1, m.tokenEnd + 1 + PERSON_CONTEXT_WORDS).some(role);
    }),
  );
}

/**
 * Rule `surnameFirst`: a provisional short name (one word, or one after name particles: "Bin
 * Mubarak", surnames.ts) that is the surname of exactly one full name the document discovered is
 * that person, wherever the two stand (a heading's "Foreign Minister Amerin" before the body's
 * "Paul Amerin"): compared with case and diacritics folded ("Erdogan", "Erdoğan") and an Arabic
 * article apart ("Sisi", "el-Sisi"); a full name the name tagger guessed
 * to be a body's counts when the surname is a person's ("Ms. Tsikhanouskaya"), and becomes one.
 * Never when two full names share the surname ("Daniel Ortega", "Camila Antonia Ortega"); one
 * whose full name the document writes only elsewhere takes that name.
 */
function mergeSurnames(text: string, roles: RoleIndex, matcher: Matcher, sentences: SentenceAnalysis[], actors: DocumentActors, provisional: Map<string, Actor>): void {
  const remap = new Map<string, string>();
  // Rule `sameFullName`: "Joe Biden" (a title) and "Joseph R. Biden" (the text): one person, the first named.
  const named = [...provisional.values()].filter((a) => a.kind === 'person' && isFullName(a.name));
  const byKey = new Map<string, string>();
  for (const a of named) {
    const key = personKey(a.name);
    const first = byKey.get(key);
    if (first) remap.set(a.id, first);
    else byKey.set(key, a.id);
  }
  const people = named.filter((a) => !remap.has(a.id));
  // Full names the name tagger guessed to be a body's ("Kasim Suleimani, head of …"): a person's
  // when the full name itself stands as a person's somewhere in the document and a surname that is
  // a person's stands for them alone (rule `surnameFirst`); a firm's name ("Goldman Sachs") does not.
  // (Asked only of the full names a surname points at: each look reads every mention.)
  const unsure = surnameOwners([...provisional.values()].filter((a) => a.kind === 'organization' && isFullName(a.name) && !tokenize(a.name).some((t) => isBodyWord(t.norm))));
  const ownersOf = surnameOwners(people);
  const asPerson = new Map<string, boolean>();
  const standsAsPersonOnce = (id: string): boolean => asPerson.get(id) ?? asPerson.set(id, standsAsPerson(sentences, id, roles)).get(id)!;
  for (const a of [...provisional.values()]) {
    if (!isShortName(a.name)) continue;
    const owners = [...ownersOf(a.name), ...(a.kind === 'person' ? unsure(a.name).filter((o) => standsAsPersonOnce(o.id)) : [])];
    if (owners.length === 1) {
      const owner = owners[0];
      remap.set(a.id, owner.id);
      if (owner.kind !== 'person') {
        const person: Actor = { ...owner, kind: 'person' };
        actors.set(owner.id, person);
        provisional.set(owner.id, person);
      }
      continue;
    }
    // Rule `leadingNameWord`: "Xi" after "Xi Jinping", "Abiy" after "Abiy Ahmed": news calls
    // people whose family name comes first (or who go by their given name) by a name's first word;
    // only a short name, and only one person's.
    const leading = owners.length ? [] : people.filter((p) => p.name.startsWith(`${a.name} `) && p.name.split(' ').length <= MAX_LEADING_NAME_WORDS);
    if (leading.length === 1) {
      remap.set(a.id, leading[0].id);
      continue;
    }
    // "Donfried" with a relation, "Karen Donfried" in a sentence without one: the full name.
    const full = !owners.length && a.kind === 'person' ? fullNameIn(text, a.name, roles, matcher) : undefined;
    const id = full && slugify(full);
    if (!full || !id || actors.has(id)) continue;
    const renamed: Actor = { ...a, id, name: full };
    actors.set(id, renamed);
    provisional.set(id, renamed);
    remap.set(a.id, id);
  }
  if (!remap.size) return;
  for (const s of sentences) {
    s.mentions = s.mentions.map((m) => (remap.has(m.actorId) ? { ...m, actorId: remap.get(m.actorId)! } : m));
    s.pending = s.pending.map((p) => (remap.has(p.speaker) ? { ...p, speaker: remap.get(p.speaker)! } : p));
  }
  for (const id of remap.keys()) {
    actors.delete(id);
    provisional.delete(id);
  }
}
