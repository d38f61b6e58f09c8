/**
 * A mention that takes over a span of tokens: the rules that read a longer phrase as one actor ("Haiti's
 * opposition", "the military regime", "Senate Democrats") drop the mentions inside the span and put
 * this one in their place. One declaration for them all (domestic-bodies.ts, regimes.ts, party-groups.ts).
 */
import type { Mention, Token } from './types';

/** `mentions` without those overlapping tokens [a, b), plus one mention of `actorId` on that span (unsorted). */
export function withSpanMention(mentions: readonly Mention[], tokens: readonly Token[], text: string, a: number, b: number, actorId: string, confidence: number): Mention[] {
  const start = tokens[a].start;
  const end = tokens[b - 1].end;
  const kept = mentions.filter((m) => m.tokenEnd <= a || m.tokenStart >= b);
  kept.push({ actorId, start, end, text: text.slice(start, end), tokenStart: a, tokenEnd: b, via: 'discovered', possessive: tokens[b]?.kind === 'possessive', confidence });
  return kept;
}
