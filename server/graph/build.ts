/**
 * Dataset → graphology graph (pure). One node per actor; one edge per (source, target, type),
 * merging the evidence of every relation record that names the same triple.
 */
import { MultiGraph } from 'graphology';
import type {
  Actor,
  ActorGraph,
  ActorNodeAttributes,
  Dataset,
  EventRelation,
  EventStats,
  Evidence,
  Relation,
  RelationEdgeAttributes,
  RelationType,
} from '../domain/types';
import { DIRECTED_TYPES } from '../domain/types';

/** Stable edge key: undirected types sort their ends so A–B and B–A are the same edge. */
export function edgeKey(type: RelationType, source: string, target: string): string {
  if (DIRECTED_TYPES.has(type)) return `${type}:${source}->${target}`;
  const [a, b] = source < target ? [source, target] : [target, source];
  return `${type}:${a}--${b}`;
}

const evidenceKey = (e: Evidence): string => `${e.document}:${e.start}:${e.end}`;

function mergeEvidence(into: Evidence[], more: Evidence[]): Evidence[] {
  const seen = new Set(into.map(evidenceKey));
  const out = [...into];
  for (const e of more) {
    if (!seen.has(evidenceKey(e))) {
      seen.add(evidenceKey(e));
      out.push(e);
    }
  }
  // Chronological, then by place in the document, so panels and exports read in order.
  return out.sort((x, y) => x.date.localeCompare(y.date) || x.document.localeCompare(y.document) || x.start - y.start);
}

/** The relation records a curator accepted (a set of ids, or the index's marks by id). */
export interface ReviewedIds {
  has(relationId: string): boolean;
}

function edgeAttributes(relations: Relation[], reviewed: ReviewedIds): RelationEdgeAttributes {
  let evidence: Evidence[] = [];
  const between = new Map<string, [string, string]>();
  for (const r of relations) {
    evidence = mergeEvidence(evidence, r.evidence);
    if (r.between) between.set([...r.between].sort().join('|'), r.between);
  }
  const dates = evidence.map((e) => e.date).sort();
  const curated = evidence.some((e) => e.method === 'curated');
  return {
    type: relations[0].type,
    weight: evidence.length,
    // A republished story (near-duplicate) is one source, counted by its first copy.
    documents: new Set(evidence.map((e) => e.story ?? e.document)).size,
    evidence,
    ...(between.size ? { between: [...between.values()] } : {}),
    firstSeen: dates[0],
    lastSeen: dates[dates.length - 1],
    relations: [...new Set(relations.map((r) => r.id))],
    provenance: curated ? 'curated' : 'extracted',
    reviewed: curated || relations.every((r) => reviewed.has(r.id)),
    ...(curated ? {} : { confidence: Math.max(...evidence.map((e) => e.confidence)) }),
  };
}

/** Sums counts and weights means by event count, so several origins combine into one figure. */
export function mergeEvents(a: EventStats | undefined, b: EventStats): EventStats {
  // Built as a literal of one fixed shape: objects of one shape serialise and compare fastest.
  if (!a) {
    const { events, mentions, sources, goldstein, tone, firstSeen, lastSeen } = b;
    return { events, mentions, sources, goldstein, tone, firstSeen, lastSeen, urls: [...b.urls] };
  }
  const events = a.events + b.events;
  const mean = (x: number, y: number): number => (x * a.events + y * b.events) / events;
  return {
    events,
    mentions: a.mentions + b.mentions,
    sources: a.sources + b.sources,
    goldstein: mean(a.goldstein, b.goldstein),
    tone: mean(a.tone, b.tone),
    firstSeen: a.firstSeen < b.firstSeen ? a.firstSeen : b.firstSeen,
    lastSeen: a.lastSeen > b.lastSeen ? a.lastSeen : b.lastSeen,
    urls: [...new Set([...a.urls, ...b.urls])],
  };
}

