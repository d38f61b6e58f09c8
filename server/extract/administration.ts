/**
 * A state's government named through a word for government: "the Trump administration", "the
 * Erdoğan government" (a leader's name before it), "the government of Syria", "the Syrian
 * government" are the state (the annotation guide counts a state's government as the state), not
 * the person or a separate body. Only for a leader whose state is known. A regime is a body of its
 * own (regimes.ts).
 */
import type { Actor } from '../domain/types';
import { topState } from './affiliation';
import type { Mention, Token } from './types';

/** Nouns that, after a leader's name or a demonym, or before "of" and a state, name its government. */
const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['administration', 'government', 'cabinet', 'authorities', 'leadership']);

const isGovernmentNoun = (t: Token | undefined): boolean => !!t && t.kind === 'word' && !t.cap && GOVERNMENT_NOUNS.has(t.norm);

function asState(m: Mention, state: string, from: number, to: number, tokens: readonly Token[], text: string): Mention {
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  return { ...m, actorId: state, start, end, text: text.slice(start, end), tokenStart: from, tokenEnd: to, possessive: tokens[to]?.kind === 'possessive', via: 'title' };
}

/** The mentions with each government named this way standing for its state, over the words that name it. */
export function administrationsAsStates(mentions: readonly Mention[], tokens: readonly Token[], text: string, actors: ReadonlyMap<string, Actor>): Mention[] {
  return mentions.map((m) => {
    const actor = actors.get(m.actorId);
    if (!actor) return m;
    if (actor.kind === 'state') {
      // "the government of Syria": the preposition before "government" governs the state.
      const of = m.tokenStart - 1;
      return tokens[of]?.norm === 'of' && isGovernmentNoun(tokens[of - 1]) ? asState(m, m.actorId, of - 1, m.tokenEnd, tokens, text) : m;
    }
    const state = topState(m.actorId, actors);
    if (state === m.actorId || actors.get(state)?.kind !== 'state') return m;
    // "the Trump administration": a person's name before a word for government.
    if (actor.kind === 'person') return !m.possessive && isGovernmentNoun(tokens[m.tokenEnd]) ? asState(m, state, m.tokenStart, m.tokenEnd + 1, tokens, text) : m;
    // "the Syrian government" found as a body of Syria: two words, the second a word for government.
    const last = tokens[m.tokenEnd - 1];
    return m.tokenEnd - m.tokenStart === 2 && last && GOVERNMENT_NOUNS.has(last.norm) ? asState(m, state, m.tokenStart, m.tokenEnd, tokens, text) : m;
  });
}
