/**
 * Rule `documentParticiple` (server/domain/extraction-rules.ts, READING_RULES): the -ing form of a
 * cue right after the noun of a document or an instrument of law — "voted for the UN resolution
 * condemning X", "welcomed a resolution condemning Y" — is what that text does: a reduced relative
 * clause whose subject is the document, so its doer is the author named right before the noun ("the
 * UN resolution": the UN) or nobody the sentence names, not the clause's subject who votes for,
 * commends or reports it (a gerund's own doer, rule `controller`, is read as before). Found on a dev false alarm of the eighteenth session
 * (branch prec18): a secretary who commended a state for voting for a resolution condemning a war
 * read as condemning its author.
 */
import type { SentenceAnalysis } from './analyze';
import type { Group } from './groups';
import { DOCUMENT_NOUNS } from './lexicon/document-nouns';
import type { CueMatch } from './types';

/** Most lower-case words between an author and the document noun ("the UN draft resolution"). */
const AUTHOR_GAP = 2;

/**
 * For an -ing cue right after a document noun: `{ author }` when an actor is named right before the
 * noun, `{}` when none is; undefined when the cue is not such a participle.
 */
export function documentAuthor(a: SentenceAnalysis, groups: readonly Group[], cue: CueMatch): { author?: Group } | undefined {
  const t = a.tokens;
  const noun = cue.tokenStart - 1;
  if (cue.pos !== 'verb' || cue.passive || !/ing$/.test(t[cue.tokenStart].norm) || !DOCUMENT_NOUNS.has(t[noun]?.norm ?? '') || t[noun].cap) return undefined;
  let p = noun - 1;
  while (p >= 0 && noun - 1 - p < AUTHOR_GAP && t[p].kind === 'word' && !t[p].cap && !groups.some((g) => g.tokenEnd === p + 1)) p--;
  const author = groups.find((g) => g.tokenEnd === p + 1);
  return author ? { author } : {};
}
