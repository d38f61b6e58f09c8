/**
 * Titles. "Iranian Foreign Minister Abbas Araghchi" is one mention of Araghchi (the title is not a
 * second actor); "Iran's foreign minister" or "the president of Iran" names whoever the gazetteer
 * lists with that role and affiliation; an unknown name after a title is a provisional person.
 */
import type { Actor } from '../domain/types';
import { affiliationChain } from './affiliation';
import type { Matcher } from './gazetteer';
import { isJunkName } from './junk';
import { fold, slugify } from './normalize';
import { tokenize } from './tokens';
import type { Mention, Token } from './types';

/** Data: nouns that head a title (the person), and words that modify them. */
const TITLE_HEADS = (
  'president minister secretary envoy ambassador spokesperson spokesman spokeswoman director chief ' +
  'head leader king queen prince emir sheikh sultan chancellor premier commander adviser advisor ' +
  'negotiator representative mayor governor senator diplomat general admiral ayatollah'
).split(' ');
const TITLE_MODIFIERS = (
  'vice prime foreign defense defence interior finance special supreme crown deputy senior top ' +
  'national security chief intelligence army military state general presidential'
).split(' ');
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

/** Capitalised name tokens starting at i ("Faisal bin Farhan"), at most four words. */
function nameAt(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length && j - i < 6) {
    const t = tokens[j];
    const particle = /^(?:bin|bint|al|el|de|da|van|von|der|ibn|abu)$/.test(t.norm) && j > i;
    if (t.kind !== 'word' || !(t.cap || particle) || t.upper) break;
    j++;
  }
  while (j > i && !tokens[j - 1].cap) j--;
  return j - i <= 4 ? j : i;
}

function span(tokens: readonly Token[], a: number, b: number, text: string): Pick<Mention, 'start' | 'end' | 'text' | 'tokenStart' | 'tokenEnd'> {
  const start = tokens[a].start;
  const end = tokens[b - 1].end;
  return { start, end, text: text.slice(start, end), tokenStart: a, tokenEnd: b };
}

/**
 * Rewrites mentions for titles. `text` is the document (mention text is sliced from it);
 * returns the new mentions (sorted) and provisional people named after a title.
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
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    const actor = actors.get(m.actorId);
    if (!actor) continue;
    // Title words after the body: "Iran's foreign minister", "U.S. special envoy".
    let i = m.tokenEnd + (m.possessive ? 1 : 0);
    const first = i;
    while (isTitleWord(tokens[i], roles) && i - first < 5) i++;
    while (i > first && !isHead(tokens[i - 1])) i--;
    if (i > first && actor.kind !== 'person') {
      const title = tokens.slice(first, i);
      const next = out[k + 1];
      if (next && next.tokenStart === i && actors.get(next.actorId)?.kind === 'person') {
        // "Iranian Foreign Minister Abbas Araghchi": the title belongs to the named person.
        out.splice(k, 2, { ...next, ...span(tokens, m.tokenStart, next.tokenEnd, text) });
        continue;
      }
      const holder = holderOf(title, m.actorId, actors, roles);
      const nameEnd = nameAt(tokens, i);
      if (holder) {
        out[k] = { ...m, ...span(tokens, m.tokenStart, i, text), actorId: holder, via: 'title', possessive: tokens[i]?.kind === 'possessive', confidence: 0.9 };
      } else if (nameEnd > i && !out.some((o) => o.tokenStart < nameEnd && o.tokenEnd > i)) {
        const name = text.slice(tokens[i].start, tokens[nameEnd - 1].end);
        const id = slugify(name);
        if (id && !actors.has(id) && !isJunkName(name)) {
          const role = text.slice(tokens[m.tokenStart].start, tokens[i - 1].end);
          discovered.push({ id, name, kind: 'person', affiliation: m.actorId, role, aliases: [], provisional: true });
          out[k] = { ...m, ...span(tokens, m.tokenStart, nameEnd, text), actorId: id, via: 'discovered', possessive: tokens[nameEnd]?.kind === 'possessive', confidence: 0.8 };
        }
      } else {
        // An unlisted office holder acts for the body: keep the body, over the whole title.
        out[k] = { ...m, ...span(tokens, m.tokenStart, i, text), via: 'title', possessive: tokens[i]?.kind === 'possessive', confidence: 0.8 };
      }
      continue;
    }
    // "the president of Iran": title words, "of", the body.
    if (tokens[m.tokenStart - 1]?.norm === 'of' && actor.kind !== 'person') {
      let s = m.tokenStart - 1;
      const endTitle = s;
      while (isTitleWord(tokens[s - 1], roles) && endTitle - s < 5) s--;
      if (s < endTitle && isHead(tokens[endTitle - 1]) && !out.some((o) => o !== m && o.tokenEnd > s && o.tokenStart < endTitle)) {
        const holder = holderOf(tokens.slice(s, endTitle), m.actorId, actors, roles);
        if (holder) out[k] = { ...m, ...span(tokens, s, m.tokenEnd, text), actorId: holder, via: 'title', confidence: 0.9 };
      }
    }
    // Title words before a named person: "Foreign Minister Abbas Araghchi" is one mention.
    if (actor.kind === 'person') {
      let s = m.tokenStart;
      while (isTitleWord(tokens[s - 1], roles) && m.tokenStart - s < 5) s--;
      const prev = out[k - 1];
      if (s < m.tokenStart && (!prev || prev.tokenEnd <= s)) out[k] = { ...m, ...span(tokens, s, m.tokenEnd, text) };
    }
  }
  return { mentions: out, discovered };
}

/** Words that, alone, are titles rather than names (compromise returns "President" as a person). */
export function isTitleOnly(name: string, roles: RoleIndex): boolean {
  return tokenize(name).every((t) => t.kind !== 'word' || roles.words.has(fold(t.text)) || STOP.has(t.norm));
}
