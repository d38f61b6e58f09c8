/**
 * Rule `possessivePronoun` (server/domain/extraction-rules.ts, READING_RULES): "his"/"her" right
 * before a cue noun ("her subsequent engagements with Presidents A and B", "his talks with Y") is
 * the person who holds those talks: the nearest person named before it in the sentence, else the one
 * person the paragraph's last sentence naming people named (issue #12 item 5: coreference to the
 * nearest compatible actor, nothing when ambiguous). Only before a cue noun: "his Omani counterpart"
 * is another person, not him.
 */
import type { CueMatch, Mention, Token } from './types';

export const PERSONAL_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her']);
/** Most words (adjectives, "subsequent", "first") between the pronoun and its noun. */
const NOUN_WINDOW = 3;

/** Mentions for the possessive pronouns that own a cue noun of the sentence. */
export function possessorMentions(tokens: readonly Token[], mentions: readonly Mention[], cues: readonly CueMatch[], isPerson: (id: string) => boolean, lastPerson: string | undefined): Mention[] {
  const out: Mention[] = [];
  for (const cue of cues) {
    if (cue.pos !== 'noun') continue;
    let p = cue.tokenStart - 1;
    while (p >= 0 && cue.tokenStart - p <= NOUN_WINDOW && tokens[p].kind === 'word' && !tokens[p].cap && !PERSONAL_POSSESSIVES.has(tokens[p].norm)) p--;
    const t = tokens[p];
    if (!t || !PERSONAL_POSSESSIVES.has(t.norm) || mentions.some((m) => m.tokenStart <= p && p < m.tokenEnd) || out.some((m) => m.tokenStart === p)) continue;
    const before = mentions.filter((m) => m.tokenEnd <= p && isPerson(m.actorId));
    const id = before.length ? before[before.length - 1].actorId : lastPerson;
    if (id) out.push({ actorId: id, start: t.start, end: t.end, text: t.text, tokenStart: p, tokenEnd: p + 1, via: 'pronoun', possessive: false, confidence: 0.8 });
  }
  return out;
}
