/**
 * Gazetteer matching: every actor name and alias, tokenized like the text, in a token trie, so
 * a sentence is scanned once with the longest alias winning. Adds the aliases a curator need not
 * list: state name variants ("Turkey"/"Türkiye"), demonyms ("Iranian"), a person's surname.
 */
import type { Actor } from '../domain/types';
import { isDatedMonthAt } from './dated-month';
import { DEMONYMS, STATE_NAME_VARIANTS } from './demonyms';
import { firstNameForms } from './lexicon/nicknames';
import { REFERENCE_DEMONYMS, type Metonym } from './reference';
import { fold, isUpper } from './normalize';
import { tokenize } from './tokens';
import type { Gazetteer, MentionVia, Token } from './types';

export interface AliasEntry {
  actorId: string;
  via: MentionVia;
  /** Per alias token: the text token must be upper case too (acronyms: "US" but not "us"). */
  upper: boolean[];
  /** The text must start with a capital (derived surnames, demonym plurals). */
  requireCap: boolean;
  /** Lower wins when one alias names several actors. */
  rank: number;
  /** A capital or seat of power: not when part of a longer capitalised name ("the tanker Marlin Luanda"). */
  metonym?: boolean;
}

/**
 * A node of the alias trie. Most nodes end a name and have no child, and most have one entry or
 * none, so a node gets its map of children at its first child, and holds its first entry itself
 * and a list only from the second: a map and a list made for every node were about half of the
 * extraction worker's 49 MB of matcher at 50,000 actors, and a list of one for each of 51,000
 * names 2.9 MB more.
 */
interface TrieNode {
  next?: Map<string, TrieNode>;
  entries?: AliasEntry | AliasEntry[];
}

/** A node's entries as a list. */
export const entriesAt = (node: TrieNode): readonly AliasEntry[] => (node.entries === undefined ? [] : Array.isArray(node.entries) ? node.entries : [node.entries]);

export interface Matcher {
  readonly root: TrieNode;
  readonly actors: ReadonlyMap<string, Actor>;
  /** Longest alias length in tokens: bounds the scan at each position (grows with extendMatcher). */
  maxLen: number;
}

export interface GazetteerMatch {
  actorId: string;
  via: MentionVia;
  tokenStart: number;
  tokenEnd: number;
}

/** Punctuation skipped inside names so "Al-Shabaab" matches "Al Shabaab". */
const SKIPPABLE = new Set(['-', '‐', '‑', '.', '·']);
const ACRONYM_MAX = 6;

function aliasTokens(alias: string): Token[] {
  const toks = tokenize(alias).filter((t) => !SKIPPABLE.has(t.text));
  // A leading article is not part of a name: "the United States" ≈ "United States".
  if (toks.length > 1 && toks[0].norm === 'the') toks.shift();
  return toks;
}

const newNode = (): TrieNode => ({ next: undefined, entries: undefined });

/** `upper` of an alias none of whose tokens must be upper case (most), one shared frozen list per length. */
const NONE_UPPER: readonly boolean[][] = Array.from({ length: 16 }, (_, n) => Object.freeze(new Array<boolean>(n).fill(false)) as boolean[]);

/**
 * An entry written out field by field, every one in the same order: copied by spread
 * (`{ ...entry, upper }`), each of the 51,000 entries at 50,000 actors got a hidden class of its
 * own (V8's map, descriptor array and property array: 12.5 MB of the matcher's 26 MB, by a heap
 * snapshot); written so, they share one.
 */
const aliasEntry = (e: Omit<AliasEntry, 'upper'>, upper: boolean[]): AliasEntry => ({ actorId: e.actorId, via: e.via, upper, requireCap: e.requireCap, rank: e.rank, metonym: e.metonym === true });

