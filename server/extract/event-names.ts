/**
 * A cue noun written with a capital in running text is part of an event's proper name ("the
 * Iran–Iraq War", "the Gulf War", "the Six-Day War", "the Oslo Accords" as a title): the sentence
 * names a past event, it does not report the relation. A headline ("Iran And Iraq Begin Talks")
 * capitalises every word, so such sentences keep their cues.
 */
import { DOUBLE_QUOTES } from './normalize';
import type { CueMatch, Token } from './types';

/** Share of capitalised words above which a sentence is written in title case (a headline). */
const TITLE_CASE_SHARE = 0.5;

function titleCased(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && /\p{L}/u.test(t.text));
  return words.length > 0 && words.filter((t) => t.cap).length / words.length > TITLE_CASE_SHARE;
}

/** Participles that name a go-between when joined to it by a hyphen ("EU-facilitated", "Qatar-brokered"). */
const MEDIATING_PARTICIPLES: ReadonlySet<string> = new Set(['facilitated', 'brokered', 'mediated', 'sponsored', 'hosted', 'led']);

/**
 * Rule `mediatedDialogue`: "the EU-facilitated Dialogue between A and B": a capitalised talks noun
 * after a go-between's participle names talks that go on (corpus README, part d conventions: "an
 * existing dialogue named as fact states both the parties' negotiates and the facilitator's
 * mediates"), not a past event like "the Gulf War".
 */
function mediatedName(tokens: readonly Token[], at: number): boolean {
  const participle = tokens[at - 1];
  const dash = tokens[at - 2];
  return !!participle && !!dash && MEDIATING_PARTICIPLES.has(participle.norm) && ['-', '‐', '‑'].includes(dash.text) && dash.end === participle.start;
}

/** The cues without noun cues written as part of a proper name, but for the ones `standing` says name a process that goes on. */
export function dropEventNameCues(cues: readonly CueMatch[], tokens: readonly Token[], standing: (c: CueMatch) => boolean = () => false): CueMatch[] {
  if (titleCased(tokens)) return [...cues];
  return cues.filter((c) => {
    if (c.pos !== 'noun' || c.tokenStart === 0) return true;
    const first = tokens[c.tokenStart];
    const prev = tokens[c.tokenStart - 1];
    const opensText = DOUBLE_QUOTES.has(prev.text) || prev.text === ':' || prev.text === '(';
    return !(first.cap && !first.upper && !opensText) || mediatedName(tokens, c.tokenStart) || standing(c);
  });
}
