/**
 * "The Trump administration", "the Erdoğan government": a leader's name before a word for the
 * government they head names that government, i.e. the state, not the person (the annotation
 * guide counts a state's government as the state). Only for a person whose state is known.
 */
import type { Actor } from '../domain/types';
import { topState } from './affiliation';
import type { Mention, Token } from './types';

/** Nouns that, after a leader's name, name the government they head. */
const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['administration', 'government', 'cabinet', 'regime']);

/** The mentions with each "<leader> administration" standing for the leader's state, over both words. */
export function administrationsAsStates(mentions: readonly Mention[], tokens: readonly Token[], text: string, actors: ReadonlyMap<string, Actor>): Mention[] {
  return mentions.map((m) => {
    const noun = tokens[m.tokenEnd];
    if (m.possessive || actors.get(m.actorId)?.kind !== 'person' || !noun || noun.kind !== 'word' || !GOVERNMENT_NOUNS.has(noun.norm)) return m;
    const state = topState(m.actorId, actors);
    if (state === m.actorId || actors.get(state)?.kind !== 'state') return m;
    return { ...m, actorId: state, end: noun.end, text: text.slice(m.start, noun.end), tokenEnd: m.tokenEnd + 1, possessive: tokens[m.tokenEnd + 1]?.kind === 'possessive', via: 'title' };
  });
}
