/**
 * Reads over the curation state that lives beside a dataset: versions, the review queue, one
 * relation's record and the audit log. Lookups come from the dataset's index (model/dataset-index.ts),
 * which every change patches, so they are never older than the dataset.
 */
import type { CurationEvent, RelationDetail, ReviewItem } from '../domain/curation';
import { NotFoundError } from '../domain/errors';
import type { Dataset, Evidence, EvidenceReading, Relation } from '../domain/types';
import type { DatasetIndex } from '../model/dataset-index';

/** The id of the last curation event that touched `subject` (`actor:ID`, `relation:ID`), 0 when none. */
export const versionOf = (index: DatasetIndex, subject: string): number => index.versions.get(subject) ?? 0;

/** True when a relation record has a curator's quote or a curator accepted it. */
function isReviewed(index: DatasetIndex, r: Relation): boolean {
  return r.evidence.some((e) => e.method === 'curated') || index.reviewed.has(r.id);
}

/** How extraction read a quote, when it recorded that (curated and older quotes have nothing). */
const readingOf = (e: Evidence): Partial<EvidenceReading> => (e.rule && e.cue && e.spans ? { rule: e.rule, cue: e.cue, spans: e.spans } : {});

/**
 * Unreviewed machine relations, least certain first (ties by id), at most `limit`. Only the entries
 * answered are built: a store of tens of thousands of unreviewed records is ranked by a pass over
 * (confidence, id) pairs, not by making every entry with its quotes.
 */
export function reviewQueue(index: DatasetIndex, limit: number): { total: number; items: ReviewItem[] } {
  const ranked: { id: string; confidence: number }[] = [];
  for (const [id, group] of index.records) {
    const r = group[0];
    if (isReviewed(index, r)) continue;
    let confidence = -Infinity;
    for (const e of r.evidence) if (e.confidence > confidence) confidence = e.confidence;
    ranked.push({ id, confidence });
  }
  ranked.sort((a, b) => a.confidence - b.confidence || a.id.localeCompare(b.id));
  return { total: ranked.length, items: ranked.slice(0, limit).map(({ id, confidence }) => reviewItem(index, id, confidence)) };
}

function reviewItem(index: DatasetIndex, id: string, confidence: number): ReviewItem {
  const label = (actor: string): string => index.actors.get(actor)?.name ?? actor;
  const group = index.records.get(id) as Relation[];
  const r = group[0];
  const evidence = r.evidence.map((e) => ({
    document: e.document,
    quote: e.quote,
    start: e.start,
    end: e.end,
    date: e.date,
    outlet: e.outlet,
    confidence: e.confidence,
    ...readingOf(e),
  }));
  const mediatedPair = group.length > 1;
  return {
    relation: id,
    type: r.type,
    source: r.source,
    sourceLabel: label(r.source),
    ...(mediatedPair ? {} : { target: r.target, targetLabel: label(r.target) }),
    ...(r.between ? { between: r.between } : {}),
    confidence,
    evidence,
    version: versionOf(index, `relation:${id}`),
  };
}

export function relationDetail(index: DatasetIndex, id: string): RelationDetail {
  const group = index.records.get(id);
  if (!group) throw new NotFoundError('id', `unknown relation "${id}"`);
  const r = group[0];
  const mark = index.reviewed.get(id);
  const curated = r.evidence.some((e) => e.method === 'curated');
  return {
    id,
    source: r.source,
    ...(group.length > 1 ? {} : { target: r.target }),
    type: r.type,
    ...(r.between ? { between: r.between } : {}),
    evidence: r.evidence.map((e) => ({ document: e.document, quote: e.quote, start: e.start, confidence: e.confidence, method: e.method, ...readingOf(e) })),
    provenance: curated ? 'curated' : 'extracted',
    reviewed: curated || mark !== undefined,
    ...(mark ? { reviewedBy: mark } : {}),
    version: versionOf(index, `relation:${id}`),
  };
}

/** The audit log, newest first; `subject` keeps the events that touched it. */
export function auditLog(ds: Dataset, opts: { limit: number; subject?: string }): { total: number; events: CurationEvent[] } {
  const all = (ds.curation?.log ?? []).filter((e) => opts.subject === undefined || e.subjects.includes(opts.subject));
  return { total: all.length, events: all.slice().reverse().slice(0, opts.limit) };
}
