/**
 * A state's demonym that only describes someone else is not the state: "Iranian airline Mahan
 * Air" names the airline (the demonym says where it is from), "Iraqi militias" are not Iraq's
 * forces (lexicon/non-state-fighters.ts). Such demonym mentions are dropped before arguments are
 * read, so the airline, not Iran, is what "Germany banned Iranian airline Mahan Air" acts on.
 */
import type { Actor } from '../domain/types';
import { affiliationChain } from './affiliation';
import { DETERMINERS, PREPOSITIONS } from './cues';
import { isVerbInflection } from './lemma';
import { NON_STATE_GROUP_NOUNS } from './lexicon/non-state-fighters';
import { isPortfolioRunWord, type RoleIndex } from './titles';
import { isBodyWord } from './body-words';
import type { Mention, Token } from './types';

/** Most descriptive words between a demonym and the name it describes ("Iranian state-owned mining company X"). */
const MAX_DESCRIPTORS = 3;

/** Whether token i is a hyphen joining two words without spaces ("state-owned"). */
const joiningHyphen = (tokens: readonly Token[], i: number): boolean =>
  tokens[i].text === '-' && tokens[i - 1]?.kind === 'word' && tokens[i + 1]?.kind === 'word' && tokens[i - 1].end === tokens[i].start && tokens[i].end === tokens[i + 1].start;

/**
 * Whether tokens [from, to) are only lower-case descriptive words (a hyphenated compound counting
 * as one): no preposition, article, verb last or other punctuation.
 */
function descriptorsOnly(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (joiningHyphen(tokens, i)) {
      i++;
      continue;
    }
    words++;
    // A verb form before another descriptor modifies it ("mining company"); last, it may be the verb ("Iranian attacked").
    if (words > MAX_DESCRIPTORS || t.kind !== 'word' || t.cap || PREPOSITIONS.has(t.norm) || DETERMINERS.has(t.norm) || (i === to - 1 && isVerbInflection(t.norm)) || t.norm === 'and' || t.norm === 'or') return false;
  }
  return true;
}

/** Capitalised words looked through for an office's head ("International Relations Commissioner"). */
const OFFICE_RUN_WORDS = 4;

/**
 * Rule `demonymOffice`: where capitalised words of a portfolio from token `from` run into an
 * office's head ("International Relations Commissioner", "Cabinet Secretary"): the head's index,
 * or -1. A demonym before such a run describes the office, as it does before a title it knows
 * ("Kenyan Foreign Minister"): it names no body with the words (discover.ts) and is not the state
 * acting (dropAttributiveDemonyms). Not over a body's noun ("Revolutionary Guard Commander": the
 * body's officer) nor a word that may be a name ("Saudi Aramco Chief Executive": a firm's).
 */
export function officeHeadAfter(tokens: readonly Token[], from: number, roles: RoleIndex): number {
  for (let k = from; k < tokens.length && k <= from + OFFICE_RUN_WORDS; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !t.cap) return -1;
    if (roles.heads.has(t.norm)) return k;
    if (isBodyWord(t.norm) || !isPortfolioRunWord(t.norm, roles)) return -1;
  }
  return -1;
}

/**
 * The mentions without demonyms that describe another named actor or a non-state group, and the
 * provisional holders of an office a dropped demonym described, who learn its state as their
 * affiliation ("Egyptian International Relations Commissioner Farouk": Farouk of Egypt).
 */
export function dropAttributiveDemonyms(
  mentions: readonly Mention[],
  tokens: readonly Token[],
  actors: ReadonlyMap<string, Actor>,
  roles: RoleIndex,
): { mentions: Mention[]; learned: Actor[] } {
  const sorted = [...mentions].sort((a, b) => a.tokenStart - b.tokenStart);
  const learned: Actor[] = [];
  const kept = sorted.filter((m, k) => {
    if (m.via !== 'demonym' || actors.get(m.actorId)?.kind !== 'state') return true;
    // "Iraqi militias", "Syrian rebel groups".
    for (let i = m.tokenEnd; i < m.tokenEnd + MAX_DESCRIPTORS + 1 && i < tokens.length; i++) {
      if (NON_STATE_GROUP_NOUNS.has(tokens[i].norm)) return !descriptorsOnly(tokens, m.tokenEnd, i);
    }
    // "Iranian airline Mahan Air": the next mention, a named non-state actor, after descriptive words only.
    const next = sorted[k + 1];
    // Rule `ownDemonym`: "the Iranian Islamic Revolutionary Guard Corps": a demonym right before a
    // body of its own state says whose body it is; the body acts, not the state beside it.
    if (next && next.via !== 'demonym' && next.tokenStart === m.tokenEnd && affiliationChain(next.actorId, actors).slice(1).includes(m.actorId)) return false;
    // Rule `demonymOffice`: "Venezuelan International Relations Commissioner Borges met …": the
    // holder, named with the head or right after it, acts; the demonym describes the office. (The
    // name tagger may have guessed a body for a lone surname: the head it is named with says a person.)
    const head = officeHeadAfter(tokens, m.tokenEnd, roles);
    const holder = next && actors.get(next.actorId);
    if (next && head >= 0 && next.via !== 'demonym' && (next.tokenStart === head || next.tokenStart === head + 1) && holder?.kind !== 'state') {
      if (holder?.provisional && !holder.affiliation) learned.push({ ...holder, kind: 'person', affiliation: m.actorId });
      return false;
    }
    if (!next || next.via === 'demonym' || next.tokenStart <= m.tokenEnd) return true;
    if (actors.get(next.actorId)?.kind === 'state') return true;
    return !descriptorsOnly(tokens, m.tokenEnd, next.tokenStart);
  });
  return { mentions: kept, learned };
}
