/**
 * Actor mentions in a sentence: gazetteer names and aliases (longest match), then names found by
 * discovery in the document, then titles. Offsets are document offsets; token indexes are into
 * the sentence's tokens.
 */
import type { Actor } from '../domain/types';
import { matchGazetteer, type GazetteerMatch, type Matcher } from './gazetteer';
import { applyTitles, type RoleIndex } from './titles';
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
}

/** Mentions of one sentence, and provisional people named after a title. */
export function findMentions(tokens: readonly Token[], text: string, ctx: MentionContext): { mentions: Mention[]; discovered: Actor[] } {
  const mentions = matchGazetteer(tokens, ctx.matcher).map((g) => toMention(g, tokens, text, g.via === 'demonym' ? 0.9 : 1));
  if (ctx.discovered) {
    for (const g of matchGazetteer(tokens, ctx.discovered)) {
      const overlapping = mentions.filter((m) => m.tokenStart < g.tokenEnd && g.tokenStart < m.tokenEnd);
      // Only a demonym at the start of a longer discovered name gives way ("Sudanese Armed Forces").
      const demonym = overlapping.length === 1 && overlapping[0].via === 'demonym' && overlapping[0].tokenStart === g.tokenStart && overlapping[0].tokenEnd < g.tokenEnd;
      if (overlapping.length && !demonym) continue;
      if (demonym) mentions.splice(mentions.indexOf(overlapping[0]), 1);
      mentions.push({ ...toMention(g, tokens, text, 0.8), via: 'discovered' });
    }
    mentions.sort((a, b) => a.tokenStart - b.tokenStart);
  }
  return applyTitles(tokens, mentions, text, ctx.actors, ctx.roles);
}