function insert(m: { root: TrieNode; maxLen: number }, alias: string, entry: Omit<AliasEntry, 'upper'>): void {
  const toks = aliasTokens(alias);
  if (!toks.length) return;
  let node = m.root;
  for (const t of toks) {
    node.next ??= new Map();
    let child = node.next.get(t.norm);
    if (!child) node.next.set(t.norm, (child = newNode()));
    node = child;
  }
  const had = entriesAt(node);
  if (had.some((e) => e.actorId === entry.actorId)) return;
  const upper = toks.map((t) => t.upper && t.norm.length <= ACRONYM_MAX && t.kind === 'word');
  const made = aliasEntry(entry, (!upper.includes(true) && NONE_UPPER[upper.length]) || upper);
  node.entries = had.length ? [...had, made] : made;
  m.maxLen = Math.max(m.maxLen, toks.length);
}

const DEMONYM_BY_STATE = new Map<string, string[]>();
for (const [adj, state] of [...Object.entries(DEMONYMS), ...REFERENCE_DEMONYMS]) {
  const key = fold(state);
  const list = DEMONYM_BY_STATE.get(key) ?? [];
  if (!list.some((x) => fold(x) === fold(adj))) DEMONYM_BY_STATE.set(key, [...list, adj]);
}
const DEMONYM_SET = new Set([...Object.keys(DEMONYMS), ...REFERENCE_DEMONYMS.map(([adj]) => adj)].map(fold));

/** A matcher while it is built or grown: the people by surname decide which surnames stand alone. */
interface Growing {
  root: TrieNode;
  maxLen: number;
  actors: Map<string, Actor>;
  surnames: Map<string, string[]>;
}

/** What a matcher keeps so actors can join it later (see extendMatcher). */
const growth = new WeakMap<Matcher, Growing>();

/** The surname a person's name may stand alone as, if any. */
function surnameOf(a: Actor): string | undefined {
  if (a.kind !== 'person') return undefined;
  const toks = aliasTokens(a.name).filter((t) => t.kind === 'word');
  const last = toks[toks.length - 1];
  return toks.length > 1 && last.text.length >= 3 ? last.norm : undefined;
}

/** An actor's names, aliases and the variants a curator need not list; its surname is only noted. */
function addActor(m: Growing, a: Actor): void {
  m.actors.set(a.id, a);
  const names = [a.name, ...a.aliases];
  for (const [i, n] of names.entries()) {
    const demonym = DEMONYM_SET.has(fold(n));
    insert(m, n, { actorId: a.id, via: demonym ? 'demonym' : i === 0 ? 'name' : 'alias', requireCap: !!a.provisional, rank: 0 });
    if (demonym) insert(m, `${n}s`, { actorId: a.id, via: 'demonym', requireCap: true, rank: 0 });
  }
  if (a.kind === 'state') {
    const folded = new Set(names.map(fold));
    const variants = STATE_NAME_VARIANTS.find((g) => g.some((v) => folded.has(fold(v))));
    for (const v of variants ?? []) insert(m, v, { actorId: a.id, via: 'alias', requireCap: false, rank: 1 });
    for (const name of [...folded, ...(variants ?? []).map(fold)]) {
      for (const adj of DEMONYM_BY_STATE.get(name) ?? []) {
        insert(m, adj, { actorId: a.id, via: 'demonym', requireCap: false, rank: 1 });
        insert(m, `${adj}s`, { actorId: a.id, via: 'demonym', requireCap: true, rank: 1 });
      }
    }
  }
  if (a.kind === 'person') {
    // "Bob Smith" for "Robert Smith" and the other way round.
    const [first, ...rest] = a.name.split(' ');
    if (rest.length) for (const f of firstNameForms(first)) if (f !== first.toLowerCase()) insert(m, `${f} ${rest.join(' ')}`, { actorId: a.id, via: 'alias', requireCap: true, rank: 1 });
    const surname = surnameOf(a);
    if (surname) m.surnames.set(surname, [...(m.surnames.get(surname) ?? []), a.id]);
  }
}

/** The rank of a person's surname alone, below every other name of an actor. */
const SURNAME_RANK = 2;
const insertSurname = (m: Growing, surname: string, id: string): void => insert(m, surname, { actorId: id, via: 'alias', requireCap: true, rank: SURNAME_RANK });

