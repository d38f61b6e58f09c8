/**
 * What a rejection remembers: the sentences that reported the rejected relation, keyed with its
 * type and ends, so ingesting the same sentence again does not bring the relation back.
 */
import type { RejectedRelation } from '../domain/curation';
import type { RelationType } from '../domain/types';
import { edgeKey } from '../graph/build';

export const sentenceKey = (type: RelationType, source: string, target: string, quote: string): string => `${edgeKey(type, source, target)}|${quote}`;

export function rejectedSentences(rejected: readonly RejectedRelation[]): Set<string> {
  const keys = new Set<string>();
  for (const { relation: r } of rejected) {
    for (const target of r.target ? [r.target] : (r.between ?? [])) {
      for (const e of r.evidence) keys.add(sentenceKey(r.type, r.source, target, e.quote));
    }
  }
  return keys;
}
