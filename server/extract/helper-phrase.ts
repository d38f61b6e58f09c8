/**
 * Rule `helpOfThird`: whether a group names a third side's help to the talks of its clause — "with
 * the help of X", "through the mediation of X", "at the invitation of X" (the group after "of"), or
 * "under Egyptian auspices", "with Qatari help" (the helper before the noun, after "under", "with",
 * "through"), "with Qatar as (the) mediator". Such a group is a go-between (relations.ts, mediatedThrough), never a partner of the
 * talks ("agreed a truce with Egyptian help" is no truce with Egypt: args.ts, frameAfter).
 */
import type { Group } from './groups';
import { HELD_UNDER_NOUNS, HELP_NOUNS, HELP_PREPS, MEDIATOR_NOUNS } from './lexicon/mediation-constructions';
import { lemmas } from './lemma';
import type { Token } from './types';

export function helperPhrase(tokens: readonly Token[], g: Group): boolean {
  if (g.governor === 'of') return g.governorAt !== undefined && HELP_NOUNS.has(tokens[g.governorAt - 1]?.norm ?? '');
  if (!g.governor || !HELP_PREPS.has(g.governor)) return false;
  // The noun right after the helper's name, or after one adjective ("through Omani good offices").
  const last = g.members.reduce((e, m) => Math.max(e, m.tokenEnd), g.tokenStart);
  if ([last, last + 1].some((i) => HELD_UNDER_NOUNS.has(tokens[i]?.norm ?? ''))) return true;
  // "with Qatar as (the) mediator", "with Egypt and Qatar as intermediaries".
  if (g.governor !== 'with' || tokens[last]?.norm !== 'as') return false;
  const noun = ['the', 'a', 'an'].includes(tokens[last + 1]?.norm ?? '') ? last + 2 : last + 1;
  return lemmas(tokens[noun]?.norm ?? '').some((l) => MEDIATOR_NOUNS.has(l));
}

/**
 * Rule `goBetweenPartner`: whether a group is named only as go-betweens: its last member right
 * before a noun of a go-between ("engage with U.S., Qatari, and Egyptian mediators", "met Qatari
 * facilitators"). Those are a third side of the talks, no partner in them (relations.ts, negotiates).
 */
export function namedAsGoBetween(tokens: readonly Token[], g: Group): boolean {
  const last = g.members.reduce((e, m) => Math.max(e, m.tokenEnd), g.tokenStart);
  return lemmas(tokens[last]?.norm ?? '').some((l) => MEDIATOR_NOUNS.has(l));
}
