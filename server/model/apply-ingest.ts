/**
 * Applies a committed ingest to the in-memory model: the Dataset and its index are patched in place
 * (records appended where the store appends its rows, evidence added to the records the store
 * chose), then the graph's new nodes are added and the edges the change touched recomputed. The
 * result is what a reload of the store would give (test/model/ingest-delta.test.ts checks it).
 */
import type { CommittedIngest } from '../domain/change';
import type { Actor, ActorGraph, Dataset, Relation } from '../domain/types';
import { resolvedEvidence } from '../data/validate-dataset';
import { addRelationEdge, edgeAttributesOf, edgeKey, nodeAttributesOf } from '../graph/build';
import type { CheckedIngest } from './check-ingest';
import type { DatasetIndex } from './dataset-index';

/** What a change touched in the graph: actors added, and the edges (by key) to recompute. */
export interface TouchedGraph {
  actors: Actor[];
  edges: Set<string>;
}

/** Patches `dataset` and `index` with a committed ingest whose records `checked` holds; returns what the graph must follow. */
export function applyIngest(dataset: Dataset, index: DatasetIndex, checked: CheckedIngest, committed: CommittedIngest): TouchedGraph {
  const { document, actors } = checked;
  dataset.documents.push(document);
  index.documents.set(document.id, document);
  for (const a of actors) {
    dataset.actors.push(a);
    index.actors.set(a.id, a);
  }
  const edges = new Set<string>();
  for (const r of committed.applied) {
    let records = index.records.get(r.relationId);
    if (!records) {
      const created: Relation = { id: r.relationId, source: r.source, target: r.target, type: r.type, between: r.between, evidence: [] };
      dataset.relations.push(created);
      index.addRelation(created);
      records = [created];
    }
    const doc = index.documents.get(r.evidence.document) as Dataset['documents'][number];
    const evidence = resolvedEvidence(r.evidence, doc, r.evidence.start ?? doc.text.indexOf(r.evidence.quote));
    // The relations of one record share its evidence list (data/validate-dataset.ts); the store
    // keeps one row per (record, document, start, quote).
    const list = records[0].evidence;
    if (!list.some((x) => x.document === evidence.document && x.start === evidence.start && x.quote === evidence.quote)) list.push(evidence);
    for (const x of records) edges.add(edgeKey(x.type, x.source, x.target));
  }
  return { actors, edges };
}

/** Adds the touched actors to `graph` and recomputes the touched edges from the patched index. */
export function patchGraph(graph: ActorGraph, index: DatasetIndex, touched: TouchedGraph): void {
  for (const a of touched.actors) graph.addNode(a.id, nodeAttributesOf(a));
  for (const key of touched.edges) {
    const relations = index.relationsByEdge.get(key) ?? [];
    const events = index.eventsByEdge.get(key) ?? [];
    const attrs = edgeAttributesOf(relations, events, index.reviewed);
    if (graph.hasEdge(key)) {
      if (attrs) graph.replaceEdgeAttributes(key, attrs);
      else graph.dropEdge(key);
    } else if (attrs) {
      const first = relations[0] ?? events[0];
      addRelationEdge(graph, key, first.source, first.target, attrs);
    }
  }
}