/** An edge's attributes with one more coded-event figure merged in (an events-only edge when `a` is undefined). */
function withEvent(a: RelationEdgeAttributes | undefined, r: EventRelation): RelationEdgeAttributes {
  if (!a) {
    return {
      type: r.type,
      weight: r.events,
      documents: 0,
      evidence: [],
      firstSeen: r.firstSeen,
      lastSeen: r.lastSeen,
      relations: [],
      events: mergeEvents(undefined, r),
      provenance: 'coded',
      reviewed: false,
    };
  }
  const events = mergeEvents(a.events, r);
  return {
    ...a,
    events,
    weight: a.evidence.length + events.events,
    firstSeen: a.firstSeen < events.firstSeen ? a.firstSeen : events.firstSeen,
    lastSeen: a.lastSeen > events.lastSeen ? a.lastSeen : events.lastSeen,
  };
}

/**
 * The attributes of the edge of one (source, target, type): its relation records (in dataset
 * order) merged, then its coded events (in dataset order) added; undefined when it has neither.
 * Building the graph and patching it after a change (server/model/) both use this, so a patched
 * edge is the edge a rebuild makes.
 */
export function edgeAttributesOf(relations: readonly Relation[], events: readonly EventRelation[], reviewed: ReviewedIds): RelationEdgeAttributes | undefined {
  let attrs = relations.length ? edgeAttributes([...relations], reviewed) : undefined;
  for (const e of events) attrs = withEvent(attrs, e);
  return attrs;
}

/** The node attributes of an actor. */
export function nodeAttributesOf(a: Actor): ActorNodeAttributes {
  return {
    label: a.name,
    kind: a.kind,
    ...(a.affiliation ? { affiliation: a.affiliation } : {}),
    ...(a.role ? { role: a.role } : {}),
    aliases: a.aliases,
    provisional: a.provisional ?? false,
  };
}

/** Adds the edge `key` the way its type runs: directed, or undirected for symmetric types. */
export function addRelationEdge(graph: ActorGraph, key: string, source: string, target: string, attrs: RelationEdgeAttributes): void {
  if (DIRECTED_TYPES.has(attrs.type)) graph.addDirectedEdgeWithKey(key, source, target, attrs);
  else graph.addUndirectedEdgeWithKey(key, source, target, attrs);
}

/** Attaches event figures to the edge of the same triple, creating it when only events back it. */
function addEventRelation(graph: ActorGraph, r: EventRelation): void {
  const key = edgeKey(r.type, r.source, r.target);
  if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, withEvent(graph.getEdgeAttributes(key), r));
  else addRelationEdge(graph, key, r.source, r.target, withEvent(undefined, r));
}

/**
 * The order of actors in the graph: a build adds them in this order, and slices keep it after a
 * change added some (see slice.ts), so node indices, and what depends on them, match a rebuild.
 */
export const compareActorIds = (a: string, b: string): number => a.localeCompare(b);

/** Builds the actor graph from a validated dataset. */
export function buildGraph(dataset: Dataset, name = 'actor-graph'): ActorGraph {
  const graph: ActorGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  graph.setAttribute('name', name);
  for (const a of [...dataset.actors].sort((x, y) => compareActorIds(x.id, y.id))) {
    graph.addNode(a.id, nodeAttributesOf(a));
  }
  const reviewed = new Set((dataset.curation?.reviewed ?? []).map((m) => m.relation));
  const groups = new Map<string, Relation[]>();
  for (const r of dataset.relations) {
    const key = edgeKey(r.type, r.source, r.target);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  for (const key of [...groups.keys()].sort()) {
    const rels = groups.get(key) as Relation[];
    const { source, target } = rels[0];
    addRelationEdge(graph, key, source, target, edgeAttributes(rels, reviewed));
  }
  for (const r of dataset.eventRelations ?? []) addEventRelation(graph, r);
  return graph;
}
