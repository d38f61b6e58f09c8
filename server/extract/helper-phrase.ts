/**
 * Rule `helpOfThird`: whether a group names a third side's help to the talks of its clause — "with
 * the help of X", "through the mediation of X", "at the invitation of X" (the group after "of"), or
 * "under Egyptian auspices", "with Qatari help" (the helper before the noun, after "under", "with",
 * "through"). Such a group is a go-between (relations.ts, mediatedThrough), never a partner of the
 * talks ("agreed a truce with Egyptian help" is no truce with Egypt: args.ts, frameAfter).
 */
import type { Group } from './groups';
import { HELD_UNDER_NOUNS, HELP_NOUNS, HELP_PREPS } from './lexicon/mediation-constructions';
import type { Token } from './types';

export function helperPhrase(tokens: readonly Token[], g: Group): boolean {
  if (g.governor === 'of') return g.governorAt !== undefined && HELP_NOUNS.has(tokens[g.governorAt - 1]?.norm ?? '');
  if (!g.governor || !HELP_PREPS.has(g.governor)) return false;
  // The noun right after the helper's name, or after one adjective ("through Omani good offices").
  const last = g.members.reduce((e, m) => Math.max(e, m.tokenEnd), g.tokenStart);
  return [last, last + 1].some((i) => HELD_UNDER_NOUNS.has(tokens[i]?.norm ?? ''));
}
