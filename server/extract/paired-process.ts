/**
 * Rule `pairedProcess` (server/domain/extraction-rules.ts, READING_RULES): "to launch the
 * U.S.-Armenia Strategic Dialogue", "the fifth U.S.-Algeria Strategic Dialogue": talks named with
 * a title of their own after the hyphened pair that holds them are a standing process between the
 * two (corpus README, part d conventions: "an existing dialogue named as fact states both the
 * parties' negotiates"), not a past event's name like "the Iran–Iraq War" (`dropEventNameCues`),
 * and the capitalised words of the title between the pair and the noun ("Strategic") leave the
 * pair its owner, as in "the U.S.-Armenia dialogue". Only cues of talks, only two names joined by
 * a hyphen or dash with no space, and at most two title words.
 */
import type { CueMatch, Mention, Token } from './types';

/** Most capitalised words of a title between the pair and its cue noun ("Strategic", "High-Level Strategic"). */
const MAX_TITLE_WORDS = 2;
const JOINING_DASHES: ReadonlySet<string> = new Set(['-', '‐', '‑', '–']);

/** Whether the capitalised talks noun of `cue` follows a hyphened pair of mentions and up to two title words. */
export function pairedProcess(tokens: readonly Token[], mentions: readonly Mention[], cue: CueMatch): boolean {
  if (cue.type !== 'negotiates' || cue.pos !== 'noun') return false;
  let at = cue.tokenStart;
  let words = 0;
  while (words < MAX_TITLE_WORDS && tokens[at - 1]?.kind === 'word' && tokens[at - 1].cap && !mentions.some((m) => m.tokenEnd === at)) {
    at--;
    words++;
  }
  const second = mentions.find((m) => m.tokenEnd === at);
  const dash = second && tokens[second.tokenStart - 1];
  if (!second || !dash || !JOINING_DASHES.has(dash.text) || dash.end !== tokens[second.tokenStart].start) return false;
  const first = mentions.find((m) => m.tokenEnd === second.tokenStart - 1);
  return !!first && tokens[first.tokenEnd - 1].end === dash.start && first.actorId !== second.actorId;
}

/** Whether `between` (the words from a modifier to `cue`) are the title words of a paired process ("Strategic"). */
export function pairedTitleWords(tokens: readonly Token[], mentions: readonly Mention[], cue: CueMatch, between: readonly Token[]): boolean {
  return between.length > 0 && between.length <= MAX_TITLE_WORDS && between.every((t) => t.kind === 'word' && t.cap) && pairedProcess(tokens, mentions, cue);
}
