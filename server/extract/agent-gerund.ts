/**
 * Rule `agentGerund` (issue #12, twentieth session, branch args20): "condemn the action by X in
 * arresting Y", "the decision by the junta in expelling Y": a gerund after "in" right after the
 * "by" phrase of a noun of an act says how that agent acted, so its doer is the agent, not the
 * subject of the clause who condemns, welcomes or reports the act (who would otherwise be read as
 * arresting Y). Found on dev statements that condemn an act named this way.
 */
import { PREPOSITIONS } from './cues';
import type { Group } from './groups';
import type { Token } from './types';

/**
 * The agent of the gerund at `at`: the group governed by "by" that ends right before the "in"
 * before it, when a lower-case noun (no preposition) stands before "by"; else undefined.
 */
export function agentOfGerund(tokens: readonly Token[], groups: readonly Group[], at: number): Group | undefined {
  if (!/ing$/.test(tokens[at]?.norm ?? '') || tokens[at - 1]?.norm !== 'in') return undefined;
  const g = groups.find((x) => x.tokenEnd === at - 1 && x.governor === 'by' && !x.attribution);
  if (!g || g.governorAt === undefined) return undefined;
  const noun = tokens[g.governorAt - 1];
  return noun && noun.kind === 'word' && !noun.cap && !PREPOSITIONS.has(noun.norm) && !/ed$/.test(noun.norm) ? g : undefined;
}
