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
import { RecordsByKey } from '../algorithms/records-by-key';
import { EDGE_KEY_SEPARATORS } from '../algorithms/edge-key-parts';
import type { KeyedLists } from '../algorithms/records-by-key';
import { RecordFigures } from './record-figures';
import { codedEdgeAttributes, edgeFields } from './coded-edge';

const [DIRECTED, UNDIRECTED] = EDGE_KEY_SEPARATORS;

/**
 * Stable edge key: undirected types sort their ends so A–B and B–A are the same edge. Joined
 * rather than a template: a template makes a rope of its parts, which a map keyed by it flattens
 * into a second string and keeps both (13 MB over 400,000 edges).
 */
export function edgeKey(type: RelationType, source: string, target: string): string {
  if (DIRECTED_TYPES.has(type)) return [type, ':', source, DIRECTED, target].join('');
  return source < target ? [type, ':', source, UNDIRECTED, target].join('') : [type, ':', target, UNDIRECTED, source].join('');
}

/** The key of the edge a coded event is part of (what RecordsByKey groups events under). */
export const eventEdgeKey = (e: EventRelation): string => edgeKey(e.type, e.source, e.target);

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
export function mergeEvents(a: EventStats, b: EventStats): EventStats {
  // Built as a literal of one fixed shape: objects of one shape serialise and compare fastest.
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

/** An edge's attributes with one more coded-event figure merged in (an events-only edge when `a` is undefined: a view of its record, see coded-edge.ts). */
function withEvent(a: RelationEdgeAttributes | undefined, r: EventRelation): RelationEdgeAttributes {
  if (!a) return codedEdgeAttributes(r);
  const events = a.events ? mergeEvents(a.events, r) : new RecordFigures(r);
  return {
    ...edgeFields(a),
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

/**
 * The order of actors in the graph: a build adds them in this order, and slices keep it after a
 * change added some (see slice.ts), so node indices, and what depends on them, match a rebuild.
 */
export const compareActorIds = (a: string, b: string): number => a.localeCompare(b);

type NodeData = Partial<Record<'out' | 'in' | 'undirected', Record<string, unknown>>>;
const SIDES = ['out', 'in', 'undirected'] as const;

/** graphology's record of `node` (its neighbour objects among its fields), or undefined if its internals changed shape. */
const nodeDataOf = (graph: ActorGraph, node: string): NodeData | undefined => (graph as unknown as { _nodes?: Map<string, NodeData> })._nodes?.get(node);

/**
 * The neighbour objects of every node of a graph made without tables, until its edges come: three
 * empty objects a node were 8 MB of the request thread's heap at 50,000 actors (docs/history/engine-rounds.md, *Memory,
 * fifteenth round: the request thread's heap*). Frozen, so an edge added without asHashTables
 * first throws (graphology runs in strict mode) rather than reaching every node.
 */
const NO_NEIGHBOURS: Record<string, unknown> = Object.freeze({});

/**
 * graphology keeps each node's neighbours in plain objects keyed by neighbour id (`out`, `in`,
 * `undirected`). V8 gives an object a new hidden class for each key added to it, so building a
 * graph of 20,000 actors and 400,000 relations made hundreds of thousands of hidden classes: 9 of
 * the 12 s its edges took to add (attachMulti), and memory. An object that has lost a property is
 * kept as a hash table instead, so a node's neighbour objects are switched to that before its
 * edges are added. Reaches into graphology's internals; does nothing if they change shape.
 */
function adjacencyAsHashTables(graph: ActorGraph, node: string): void {
  const data = nodeDataOf(graph, node);
  for (const side of SIDES) {
    // A node of a graph made without tables shares one frozen empty object (see graphOfActors): its own comes now.
    if (data?.[side] === NO_NEIGHBOURS) data[side] = {};
    const adjacency = data?.[side];
    if (!adjacency || typeof adjacency !== 'object' || Object.keys(adjacency).length) continue;
    // Deleting a property other than the last one added is what turns an object into a hash table.
    adjacency['\u0000first'] = undefined;
    adjacency['\u0000second'] = undefined;
    delete adjacency['\u0000first'];
    delete adjacency['\u0000second'];
  }
}

/**
 * What a build reads besides the actors: each edge's relation records and coded events, by edge
 * key, in dataset order, and the records a curator accepted. model/dataset-index.ts keeps these
 * for the live dataset, so the server's build does not group 400,000 records a second time.
 */
export interface EdgeGroups {
  relationsByEdge: ReadonlyMap<string, readonly Relation[]>;
  eventsByEdge: KeyedLists<EventRelation>;
  reviewed: ReviewedIds;
}

const pushTo = <V>(map: Map<string, V[]>, key: string, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** The dataset's records grouped by the edge they make (see EdgeGroups). */
export function edgeGroupsOf(dataset: Dataset): EdgeGroups {
  const relationsByEdge = new Map<string, Relation[]>();
  for (const r of dataset.relations) pushTo(relationsByEdge, edgeKey(r.type, r.source, r.target), r);
  const eventsByEdge = new RecordsByKey<EventRelation>(eventEdgeKey);
  for (const r of dataset.eventRelations ?? []) eventsByEdge.add(edgeKey(r.type, r.source, r.target), r);
  return { relationsByEdge, eventsByEdge, reviewed: new Set((dataset.curation?.reviewed ?? []).map((m) => m.relation)) };
}

/**
 * A graph's edges in the order a build adds them, as columns: what the graph's whole slice holds
 * (algorithms/slice.ts), so a slice can be had before graphology has been given the edges.
 */
export interface EdgeColumns {
  keys: string[];
  sources: string[];
  targets: string[];
  undirected: boolean[];
  attrs: RelationEdgeAttributes[];
}

/**
 * The edges of a validated dataset's graph (see EdgeColumns): edges backed by relation records
 * first, by key, with their events; then those backed by events only, in the order of their first event.
 */
export function edgeColumnsOf(groups: EdgeGroups): EdgeColumns {
  const columns: EdgeColumns = { keys: [], sources: [], targets: [], undirected: [], attrs: [] };
  const { relationsByEdge, eventsByEdge, reviewed } = groups;
  const add = (key: string, relations: readonly Relation[], events: readonly EventRelation[]): void => {
    const attrs = edgeAttributesOf(relations, events, reviewed);
    if (!attrs) return;
    const { source, target } = relations[0] ?? events[0];
    columns.keys.push(key);
    columns.sources.push(source);
    columns.targets.push(target);
    columns.undirected.push(!DIRECTED_TYPES.has(attrs.type));
    columns.attrs.push(attrs);
  };
  for (const key of [...relationsByEdge.keys()].sort()) {
    const relations = relationsByEdge.get(key) ?? [];
    if (relations.length) add(key, relations, eventsByEdge.get(key) ?? []);
  }
  for (const [key, events] of eventsByEdge) if (!relationsByEdge.get(key)?.length) add(key, [], events);
  return columns;
}

/**
 * The actor graph's nodes, in their order (compareActorIds), and no edges yet. `tables`: whether
 * their neighbour objects are made hash tables now (see adjacencyAsHashTables); a graph that may
 * never be given edges (graph/staged-graph.ts) leaves that to `asHashTables`, just before its
 * edges come (150,000 empty hash tables were 40 MB of the server's heap at 50,000 actors), and
 * meanwhile gives every node the one empty NO_NEIGHBOURS.
 */
export function graphOfActors(actors: readonly Actor[], name = 'actor-graph', tables = true): ActorGraph {
  const graph: ActorGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  graph.setAttribute('name', name);
  for (const a of [...actors].sort((x, y) => compareActorIds(x.id, y.id))) {
    graph.addNode(a.id, nodeAttributesOf(a));
    if (tables) adjacencyAsHashTables(graph, a.id);
    else {
      const data = nodeDataOf(graph, a.id);
      if (data) for (const side of SIDES) if (data[side]) data[side] = NO_NEIGHBOURS;
    }
  }
  return graph;
}

/** Makes the neighbour objects of every node of `graph` that has no edge yet hash tables (see adjacencyAsHashTables). */
export function asHashTables(graph: ActorGraph): void {
  graph.forEachNode((node) => adjacencyAsHashTables(graph, node));
}

/** Adds the edges at places [from, to) of `columns` to `graph`, in their order. */
function addEdgeColumns(graph: ActorGraph, columns: EdgeColumns, from: number, to: number): void {
  const { keys, sources, targets, attrs } = columns;
  for (let i = from; i < to; i++) addRelationEdge(graph, keys[i], sources[i], targets[i], attrs[i]);
}

/** Builds the actor graph from a validated dataset; `groups`: its records by edge, when already at hand. */
export function buildGraph(dataset: Dataset, name = 'actor-graph', groups: EdgeGroups = edgeGroupsOf(dataset)): ActorGraph {
  const graph = graphOfActors(dataset.actors, name);
  const columns = edgeColumnsOf(groups);
  addEdgeColumns(graph, columns, 0, columns.keys.length);
  return graph;
}
