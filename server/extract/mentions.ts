/**
 * Actor mentions in a sentence: gazetteer names and aliases (longest match), then names found by
 * discovery in the document, then titles. Offsets are document offsets; token indexes are into
 * the sentence's tokens.
 */
import type { Actor } from '../domain/types';
import { matchGazetteer, type Disambiguate, type GazetteerMatch, type Matcher } from './gazetteer';
import { SHIP_PREFIXES } from './lexicon/ship-prefixes';
import { withoutOutletWords } from './outlet-names';
import { applyTitles, type RoleIndex } from './titles';
import { tokenize } from './tokens';
import type { Mention, Token } from './types';

function toMention(g: GazetteerMatch, tokens: readonly Token[], text: string, confidence: number): Mention {
  const start = tokens[g.tokenStart].start;
  const end = tokens[g.tokenEnd - 1].end;
  return {
    actorId: g.actorId,
    start,
    end,
    text: text.slice(start, end),
    tokenStart: g.tokenStart,
    tokenEnd: g.tokenEnd,
    via: g.via,
    possessive: tokens[g.tokenEnd]?.kind === 'possessive',
    confidence,
  };
}

export interface MentionContext {
  matcher: Matcher;
  roles: RoleIndex;
  /** Gazetteer and provisional actors by id. */
  actors: ReadonlyMap<string, Actor>;
  /** Provisional actors found in the document (their names never override a gazetteer name). */
  discovered?: Matcher;
  /** Which actor a name shared by several stands for in this document (rule `documentSense`). */
  disambiguate?: Disambiguate;
}

/** The state each navy's prefix names, per matcher (looked up once by the state's name). */
const shipStates = new WeakMap<Matcher, ReadonlyMap<string, string>>();

function shipStatesOf(matcher: Matcher): ReadonlyMap<string, string> {
  let known = shipStates.get(matcher);
  if (!known) {
    const map = new Map<string, string>();
    for (const p of SHIP_PREFIXES) {
      const toks = tokenize(p.state);
      const g = matchGazetteer(toks, matcher).find((x) => x.tokenStart === 0 && x.tokenEnd === toks.length);
      if (g) map.set(p.prefix, g.actorId);
    }
    shipStates.set(matcher, (known = map));
  }
  return known;
}

/**
 * Rule `navalShip`: "USS Carney", "HMS Diamond" — a navy's prefix before a capitalised name is a
 * ship of that state's forces, a mention of the state (lexicon/ship-prefixes.ts).
 */
function shipMentions(tokens: readonly Token[], text: string, matcher: Matcher, taken: readonly Mention[]): Mention[] {
  const states = shipStatesOf(matcher);
  const out: Mention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const id = states.get(tokens[i].text);
    const name = tokens[i + 1];
    if (!id || name.kind !== 'word' || !name.cap || taken.some((m) => m.tokenStart <= i + 1 && i < m.tokenEnd)) continue;
    let end = i + 2;
    while (end < tokens.length && end < i + 4 && tokens[end].kind === 'word' && tokens[end].cap && !tokens[end].upper) end++;
    out.push(toMention({ actorId: id, via: 'alias', tokenStart: i, tokenEnd: end }, tokens, text, 0.9));
  }
  return out;
}

/** Mentions of one sentence, and provisional people named after a title. */
export function findMentions(tokens: readonly Token[], text: string, ctx: MentionContext): { mentions: Mention[]; discovered: Actor[] } {
  const found = matchGazetteer(tokens, ctx.matcher, ctx.disambiguate).map((g) => toMention(g, tokens, text, g.via === 'demonym' ? 0.9 : 1));
  // Rule `outletNameNoState`: "France" in "Agence France-Presse" names the outlet, not the state.
  const known = tokens.length ? withoutOutletWords(found, text, tokens[0].start, tokens[tokens.length - 1].end) : found;
  const mentions = [...known, ...shipMentions(tokens, text, ctx.matcher, known)].sort((a, b) => a.tokenStart - b.tokenStart);
  if (ctx.discovered) {
    for (const g of matchGazetteer(tokens, ctx.discovered)) {
      const overlapping = mentions.filter((m) => m.tokenStart < g.tokenEnd && g.tokenStart < m.tokenEnd);
      // Only a demonym at the start of a longer discovered name gives way ("Sudanese Armed Forces").
      const demonym = overlapping.length === 1 && overlapping[0].via === 'demonym' && overlapping[0].tokenStart === g.tokenStart && overlapping[0].tokenEnd < g.tokenEnd;
      // A body the document names in full and abbreviates ("the United Nations Support Mission in
      // Libya (UNSMIL)") is that body, not the known names inside it ("United Nations", "Libya").
      // Rule `splinterGroup`: so is a branch named after its group ("ISIS-K"), not the group.
      const own = ctx.actors.get(g.actorId);
      const branch = !!own?.affiliation && overlapping.some((m) => m.actorId === own.affiliation);
      const defined = (!!own?.aliases.length || branch) && overlapping.every((m) => m.tokenStart >= g.tokenStart && m.tokenEnd <= g.tokenEnd) && overlapping.some((m) => m.tokenEnd < g.tokenEnd || m.tokenStart > g.tokenStart);
      if (overlapping.length && !demonym && !defined) continue;
      for (const m of demonym || defined ? overlapping : []) mentions.splice(mentions.indexOf(m), 1);
      mentions.push({ ...toMention(g, tokens, text, 0.8), via: 'discovered' });
    }
    mentions.sort((a, b) => a.tokenStart - b.tokenStart);
  }
  return applyTitles(tokens, mentions, text, ctx.actors, ctx.roles);
}