/**
 * Takes back the entry by which a surname stood alone for person `id` (insertSurname; none when
 * the person had an entry there already), and the nodes that leaves with no entry and no child:
 * the trie is then the one a build without it makes.
 */
function removeSurname(m: Growing, surname: string, id: string): void {
  const path: [TrieNode, string][] = [];
  let node = m.root;
  for (const t of aliasTokens(surname)) {
    const child = node.next?.get(t.norm);
    if (!child) return;
    path.push([node, t.norm]);
    node = child;
  }
  const kept = entriesAt(node).filter((e) => e.actorId !== id || e.rank !== SURNAME_RANK);
  node.entries = kept.length > 1 ? kept : kept[0];
  for (let k = path.length - 1; k >= 0 && node.entries === undefined && !node.next?.size; k--) {
    const [parent, norm] = path[k];
    parent.next!.delete(norm);
    node = parent;
  }
}

/**
 * Builds the matcher once per gazetteer (extraction of many documents can share it). `metonyms`
 * (capitals, seats of power) match only when written with a capital letter.
 */
export function buildMatcher(gazetteer: Gazetteer, extra: readonly Actor[] = [], metonyms: readonly Metonym[] = []): Matcher {
  const m: Growing = { root: newNode(), maxLen: 1, actors: new Map(), surnames: new Map() };
  for (const a of [...gazetteer, ...extra]) addActor(m, a);
  for (const k of metonyms) insert(m, k.alias, { actorId: k.actorId, via: 'alias', requireCap: true, rank: 1, metonym: true });
  // A surname alone stands for the person only when no other person shares it.
  for (const [surname, ids] of m.surnames) if (ids.length === 1) insertSurname(m, surname, ids[0]);
  const matcher: Matcher = { root: m.root, actors: m.actors, maxLen: m.maxLen };
  growth.set(matcher, m);
  return matcher;
}

/**
 * Adds actors to a built matcher in place, matching afterwards exactly as one built afresh with
 * them at the end of its gazetteer would: a surname that stood alone for one person and is now
 * shared stands alone no more. Refuses (false, matcher unchanged) when that would take more than
 * adding: an id it already has. The caller keeps metonyms and the reference layer unchanged (see
 * reference.ts touchesReference).
 */
export function extendMatcher(matcher: Matcher, actors: readonly Actor[]): boolean {
  const m = growth.get(matcher);
  if (!m) return false;
  const ids = new Set<string>();
  const joining = new Map<string, number>();
  for (const a of actors) {
    if (m.actors.has(a.id) || ids.has(a.id)) return false;
    ids.add(a.id);
    const surname = surnameOf(a);
    if (surname) joining.set(surname, (joining.get(surname) ?? 0) + 1);
  }
  for (const a of actors) addActor(m, a);
  for (const [surname, n] of joining) {
    const holders = m.surnames.get(surname)!;
    if (holders.length === 1 && n === 1) insertSurname(m, surname, holders[0]);
    // One person held it before (holders[0]): a build puts no surname entry for a shared one.
    else if (holders.length === n + 1) removeSurname(m, surname, holders[0]);
  }
  matcher.maxLen = m.maxLen;
  return true;
}

function accepts(e: AliasEntry, toks: readonly Token[]): boolean {
  if (e.requireCap && !toks[0].cap) return false;
  return e.upper.every((u, k) => !u || isUpper(toks[k].text));
}

/**
 * Which of several actors one name stands for ("Congolese": the DR Congo or the Republic of the
 * Congo), or undefined to leave it unread (rule `documentSense`, ambiguous-names.ts).
 */
export type Disambiguate = (ids: readonly string[]) => string | undefined;

