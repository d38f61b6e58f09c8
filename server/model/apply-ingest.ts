/**
 * Applies a committed ingest to the in-memory model: the Dataset and its index are patched in place
 * (records appended where the store appends its rows, evidence added to the records the store
 * chose), then the graph's new nodes are added and the edges the change touched recomputed. The
 * result is what a reload of the store would give (test/model/ingest-delta.test.ts checks it).
 */
import type { CommittedIngest } from '../domain/change';
import type { Actor, ActorGraph, Dataset, Relation, RelationEdgeAttributes } from '../domain/types';
import { DIRECTED_TYPES } from '../domain/types';
import { resolvedEvidence } from '../data/validate-dataset';
import { addRelationEdge, edgeAttributesOf, edgeKey, nodeAttributesOf } from '../graph/build';
import type { ActorSlice } from '../graph/filter';
import type { EdgeLookup, SliceEdge } from '../algorithms/slice';
import type { CheckedIngest } from './check-ingest';
import type { DatasetIndex } from './dataset-index';

/** What a change touched in the graph: actors added, changed and removed, and the edges (by key) to recompute. */
export interface TouchedGraph {
  actors: Actor[];
  changed?: Actor[];
  removed?: string[];
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

/** An edge by its ends, and whether it is undirected. */
export type EdgeEnds = [source: string, target: string, undirected: boolean];

/** What patching did to the graph's lines: edges new to it, and edges it lost (its projections follow both). */
export interface GraphPatch {
  added: EdgeEnds[];
  removed: EdgeEnds[];
}

/**
 * Adds, changes and removes the touched actors in `graph` and recomputes the touched edges from the
 * patched index. An undirected edge whose first record now runs the other way is added again with
 * its ends (as a build makes it): the same pair, so neither added nor removed.
 */
export function patchGraph(graph: ActorGraph, index: DatasetIndex, touched: TouchedGraph): GraphPatch {
  const patch: GraphPatch = { added: [], removed: [] };
  for (const a of touched.actors) graph.addNode(a.id, nodeAttributesOf(a));
  for (const a of touched.changed ?? []) graph.replaceNodeAttributes(a.id, nodeAttributesOf(a));
  for (const key of touched.edges) {
    const relations = index.relationsByEdge.get(key) ?? [];
    const events = index.eventsByEdge.get(key) ?? [];
    const attrs = edgeAttributesOf(relations, events, index.reviewed);
    const first = relations[0] ?? events[0];
    const had = graph.hasEdge(key);
    if (had && (!attrs || graph.source(key) !== first.source || graph.target(key) !== first.target)) {
      if (!attrs) patch.removed.push([graph.source(key), graph.target(key), graph.isUndirected(key)]);
      graph.dropEdge(key);
    }
    if (!attrs) continue;
    if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, attrs);
    else {
      addRelationEdge(graph, key, first.source, first.target, attrs);
      if (!had) patch.added.push([first.source, first.target, graph.isUndirected(key)]);
    }
  }
  for (const id of touched.removed ?? []) graph.dropNode(id);
  return patch;
}

/** A change's edges as `GraphSlice.followed` reads them (EdgeLookup), when graphology does not hold the graph's edges. */
export interface PatchedEdges {
  patch: GraphPatch;
  edges: EdgeLookup<RelationEdgeAttributes>;
}

/**
 * What patchGraph does to a graph whose edges graphology does not hold (the server's, see
 * Explorer.graph), read from and written to `slice`, the whole graph's slice, instead: the new
 * actors are added to `nodes` (the graph of its nodes), the touched edges recomputed from the
 * patched index, and their new ends and attributes given for `slice.followed`. The same patch as
 * patchGraph's on a graph holding the slice's edges. Not for changes that remove actors.
 */
export function patchSlice(nodes: ActorGraph, slice: ActorSlice, index: DatasetIndex, touched: TouchedGraph): PatchedEdges {
  if (touched.removed?.length) throw new Error('a change that removes actors is patched on the graph (patchGraph)');
  const patch: GraphPatch = { added: [], removed: [] };
  for (const a of touched.actors) nodes.addNode(a.id, nodeAttributesOf(a));
  for (const a of touched.changed ?? []) nodes.replaceNodeAttributes(a.id, nodeAttributesOf(a));
  const now = new Map<string, SliceEdge<RelationEdgeAttributes>>();
  for (const key of touched.edges) {
    const relations = index.relationsByEdge.get(key) ?? [];
    const events = index.eventsByEdge.get(key) ?? [];
    const attributes = edgeAttributesOf(relations, events, index.reviewed);
    const place = slice.placeOf(key);
    const was = place === undefined ? undefined : slice.edgeAt(place);
    if (!attributes) {
      if (was) patch.removed.push([was.source, was.target, was.undirected]);
      continue;
    }
    const { source, target } = relations[0] ?? events[0];
    const undirected = !DIRECTED_TYPES.has(attributes.type);
    now.set(key, { key, source, target, undirected, attributes });
    if (!was) patch.added.push([source, target, undirected]);
  }
  const edgeOf = (key: string): SliceEdge<RelationEdgeAttributes> => {
    const e = now.get(key) ?? (slice.placeOf(key) !== undefined ? slice.edgeAt(slice.placeOf(key) as number) : undefined);
    if (!e) throw new Error(`no edge "${key}"`);
    return e;
  };
  const edges: EdgeLookup<RelationEdgeAttributes> = {
    hasEdge: (key) => now.has(key) || (!touched.edges.has(key) && slice.placeOf(key) !== undefined),
    source: (key) => edgeOf(key).source,
    target: (key) => edgeOf(key).target,
    isUndirected: (key) => edgeOf(key).undirected,
    getEdgeAttributes: (key) => edgeOf(key).attributes,
  };
  return { patch, edges };
}
