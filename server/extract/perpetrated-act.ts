/**
 * Rule `perpetratedAct` (issue #12, twentieth session, branch args20): "The attack on X was carried
 * out by Y", "the strikes on X, conducted by Y overnight, …", "the raid on X, which was launched by
 * Y, …": an act noun whose phrase a passive verb of carrying out follows (as its clause's subject
 * or in a reduced or full relative clause on it) is the act of the one named after "by". The noun's
 * phrase ended at the auxiliary or the comma, so its patient was read and its doer was not. The
 * reported form ("X said the attack was carried out by Y") is rule `attribution`'s; this one reads
 * the act itself.
 */
import type { Group } from './groups';
import { PERPETRATING } from './lexicon/attribution';
import type { Token } from './types';

/** Auxiliaries and relative pronouns that may stand between the act's phrase and its verb ("which has been", "that was"). */
const PASSIVE_LEAD: ReadonlySet<string> = new Set(['which', 'that', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'being']);
/** Most such words ("which had been"). */
const MAX_LEAD = 3;

/**
 * The group named after "by" when, from `at` (where the act noun's phrase ends), an optional
 * comma, up to three auxiliaries or a relative pronoun and a verb of carrying out ("carried out",
 * "conducted", "launched", …) lead to "by"; else undefined.
 */
export function perpetratorAfter(tokens: readonly Token[], groups: readonly Group[], at: number): Group | undefined {
  let i = tokens[at]?.text === ',' ? at + 1 : at;
  const lead = i;
  while (i - lead < MAX_LEAD && PASSIVE_LEAD.has(tokens[i]?.norm ?? '')) i++;
  const verb = tokens[i];
  if (!verb || verb.kind !== 'word' || !PERPETRATING.has(verb.norm)) return undefined;
  const by = verb.norm === 'carried' ? (tokens[i + 1]?.norm === 'out' ? i + 2 : -1) : i + 1;
  if (by < 0 || tokens[by]?.norm !== 'by') return undefined;
  return groups.find((g) => g.governor === 'by' && g.governorAt === by && !g.attribution);
}