/** Best entry at a trie node for the matched tokens, or undefined when ambiguous or rejected. */
function pick(entries: readonly AliasEntry[], toks: readonly Token[], disambiguate?: Disambiguate): AliasEntry | undefined {
  const ok = entries.filter((e) => accepts(e, toks));
  if (!ok.length) return undefined;
  const best = Math.min(...ok.map((e) => e.rank));
  const top = ok.filter((e) => e.rank === best);
  const ids = [...new Set(top.map((e) => e.actorId))];
  if (ids.length === 1) return top[0];
  const chosen = disambiguate?.(ids);
  return chosen === undefined ? undefined : top.find((e) => e.actorId === chosen);
}

/** Capitalised words right before (not opening the sentence) or right after tokens [i, j). */
function insideLongerName(tokens: readonly Token[], i: number, j: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[j];
  return (!!before && i - 1 > 0 && before.kind === 'word' && before.cap && before.end + 1 >= tokens[i].start) || (!!after && after.kind === 'word' && after.cap && after.start <= tokens[j - 1].end + 1);
}

/**
 * Data: nouns a city's name is put before to name a text, an event or a place in that city ("the
 * Paris climate accord", "the Minsk agreements", "the Beijing Olympics"), with the adjectives
 * news puts between them ("climate", "peace", "nuclear").
 */
const CITY_THING_NOUNS: ReadonlySet<string> = new Set([
  'accord', 'accords', 'agreement', 'agreements', 'treaty', 'protocol', 'protocols', 'declaration', 'communique', 'charter', 'convention', 'deal',
  'climate', 'peace', 'nuclear', 'format', 'process', 'summit', 'olympics', 'games', 'marathon', 'airport', 'metro', 'subway', 'stock', 'exchange', 'bureau', 'correspondent', 'time',
]);

/**
 * Rule `cityInName`: a capital's name right before a noun of a text, an event or a place ("the Paris
 * climate accord", "the Minsk agreements") names that thing, not the government seated there; nor
 * does discovery read it as a name of its own.
 */
export function namesPlaceThing(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j];
  return !!next && next.kind === 'word' && !next.cap && CITY_THING_NOUNS.has(next.norm);
}

/** Longest, leftmost, non-overlapping gazetteer matches in a token sequence. */
export function matchGazetteer(tokens: readonly Token[], matcher: Matcher, disambiguate?: Disambiguate): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Most tokens begin no name: passed over before the scan's state is made.
    if (!matcher.root.next?.has(tokens[i].norm)) {
      i++;
      continue;
    }
    let node: TrieNode | undefined = matcher.root;
    let best: GazetteerMatch | undefined;
    const used: Token[] = [];
    let j = i;
    for (let steps = 0; node && j < tokens.length && steps < matcher.maxLen * 2 + 2; steps++) {
      const t = tokens[j];
      if (used.length && SKIPPABLE.has(t.text) && t.start === tokens[j - 1].end) {
        j++;
        continue;
      }
      // Rule `nameJoints` (titles.ts): a middle initial inside a known name ("Donald J. Trump" for "Donald Trump").
      if (used.length && t.kind === 'word' && t.upper && t.text.length === 1 && tokens[j + 1]?.text === '.' && tokens[j + 2] && node.next?.has(tokens[j + 2].norm)) {
        j += 2;
        continue;
      }
      node = node.next?.get(t.norm);
      if (!node) break;
      used.push(t);
      j++;
      const at = node.entries;
      const e = at === undefined ? undefined : Array.isArray(at) ? pick(at, used, disambiguate) : accepts(at, used) ? at : undefined;
      // Rule `monthDate`: "Last May, …" is no "Theresa May".
      const date = e?.rank === SURNAME_RANK && used.length === 1 && isDatedMonthAt(tokens, i);
      if (e && !date && !(e.metonym && (insideLongerName(tokens, i, j) || namesPlaceThing(tokens, j)))) best = { actorId: e.actorId, via: e.via, tokenStart: i, tokenEnd: j };
    }
    if (best) {
      out.push(best);
      i = best.tokenEnd;
    } else {
      i++;
    }
  }
  return out;
}
