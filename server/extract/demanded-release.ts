/**
 * Rule `demandedRelease` (server/domain/extraction-rules.ts, READING_RULES): one asked or obliged to
 * release another ("called on X to release Y", "urged X to immediately release Y", "X must release
 * Y") holds Y now: X opposes Y as a fact, as rule `demandedCessation` reads an act one is asked to
 * stop. Only the verb, right after the infinitive's "to" or a modal of obligation (over adverbs in
 * -ly): "demands the immediate release of Y" names no one who holds Y. A release not demanded ("X
 * released Y", "X agreed to release Y") ends or promises to end the detention and states none: the
 * cue is dropped.
 */
import { lemmas } from './lemma';
import { RELEASE_VERBS } from './lexicon/release-verbs';
import type { Token } from './types';

const RELEASE: ReadonlySet<string> = new Set(RELEASE_VERBS);
/** Words right before a demanded verb: the infinitive's "to" and the modals of obligation. */
const VERB_OPENERS: ReadonlySet<string> = new Set(['to', 'must', 'should']);
/** Words between the opener and the verb: adverbs in -ly and what joins them ("immediately and unconditionally"). */
const isFiller = (t: Token): boolean => (t.kind === 'word' && !t.cap && /^[a-z]{2,}ly$/.test(t.norm)) || t.norm === 'and' || t.norm === 'or' || t.text === ',';

/** Whether the cue at `start` is a verb of releasing captives. */
export const isReleaseAt = (tokens: readonly Token[], start: number): boolean => {
  const t = tokens[start];
  return t?.kind === 'word' && lemmas(t.norm).some((l) => RELEASE.has(l));
};

/** Whether the release cue at `start` is a verb right after "to", "must" or "should" (over adverbs in -ly). */
export function releaseVerbAt(tokens: readonly Token[], start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isFiller(tokens[i])) i--;
  return i >= 0 && VERB_OPENERS.has(tokens[i].norm);
}
