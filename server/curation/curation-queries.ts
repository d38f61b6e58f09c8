/**
 * Reads over the curation state that lives beside a dataset: versions, the review queue, one
 * relation's record and the audit log. Derived per dataset once and kept while it is current.
 */
import type { CurationEvent, RelationDetail, ReviewItem, ReviewMark } from '../domain/curation';
import { emptyCuration } from '../domain/curation';
import { NotFoundError } from '../domain/errors';
import type { Dataset, Evidence, EvidenceReading, Relation } from '../domain/types';

interface Derived {
  versions: Map<string, number>;
  reviewed: Map<string, ReviewMark>;
  records: Map<string, Relation[]>;
}

const derivedOf = new WeakMap<Dataset, Derived>();

function derived(ds: Dataset): Derived {
  let d = derivedOf.get(ds);
  if (d) return d;
  const { log, reviewed } = ds.curation ?? emptyCuration();
  const versions = new Map<string, number>();
  for (const e of log) for (const s of e.subjects) versions.set(s, Math.max(versions.get(s) ?? 0, e.id));
  const records = new Map<string, Relation[]>();
  for (const r of ds.relations) {
    const list = records.get(r.id);
    if (list) list.push(r);
    else records.set(r.id, [r]);
  }
  d = { versions, reviewed: new Map(reviewed.map((m) => [m.relation, m])), records };
  derivedOf.set(ds, d);
  return d;
}

/** The id of the last curation event that touched `subject` (`actor:ID`, `relation:ID`), 0 when none. */
export const versionOf = (ds: Dataset, subject: string): number => derived(ds).versions.get(subject) ?? 0;

/** True when a relation record has a curator's quote or a curator accepted it. */
function isReviewed(ds: Dataset, r: Relation): boolean {
  return r.evidence.some((e) => e.method === 'curated') || derived(ds).reviewed.has(r.id);
}

/** How extraction read a quote, when it recorded that (curated and older quotes have nothing). */
const readingOf = (e: Evidence): Partial<EvidenceReading> => (e.rule && e.cue && e.spans ? { rule: e.rule, cue: e.cue, spans: e.spans } : {});

/** Unreviewed machine relations, least certain first (ties by id), at most `limit`. */
export function reviewQueue(ds: Dataset, limit: number): { total: number; items: ReviewItem[] } {
  const labels = new Map(ds.actors.map((a) => [a.id, a.name]));
  const items: ReviewItem[] = [];
  for (const [id, group] of derived(ds).records) {
    const r = group[0];
    if (isReviewed(ds, r)) continue;
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
    items.push({
      relation: id,
      type: r.type,
      source: r.source,
      sourceLabel: labels.get(r.source) ?? r.source,
      ...(mediatedPair ? {} : { target: r.target, targetLabel: labels.get(r.target) ?? r.target }),
      ...(r.between ? { between: r.between } : {}),
      confidence: Math.max(...evidence.map((e) => e.confidence)),
      evidence,
      version: versionOf(ds, `relation:${id}`),
    });
  }
  items.sort((a, b) => a.confidence - b.confidence || a.relation.localeCompare(b.relation));
  return { total: items.length, items: items.slice(0, limit) };
}

export function relationDetail(ds: Dataset, id: string): RelationDetail {
  const group = derived(ds).records.get(id);
  if (!group) throw new NotFoundError('id', `unknown relation "${id}"`);
  const r = group[0];
  const mark = derived(ds).reviewed.get(id);
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
    version: versionOf(ds, `relation:${id}`),
  };
}

/** The audit log, newest first; `subject` keeps the events that touched it. */
export function auditLog(ds: Dataset, opts: { limit: number; subject?: string }): { total: number; events: CurationEvent[] } {
  const all = (ds.curation?.log ?? []).filter((e) => opts.subject === undefined || e.subjects.includes(opts.subject));
  return { total: all.length, events: all.slice().reverse().slice(0, opts.limit) };
}
