/**
 * Those who stand near an actor without being it. Rule `spokespersonOf`: "Putin spokesman accused
 * X", "Erdogan's aide said": the one who speaks for a person is not that person. A spokesperson
 * speaks for the person's government: the act is the state's the person belongs to; one of a person
 * without a state, or a private aide or lawyer, names nobody known (the mention goes). Rule
 * `kinOf`: "defeating Kabila's chosen successor", "X, sister of activist Y", "relatives of some
 * activists": the act is aimed at the relative or successor, not at the one named.
 */
import type { Actor } from '../domain/types';
import { topState } from './affiliation';
import type { Mention, Token } from './types';

/** Data: nouns of one who speaks for a government's leader ("Putin spokesman", "Biden's press secretary"). */
const SPOKES_NOUNS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'press secretary']);
/** Data: nouns of one who works for a person privately or as counsel: no act of theirs is the person's. */
const AIDE_NOUNS: ReadonlySet<string> = new Set(['aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'bodyguard', 'bodyguards']);

/**
 * Data: nouns of a person's relatives and successors, and of a state's neighbours ("attacks against
 * X's neighbours": the neighbours are attacked, not X): one named with them is not who the act concerns.
 */
const KIN_NOUNS: ReadonlySet<string> = new Set(
  ('sister sisters brother brothers wife husband son sons daughter daughters mother father parents relative relatives family ' +
    'cousin cousins nephew niece widow successor predecessor heir neighbor neighbors neighbour neighbours').split(' '),
);
/** Most lower-case words between a possessive and its noun of kin ("Kabila's chosen successor"). */
const KIN_ADJECTIVES_MAX = 2;

/** Whether a noun of kin owns the mention: "X's (chosen) successor", "sister of (activist) X", "relatives of some X activists". */
function kinOf(tokens: readonly Token[], m: Mention): boolean {
  if (m.possessive || tokens[m.tokenEnd]?.kind === 'possessive') {
    let i = m.tokenEnd + 1;
    for (let k = 0; k <= KIN_ADJECTIVES_MAX && tokens[i]?.kind === 'word' && !tokens[i].cap; k++, i++) if (KIN_NOUNS.has(tokens[i].norm)) return true;
    return false;
  }
  // Back over a determiner and lower-case description words to "of" and its noun of kin.
  // A hyphenated description counts as one word ("sister of Uighur-American activist X").
  const describes = (i: number): boolean => {
    const t = tokens[i];
    const hyphened = (j: number): boolean => tokens[j]?.text === '-' && tokens[j].start === tokens[j - 1]?.end;
    return t.text === '-' || (t.kind === 'word' && (!t.cap || hyphened(i + 1) || hyphened(i - 1)) && t.norm !== 'of');
  };
  let p = m.tokenStart - 1;
  for (let k = 0; k <= KIN_ADJECTIVES_MAX + 3 && p > 0 && describes(p); k++) p--;
  return tokens[p]?.norm === 'of' && KIN_NOUNS.has(tokens[p - 1]?.norm ?? '');
}

/** The noun right after a mention and its possessive ("Putin spokesman", "Biden's press secretary"), if any. */
function nounAfter(tokens: readonly Token[], m: Mention): string | undefined {
  let i = m.tokenEnd;
  if (tokens[i]?.kind === 'possessive') i++;
  const t = tokens[i];
  if (!t || t.kind !== 'word' || t.cap) return undefined;
  const two = `${t.norm} ${tokens[i + 1]?.norm ?? ''}`;
  return SPOKES_NOUNS.has(two) ? two : t.norm;
}

/** The sentence's mentions with a person's spokesperson read as the person's state, and those only named by an aide or a relative dropped. */
export function spokespersonMentions(tokens: readonly Token[], mentions: readonly Mention[], actors: ReadonlyMap<string, Actor>): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (kinOf(tokens, m)) continue;
    const noun = actors.get(m.actorId)?.kind === 'person' ? nounAfter(tokens, m) : undefined;
    if (!noun || (!SPOKES_NOUNS.has(noun) && !AIDE_NOUNS.has(noun))) {
      out.push(m);
      continue;
    }
    const state = SPOKES_NOUNS.has(noun) ? topState(m.actorId, actors) : m.actorId;
    if (state !== m.actorId) out.push({ ...m, actorId: state, possessive: false });
  }
  return out;
}
