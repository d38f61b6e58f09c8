/**
 * Rule `designationList`: government texts name the targets of a sanction or a designation as a
 * list with no hostile word next to each ("OFAC has added A, B, and C to the SDN List", "the
 * Department is designating X and Y", "designating three entities and eleven individuals,
 * including President A, Vice President B, and businessman C", "imposed visa restrictions on A
 * and B", "sanctioned A, a commander of B, and C"). Every member of the act's object list is a
 * target; an apposition on a member ("A, a commander of B,") describes it and names no target.
 * Who joins a sanction stands before the act and is its issuer, never read here; removing from
 * a list or delisting is no act read here.
 */
import { BE_FORMS, DETERMINERS, PREPOSITIONS } from './cues';
import { hostileLabelWithin, LABEL_WINDOW } from './lexicon/news-hostility';
import { isPastParticiple, lemmas } from './lemma';
import { afterDescription, personNameAt, type ListedName } from './name-lists';
import type { RoleIndex } from './titles';
import { tokenize } from './tokens';
import type { Mention, Token } from './types';

/** A sanction or designation act and the mentions of its object list. */
export interface DesignationList {
  /** Token span [start, end) of the act's word. */
  cueStart: number;
  cueEnd: number;
  /** The act's word in base form ("add", "designate", "sanction", "impose"). */
  act: string;
  /** Token where its object list begins. */
  listStart: number;
  targets: Mention[];
}

/** Verbs whose object is the list of those sanctioned or designated. */
const LISTING_VERBS: ReadonlySet<string> = new Set(['designate', 'sanction', 'blacklist']);
/** "add … to the … List": the verb of putting names on a sanctions list, only with the list named after them. */
const ADD = 'add';
/** "impose … sanctions on": the measures imposed, whose preposition opens the list. */
const IMPOSE = 'impose';
const MEASURES: ReadonlySet<string> = new Set(['sanction', 'restriction', 'ban', 'freeze', 'penalty', 'designation']);
const MEASURE_PREPS: ReadonlySet<string> = new Set(['on', 'against', 'upon']);
/** Most tokens between "impose" and the preposition of its measures ("imposed additional visa restrictions on"). */
const IMPOSE_WINDOW = 5;
/** Most tokens between "to" after an added list and the word "List" ("to the List of Specially Designated Nationals"). */
const LIST_WINDOW = 8;
/** Most description tokens before a member's name ("Brigadier General (Retired)", "Nigerian nationals"). */
const MAX_LEAD = 6;
/** Most tokens of an apposition on a member ("a commander of the Coastal Front"), or of a role before a name ("the president of its board of directors"). */
const MAX_APPOSITION = 14;
/** Words that open an apposition after a member's comma. */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'who', 'whose', 'which']);
/** Counted nouns of those designated before "including" ("three entities and eleven individuals, including …"). */
const COUNTED: ReadonlySet<string> = new Set(['individuals', 'individual', 'entities', 'entity', 'persons', 'people', 'officials', 'companies', 'leaders', 'members', 'others', 'and', 'additional', 'other', 'several']);
/** Words that end the list after its last member: what the act goes on with. */
const AFTER_LIST: ReadonlySet<string> = new Set(['as', 'pursuant', 'both', 'all', 'today', 'yesterday']);
/** The beginnings of the acts' words, tested at the word's start before any lemma is made (most words are none of them). */
const ACT_STEMS = '(?:add|designat|sanction|blacklist|impos)';
const ACT_START = new RegExp(`^${ACT_STEMS}`);
/** ACT_START at any word's start in a sentence's text. */
const ACT_IN_TEXT = new RegExp(`\\b${ACT_STEMS}`);

const isNumber = (t: Token): boolean => /^\d/.test(t.norm) || ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].includes(t.norm);


/**
 * Where an act's object list begins when token `i` is a sanction or designation act, else -1:
 * right after the verb (past a count of those designated and "including"), or after the
 * preposition of the measures "impose" governs.
 */
