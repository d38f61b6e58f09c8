/**
 * Lookups into a Dataset by id, kept beside it so a change touches what it names without a pass
 * over every record: actors and documents by id, relation records by id (one record may stand for
 * several relations: a mediation named by its `between` pair), relations and coded events by the
 * graph edge they make, review marks by relation, and each curated subject's version. Built once
 * per full load; a change patches it with the dataset.
 */
import type { ReviewMark } from '../domain/curation';
import type { Actor, Dataset, EventRelation, Relation, SourceDocument } from '../domain/types';
import { RecordsByKey } from '../algorithms/records-by-key';
import { edgeKey, eventEdgeKey } from '../graph/build';

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** How a stored coded-event row is named: its ends, type and origin. */
export const eventKey = (e: Pick<EventRelation, 'source' | 'target' | 'type' | 'origin'>): string => JSON.stringify([e.source, e.target, e.type, e.origin]);

export class DatasetIndex {
  readonly actors = new Map<string, Actor>();
  readonly documents = new Map<string, SourceDocument>();
  /** Relation record id → the relations it stands for, in dataset order. */
  readonly records = new Map<string, Relation[]>();
  /** Edge key → the relations merged into that edge, in dataset order. */
  readonly relationsByEdge = new Map<string, Relation[]>();
  /** Edge key → the coded events attached to that edge, in dataset order (most edges have one: see RecordsByKey). */
  readonly eventsByEdge = new RecordsByKey<EventRelation>(eventEdgeKey);
  /** Relation record id → the mark of the curator who accepted it. */
  readonly reviewed = new Map<string, ReviewMark>();
  /** Curated subject (`actor:ID`, …) → the id of the last curation event that named it. */
  readonly versions = new Map<string, number>();

  constructor(dataset: Dataset) {
    for (const a of dataset.actors) this.actors.set(a.id, a);
    for (const d of dataset.documents) this.documents.set(d.id, d);
    for (const r of dataset.relations) this.addRelation(r);
    for (const e of dataset.eventRelations ?? []) this.addEvent(e);
    for (const m of dataset.curation?.reviewed ?? []) this.reviewed.set(m.relation, m);
    for (const e of dataset.curation?.log ?? []) for (const s of e.subjects) this.versions.set(s, Math.max(this.versions.get(s) ?? 0, e.id));
  }

  addRelation(r: Relation): void {
    push(this.records, r.id, r);
    push(this.relationsByEdge, edgeKey(r.type, r.source, r.target), r);
  }

  addEvent(e: EventRelation): void {
    this.eventsByEdge.add(edgeKey(e.type, e.source, e.target), e);
  }

  /** The coded-event row named `key` (see eventKey), if any. */
  event(source: string, target: string, type: EventRelation['type'], origin: string): EventRelation | undefined {
    return this.eventsByEdge.find(edgeKey(type, source, target), (e) => e.source === source && e.target === target && e.origin === origin);
  }

  hasEdge(key: string): boolean {
    return this.relationsByEdge.has(key) || this.eventsByEdge.has(key);
  }
}
