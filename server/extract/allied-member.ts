/**
 * Rule `alliedMember` (issue #12, seventeenth session, branch control17): a name joined to a list by
 * "and" over a noun of alliance ("Iran and its ally Qatar", "Egypt and fellow mediator Qatar",
 * "Hamas and its partners Hezbollah") is the next member of that list, as a name joined by a bare
 * "and" is: the noun only says how the two stand to each other.
 */
import type { Token } from './types';

/** Data: nouns that say how a list's next member stands to the one before it. */
export const ALLIANCE_NOUNS: ReadonlySet<string> = new Set(['ally', 'allies', 'partner', 'partners', 'neighbour', 'neighbor', 'neighbours', 'neighbors', 'backer', 'backers', 'patron', 'proxy', 'proxies']);
/** Possessives and "fellow" that may stand between "and" and the noun ("and its ally", "and fellow mediator"). */
const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'fellow', 'close', 'longtime', 'key', 'regional']);
const FELLOW_NOUNS: ReadonlySet<string> = new Set(['mediator', 'mediators', 'member', 'members', 'guarantor', 'guarantors']);

/**
 * Whether the tokens [from, to) between two names are "and", optionally a possessive or "fellow",
 * and a noun of alliance, with no comma: a comma before "and" may end the clause ("struck Iran,
 * and ally Israel joined"), so it is left to the readings that see the whole clause.
 */
export function alliedMemberGap(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  if (words.length < 2 || words.length > 4 || words[0].norm !== 'and') return false;
  const noun = words[words.length - 1];
  if (noun.kind !== 'word' || noun.cap) return false;
  const fellow = words.slice(1, -1).some((t) => t.norm === 'fellow');
  if (!ALLIANCE_NOUNS.has(noun.norm) && !(fellow && FELLOW_NOUNS.has(noun.norm))) return false;
  return words.slice(1, -1).every((t) => t.kind === 'word' && POSSESSIVES.has(t.norm));
}