export function listStart(tokens: readonly Token[], i: number): { start: number; act: string } | undefined {
  const t = tokens[i];
  if (t.kind !== 'word' || t.cap || !ACT_START.test(t.norm)) return undefined;
  const ls = lemmas(t.norm);
  if (ls.includes(IMPOSE)) {
    for (let j = i + 1; j < tokens.length && j <= i + IMPOSE_WINDOW; j++) {
      if (tokens[j].kind !== 'word') return undefined;
      if (lemmas(tokens[j].norm).some((l) => MEASURES.has(l)) && MEASURE_PREPS.has(tokens[j + 1]?.norm ?? '')) return { start: j + 2, act: IMPOSE };
    }
    return undefined;
  }
  const act = ls.includes(ADD) ? ADD : ls.find((l) => LISTING_VERBS.has(l));
  if (!act) return undefined;
  // A passive ("were designated") names its targets before it; an adjective ("the sanctioned
  // persons") none after it.
  const prev = tokens[i - 1];
  if (prev && ((BE_FORMS.has(prev.norm) && isPastParticiple(t.norm)) || DETERMINERS.has(prev.norm))) return undefined;
  // "designating three entities and eleven individuals, including A, B": the list after "including".
  let j = i + 1;
  while (j < tokens.length && j - i <= MAX_LEAD && tokens[j].kind === 'word' && (isNumber(tokens[j]) || COUNTED.has(tokens[j].norm))) j++;
  if (j > i + 1) {
    if (tokens[j]?.text === ',') j++;
    return tokens[j]?.norm === 'including' ? { start: j + 1, act } : undefined;
  }
  return { start: i + 1, act };
}

/** Whether a sentence holds a sanction or designation act that may name a list ("has added", "is designating", "imposed visa restrictions on"). */
export function hasDesignationAct(tokens: readonly Token[]): boolean {
  // "he added that …" is common and no act: "add" counts only with a list named after it.
  let lastList = -1;
  for (let i = 0; i < tokens.length; i++) if (tokens[i].norm === 'list' || tokens[i].norm === 'lists') lastList = i;
  for (let i = 0; i < tokens.length; i++) {
    const at = listStart(tokens, i);
    if (at && (at.act !== ADD || lastList > i)) return true;
  }
  return false;
}

/** Whether tokens [from, to) only describe the name after them: titles, a demonym, lower-case words, a bracketed aside. */
function describes(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && (PREPOSITIONS.has(t.norm) || t.norm === 'and' || t.norm === 'or')) return false;
    if (t.kind === 'punct' && !['(', ')', '.', '-'].includes(t.text)) return false;
  }
  return true;
}

/**
 * The member of a list at token `pos`: the first mention within a few description tokens
 * ("Nigerian nationals A", "President A", "businessman B"), or the name after a role and a comma
 * ("the president of its board of directors, Ruy Delgado Lopez": the name is the member, not the
 * body in the role).
 */
function memberAt(tokens: readonly Token[], byStart: ReadonlyMap<number, Mention>, pos: number): Mention | undefined {
  for (let j = pos; j < tokens.length && j - pos <= MAX_LEAD; j++) {
    const m = byStart.get(j);
    if (!m) continue;
    // A demonym or a possessor before a noun describes the member ("Nigerian nationals A", "Hamas's financier B").
    const next = tokens[m.tokenEnd];
    if ((m.via === 'demonym' && next?.kind === 'word' && !next.cap) || m.possessive) continue;
    if (describes(tokens, pos, j)) return m;
    break;
  }
  if (!APPOSITION_OPENERS.has(tokens[pos]?.norm ?? '')) return undefined;
  for (let j = pos + 1; j < tokens.length && j - pos <= MAX_APPOSITION; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && t.text !== ',') return undefined;
    if (t.text !== ',') continue;
    const m = byStart.get(j + 1);
    const after = m && tokens[m.tokenEnd];
    return m && !m.possessive && (!after || after.kind === 'punct') ? m : undefined;
  }
  return undefined;
}

/**
 * Token after an apposition opened at `at` ("a commander of B,"): after its closing comma, or -1.
 * With `semicolon`, a semicolon closes it too ("A, a general; B, …", rule `semicolonList`).
 */
function appositionEnd(tokens: readonly Token[], at: number, semicolon = false): number {
  if (!APPOSITION_OPENERS.has(tokens[at]?.norm ?? '')) return -1;
  for (let j = at + 1; j < tokens.length && j - at <= MAX_APPOSITION; j++) {
    const t = tokens[j];
    if (t.text === ',' || (semicolon && t.text === ';')) return j + 1;
    if (t.kind === 'punct' && !['(', ')', '-', '.'].includes(t.text)) return -1;
  }
  return -1;
}

/** Data: plural nouns of a body's people apposed before their names ("X and its leaders, A and B"). */
const APPOSED_PEOPLE: ReadonlySet<string> = new Set(['leaders', 'officials', 'members', 'commanders', 'directors', 'executives', 'officers', 'heads', 'chiefs', 'owners', 'founders']);

/** Most tokens inside a bracketed acronym after a name, or the name in its own language before it ("(Policía Nacional de X, PNX)"). */
const MAX_ACRONYM = 10;

