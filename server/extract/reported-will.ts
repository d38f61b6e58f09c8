/**
 * Rule `reportedWill` (server/domain/extraction-rules.ts READING_RULES): "would" in a clause
 * reported by a verb of saying in the past with a pronoun subject ("X noted that he would remain in
 * close touch with Y", "X told Y that it would …") is the reported "will" of indirect speech (the
 * backshift of tenses English grammars describe), not a hypothesis: it counts as "will" does
 * ("X said he will meet Y"). Not "would have" (a counterfactual), "would like" (a wish), nor with a
 * named subject, where "would" is as often conditional ("X said Y would attack …"), nor with a
 * condition word after it in the sentence ("said he would meet X if …").
 */
import type { Token } from './types';

/** Past forms of verbs of saying that report a statement (not a question or a wish). */
const PAST_REPORTING = new Set([
  'said', 'noted', 'told', 'stressed', 'added', 'announced', 'confirmed', 'reaffirmed', 'emphasized', 'emphasised', 'underscored',
  'indicated', 'explained', 'stated', 'reiterated', 'assured', 'informed', 'promised', 'pledged',
]);
/** Subject pronouns of a reported clause. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we']);
/** Words after "would" that keep it modal: a counterfactual, a wish, a preference. */
const STILL_MODAL = new Set(['have', 'like', 'love', 'prefer', 'rather', 'want', 'welcome']);
/** Words of a condition: a reported "would" with one of them after it stays hypothetical ("said he would meet X if …"). */
const CONDITIONS = new Set(['if', 'unless', 'provided', 'whether', 'once']);
/** Most words between the verb of saying and "that"/the pronoun: its object ("told reporters", "assured the Secretary"). */
const OBJECT_WINDOW = 3;

/** Whether "would" at token i is a reported "will" (see the rule above). */
export function isReportedWill(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.norm !== 'would' || STILL_MODAL.has(tokens[i + 1]?.norm ?? '')) return false;
  for (let k = i + 1; k < tokens.length; k++) if (CONDITIONS.has(tokens[k].norm)) return false;
  let j = i - 1;
  if (!SUBJECT_PRONOUNS.has(tokens[j]?.norm ?? '')) return false;
  j--;
  if (tokens[j]?.norm === 'that') j--;
  for (let k = j; k >= 0 && k >= j - OBJECT_WINDOW; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (PAST_REPORTING.has(t.norm)) return true;
  }
  return false;
}
