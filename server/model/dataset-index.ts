/**
 * Lookups into a Dataset by id, kept beside it so a change touches what it names without a pass
 * over every record: actors and documents by id, relation records by id (one record may stand for
 * several relations: a mediation named by its `between` pair), relations and coded events by the
 * graph edge they make. Built once per full load; a change patches it with the dataset.
 */
import type { Actor, Dataset, EventRelation, Relation, SourceDocument } from '../domain/types';
import { edgeKey } from '../graph/build';

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export class DatasetIndex {
  readonly actors = new Map<string, Actor>();
  readonly documents = new Map<string, SourceDocument>();
  /** Relation record id → the relations it stands for, in dataset order. */
  readonly records = new Map<string, Relation[]>();
  /** Edge key → the relations merged into that edge, in dataset order. */
  readonly relationsByEdge = new Map<string, Relation[]>();
  /** Edge key → the coded events attached to that edge, in dataset order. */
  readonly eventsByEdge = new Map<string, EventRelation[]>();
  /** Relation record ids a curator accepted. */
  readonly reviewed: Set<string>;

  constructor(dataset: Dataset) {
    for (const a of dataset.actors) this.actors.set(a.id, a);
    for (const d of dataset.documents) this.documents.set(d.id, d);
    for (const r of dataset.relations) this.addRelation(r);
    for (const e of dataset.eventRelations ?? []) push(this.eventsByEdge, edgeKey(e.type, e.source, e.target), e);
    this.reviewed = new Set((dataset.curation?.reviewed ?? []).map((m) => m.relation));
  }

  addRelation(r: Relation): void {
    push(this.records, r.id, r);
    push(this.relationsByEdge, edgeKey(r.type, r.source, r.target), r);
  }

  hasEdge(key: string): boolean {
    return this.relationsByEdge.has(key) || this.eventsByEdge.has(key);
  }
}