/** The token after a bracketed acronym starting at `at` ("(OFAC)"), else `at`. */
function pastAcronym(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== '(') return at;
  for (let k = at + 1; k < tokens.length && k <= at + MAX_ACRONYM; k++) {
    if (tokens[k].text === ')') return k + 1;
    if (tokens[k].text === '(') return at;
  }
  return at;
}

/** Whether the token after a list's last member lets the list end there (not "A and B condemned …"). */
function endsList(t: Token | undefined): boolean {
  return !t || t.kind !== 'word' || PREPOSITIONS.has(t.norm) || AFTER_LIST.has(t.norm);
}

/** Whether an actor is a person. */
type PersonTest = (actorId: string) => boolean;

/** The members of the list beginning at `start` (empty when none is named there). */
function readList(tokens: readonly Token[], byStart: ReadonlyMap<number, Mention>, start: number, isPerson: PersonTest): Mention[] {
  const items: Mention[] = [];
  /** How many items were read before the first one joined by a bare comma: kept when the list is never closed. */
  let beforeComma = -1;
  let pos = start;
  for (;;) {
    const m = memberAt(tokens, byStart, pos);
    if (!m) break;
    items.push(m);
    // A bracketed acronym right after the name is the name again ("… Control (OFAC)").
    const e = pastAcronym(tokens, m.tokenEnd);
    const t = tokens[e];
    /** Rule `closedList`: commas without a closing "and" make no list ("sanctioned A, B said"): the items before them only. */
    const unclosed = (): Mention[] => (beforeComma < 0 ? items : items.slice(0, beforeComma));
    if (t?.norm === 'and' || t?.norm === 'or') return closeList(tokens, byStart, items, e + 1, isPerson) ?? unclosed();
    // A bare semicolon ends the list: the next clause begins ("sanctioned X; A and B condemned the move").
    if (t?.text !== ',') break;
    let next = e + 1;
    // Rule `designationList`: an apposition describes the member before it; the list goes on after it.
    // Rule `semicolonList`: members whose appositions hold commas are parted by semicolons ("A, a general; B, the head of C; and D").
    const apposed = appositionEnd(tokens, next, true);
    if (apposed >= 0 && !memberAt(tokens, byStart, next)) next = apposed;
    if ((next === e + 1 || tokens[next - 1]?.text === ';') && beforeComma < 0) beforeComma = items.length;
    if (tokens[next]?.norm === 'and' || tokens[next]?.norm === 'or') return closeList(tokens, byStart, items, next + 1, isPerson) ?? unclosed();
    pos = next;
  }
  return beforeComma < 0 ? items : items.slice(0, beforeComma);
}

/**
 * The list with its last member after "and"/"or" at `pos`, or undefined when the list cannot end
 * there ("sanctioned A, a banker; B and C condemned the move": C is a clause's subject).
 */
function closeList(tokens: readonly Token[], byStart: ReadonlyMap<number, Mention>, items: Mention[], pos: number, isPerson: PersonTest): Mention[] | undefined {
  // Rule `apposedPeopleList`: "X and its leaders, A and B": the names apposed to a body's people are the last members.
  if (APPOSITION_OPENERS.has(tokens[pos]?.norm ?? '') && APPOSED_PEOPLE.has(tokens[pos + 1]?.norm ?? '') && tokens[pos + 2]?.text === ',') {
    const people = readList(tokens, byStart, pos + 3, isPerson);
    // Closed as any list is: not a clause's subject ("… and its leaders, A said"); and people, not
    // states or bodies ("the RSF and its commanders, Turkey and Egypt, …" names no commanders).
    const closed = people.length && endsList(tokens[pastAcronym(tokens, people[people.length - 1].tokenEnd)]);
    return closed && people.every((m) => isPerson(m.actorId)) ? [...items, ...people] : items;
  }
  const m = memberAt(tokens, byStart, pos);
  if (!m) return items;
  return endsList(tokens[pastAcronym(tokens, m.tokenEnd)]) ? [...items, m] : undefined;
}

/** Words that make a list one of sanctions ("the SDN List", "the List of … Blocked Persons", "its sanctions list", "the Entity List"). */
const SANCTION_LIST_WORDS: ReadonlySet<string> = new Set(['sanction', 'sanctions', 'sanctioned', 'designated', 'blocked', 'sdn', 'entity', 'terrorist', 'terrorists', 'terror', 'denied', 'restricted', 'blacklist']);

/** Whether "to … List" of sanctions follows an added list ending at token `end` ("added A, B, and C to its list of contributors" is none). */
function toList(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.norm !== 'to') return false;
  let list = -1;
  for (let j = end + 1; j < tokens.length && j <= end + LIST_WINDOW && list < 0; j++) {
    if (tokens[j].norm === 'list' || tokens[j].norm === 'lists') list = j;
    else if (tokens[j].kind === 'punct' && tokens[j].text !== '-') return false;
  }
  if (list < 0) return false;
  for (let j = end + 1; j < tokens.length && j <= list + LIST_WINDOW; j++) {
    if (SANCTION_LIST_WORDS.has(tokens[j].norm)) return true;
    if (j > list && tokens[j].kind === 'punct') return false;
  }
  return false;
}

/** Whether a designation's list, ending at token `end`, names what the members are designated as without a hostile label ("designated A as its envoy"). */
function neutralLabel(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end]?.norm;
  if (next !== 'as' && next !== 'to') return false;
  return !hostileLabelWithin(tokens, end, LABEL_WINDOW);
}

/** The sanction and designation acts of a sentence with their object lists (members only, no apposition's body). */
export function designationLists(tokens: readonly Token[], mentions: readonly Mention[], isPerson: PersonTest): DesignationList[] {
  const byStart = new Map<number, Mention>();
  for (const m of mentions) {
    const had = byStart.get(m.tokenStart);
    if (!had || m.tokenEnd > had.tokenEnd) byStart.set(m.tokenStart, m);
  }
  const out: DesignationList[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const at = listStart(tokens, i);
    if (!at) continue;
    const targets = readList(tokens, byStart, at.start, isPerson);
    if (!targets.length) continue;
    const end = pastAcronym(tokens, targets[targets.length - 1].tokenEnd);
    if (at.act === ADD && !toList(tokens, end)) continue;
    if (at.act === 'designate' && neutralLabel(tokens, end)) continue;
    out.push({ cueStart: i, cueEnd: i + 1, act: at.act, listStart: at.start, targets });
  }
  return out;
}

/**
 * Rule `designationList`, for discovery: the people named in the object list of a sanction or
 * designation act ("has added Nigerian nationals A, B, and C to the List", "is designating A and
 * B"), read whole after their title or description, also where no tagger reads them as people:
 * the act vouches that its targets are actors. Offsets in the sentence.
 */
export function designatedPeople(sentence: string, roles: RoleIndex, isHonorific: (norm: string) => boolean): ListedName[] {
  // Most sentences name no such act: no tokens made for them.
  if (!ACT_IN_TEXT.test(sentence)) return [];
  const toks = tokenize(sentence);
  const isTitle = (norm: string): boolean => roles.words.has(norm) || isHonorific(norm);
  const out: ListedName[] = [];
  for (let i = 0; i < toks.length; i++) {
    const at = listStart(toks, i);
    if (!at) continue;
    const names: ListedName[] = [];
    let pos = at.start;
    let closed = false;
    /** Names read before the first semicolon: what stands when the list is never closed ("sanctioned A; B condemned it"). */
    let beforeSemicolon = -1;
    for (;;) {
      const last = toks[pos]?.norm === 'and';
      const from = last ? pos + 1 : pos;
      const desc = afterDescription(toks, from, Math.min(toks.length, from + MAX_LEAD + 1), isTitle);
      const end = desc ? personNameAt(toks, desc.at) : -1;
      if (!desc || end <= desc.at || !describes(toks, from, desc.at)) break;
      names.push({ start: toks[desc.at].start, end: toks[end - 1].end });
      const e = pastAcronym(toks, end);
      if (last) {
        closed = endsList(toks[e]);
        if (!closed) names.pop();
        break;
      }
      if (toks[e]?.norm === 'and') {
        pos = e;
        continue;
      }
      // A bare semicolon ends the list; rule `semicolonList`: "A, a general; B, …": after an apposition's semicolon the list goes on.
      if (toks[e]?.text !== ',') break;
      const apposed = appositionEnd(toks, e + 1, true);
      pos = apposed >= 0 ? apposed : e + 1;
      if (toks[pos - 1]?.text === ';' && beforeSemicolon < 0) beforeSemicolon = names.length;
      if (toks[pos]?.norm !== 'and' && apposed >= 0 && toks[pos - 1]?.text !== ';') break;
    }
    // Rule `closedList`: a list of several needs its closing "and"; one name alone stands.
    const kept = closed || beforeSemicolon < 0 ? names : names.slice(0, beforeSemicolon);
    if (closed || kept.length === 1) out.push(...kept);
  }
  return out;
}
