/**
 * A spike of issue 14's "columnar core" (docs/history/engine-rounds.md, *Columnar core: a measured spike*): the actor
 * graph's nodes and edges built straight from a Dataset into typed arrays, holding what
 * graphology's edges hold today (graph/build.ts), so its bytes and build time can be measured
 * against the graphology graph (scripts/bench/columnar-heap.ts). Not wired into the server.
 *
 * - nodes are numbered 0..n−1 in the graph's order (compareActorIds); `ids` names them;
 * - edges are numbered in the order a build adds them (edgeColumnsOf): edges backed by relation
 *   records first, by key, then those backed by coded events only, in the order of their first event;
 * - per edge: its ends (numbers, the first record's way round, as graphology's), its type, its
 *   figures as columns (weight, documents, dates as numbers into a table of date strings,
 *   provenance, reviewed, the coded-event figures merged), and the records behind it as lists of
 *   record numbers (places in `dataset.relations` / `dataset.eventRelations`);
 * - per node: its incident edges (CSR), sorted by the other end then type, so an edge is found by
 *   its ends with a binary search instead of graphology's neighbour tables or a map of edge keys;
 * - an edge key is made when asked for (keyOf), never held;
 * - edges backed by relation records (quotes: few, and the ones drawn with evidence) keep their
 *   attributes object as today (`rich`); a coded edge's attributes are made when asked for
 *   (attributesOf: the same view of its record as today's, or the merged figures).
 */
import type { Dataset, EventRelation, Provenance, Relation, RelationEdgeAttributes, RelationType } from '../../server/domain/types';
import { DIRECTED_TYPES, PROVENANCES, RELATION_TYPES } from '../../server/domain/types';
import { compareActorIds, edgeAttributesOf, edgeKey } from '../../server/graph/build';
import type { ReviewedIds } from '../../server/graph/build';
import { codedEdgeAttributes } from '../../server/graph/coded-edge';

const TYPE_CODE = new Map<RelationType, number>(RELATION_TYPES.map((t, i) => [t, i]));
const PROVENANCE_CODE = new Map<Provenance, number>(PROVENANCES.map((p, i) => [p, i]));
/** `flags`: provenance in the low two bits, reviewed in the third. */
const REVIEWED = 4;

export interface ColumnarEdges {
  /** Node ids by number, in the graph's order. */
  ids: string[];
  numberOf: Map<string, number>;
  /** Edge count. */
  size: number;
  source: Int32Array;
  target: Int32Array;
  /** Index into RELATION_TYPES. */
  type: Uint8Array;
  flags: Uint8Array;
  weight: Int32Array;
  documents: Int32Array;
  /** Places in `dates`. */
  firstSeen: Int32Array;
  lastSeen: Int32Array;
  dates: string[];
  /** Coded-event figures, merged over the edge's events; 0 events: none. */
  events: Int32Array;
  mentions: Int32Array;
  sources: Int32Array;
  goldstein: Float64Array;
  tone: Float64Array;
  /** Edge → its coded events' places in dataset.eventRelations (CSR: offsets of size+1). */
  eventOffsets: Int32Array;
  eventRecords: Int32Array;
  /** Edge → its relation records' places in dataset.relations (CSR). */
  relationOffsets: Int32Array;
  relationRecords: Int32Array;
  /** Node → incident edges (CSR), sorted by the other end, then type. */
  adjacencyOffsets: Int32Array;
  adjacency: Int32Array;
  /** Attributes of the edges backed by relation records, as today's graph holds them. */
  rich: Map<number, RelationEdgeAttributes>;
}

/** Records linked per group in dataset order, without an array per group: first, last and next as numbers. */
class Chains {
  readonly first: Int32Array;
  readonly last: Int32Array;
  readonly next: Int32Array;
  readonly count: Int32Array;

  constructor(groups: number, records: number) {
    this.first = new Int32Array(groups).fill(-1);
    this.last = new Int32Array(groups).fill(-1);
    this.next = new Int32Array(records).fill(-1);
    this.count = new Int32Array(groups);
  }

  add(group: number, record: number): void {
    if (this.first[group] < 0) this.first[group] = record;
    else this.next[this.last[group]] = record;
    this.last[group] = record;
    this.count[group]++;
  }
}

/** The columnar graph of a validated dataset (see the file's comment). */
export function columnarEdgesOf(dataset: Dataset, reviewed: ReviewedIds): ColumnarEdges {
  const ids = dataset.actors.map((a) => a.id).sort(compareActorIds);
  const numberOf = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) numberOf.set(ids[i], i);
  const n = ids.length;
  const T = RELATION_TYPES.length;
  const relations = dataset.relations;
  const events = dataset.eventRelations ?? [];

  // An edge's identity as a number: (lower end, higher end, type), the ends in edgeKey's order.
  // n² · T stays below 2^53 up to 47 million actors. The map is the build's only, then collected.
  const groupOf = new Map<number, number>();
  const firstRecord: { source: string; target: string; type: RelationType }[] = [];
  const identity = (r: { source: string; target: string; type: RelationType }): number => {
    const s = numberOf.get(r.source) as number;
    const t = numberOf.get(r.target) as number;
    const swap = !DIRECTED_TYPES.has(r.type) && !(r.source < r.target);
    return ((swap ? t : s) * n + (swap ? s : t)) * T + (TYPE_CODE.get(r.type) as number);
  };
  const group = (r: Relation | EventRelation): number => {
    const id = identity(r);
    let g = groupOf.get(id);
    if (g === undefined) {
      groupOf.set(id, (g = firstRecord.length));
      firstRecord.push(r);
    }
    return g;
  };
  const relationGroup = Int32Array.from(relations, group);
  const eventGroup = new Int32Array(events.length);
  for (let i = 0; i < events.length; i++) eventGroup[i] = group(events[i]);
  groupOf.clear();
  const groups = firstRecord.length;
  const relationChains = new Chains(groups, relations.length);
  for (let i = 0; i < relations.length; i++) relationChains.add(relationGroup[i], i);
  const eventChains = new Chains(groups, events.length);
  for (let i = 0; i < events.length; i++) eventChains.add(eventGroup[i], i);

  // The build's edge order: groups with relation records by key, then the others in order of first event (firstRecord's order is that).
  const withRelations: number[] = [];
  const eventsOnly: number[] = [];
  for (let g = 0; g < groups; g++) (relationChains.count[g] ? withRelations : eventsOnly).push(g);
  const keyOfGroup = (g: number): string => edgeKey(firstRecord[g].type, firstRecord[g].source, firstRecord[g].target);
  const keys = new Map(withRelations.map((g) => [g, keyOfGroup(g)]));
  withRelations.sort((a, b) => ((keys.get(a) as string) < (keys.get(b) as string) ? -1 : 1));
  const order = [...withRelations, ...eventsOnly];

  const m = order.length;
  const c: ColumnarEdges = {
    ids,
    numberOf,
    size: m,
    source: new Int32Array(m),
    target: new Int32Array(m),
    type: new Uint8Array(m),
    flags: new Uint8Array(m),
    weight: new Int32Array(m),
    documents: new Int32Array(m),
    firstSeen: new Int32Array(m),
    lastSeen: new Int32Array(m),
    dates: [],
    events: new Int32Array(m),
    mentions: new Int32Array(m),
    sources: new Int32Array(m),
    goldstein: new Float64Array(m),
    tone: new Float64Array(m),
    eventOffsets: new Int32Array(m + 1),
    eventRecords: new Int32Array(events.length),
    relationOffsets: new Int32Array(m + 1),
    relationRecords: new Int32Array(relations.length),
    adjacencyOffsets: new Int32Array(n + 1),
    adjacency: new Int32Array(2 * m),
    rich: new Map(),
  };
  const dateNumber = new Map<string, number>();
  const date = (d: string): number => {
    let i = dateNumber.get(d);
    if (i === undefined) {
      dateNumber.set(d, (i = c.dates.length));
      c.dates.push(d);
    }
    return i;
  };
  let [eventAt, relationAt] = [0, 0];
  for (let e = 0; e < m; e++) {
    const g = order[e];
    const first = firstRecord[g];
    c.source[e] = numberOf.get(first.source) as number;
    c.target[e] = numberOf.get(first.target) as number;
    c.type[e] = TYPE_CODE.get(first.type) as number;
    const rs: Relation[] = [];
    for (let i = relationChains.first[g]; i >= 0; i = relationChains.next[i]) {
      c.relationRecords[relationAt++] = i;
      rs.push(relations[i]);
    }
    c.relationOffsets[e + 1] = relationAt;
    const from = eventAt;
    for (let i = eventChains.first[g]; i >= 0; i = eventChains.next[i]) c.eventRecords[eventAt++] = i;
    c.eventOffsets[e + 1] = eventAt;
    if (!rs.length && eventAt - from === 1) {
      // The common case at scale: one coded event, its figures as they are.
      const r = events[c.eventRecords[from]];
      c.flags[e] = PROVENANCE_CODE.get('coded') as number;
      c.weight[e] = r.events;
      c.firstSeen[e] = date(r.firstSeen);
      c.lastSeen[e] = date(r.lastSeen);
      [c.events[e], c.mentions[e], c.sources[e], c.goldstein[e], c.tone[e]] = [r.events, r.mentions, r.sources, r.goldstein, r.tone];
      continue;
    }
    const evs: EventRelation[] = [];
    for (let k = from; k < eventAt; k++) evs.push(events[c.eventRecords[k]]);
    const a = edgeAttributesOf(rs, evs, reviewed) as RelationEdgeAttributes;
    if (rs.length) c.rich.set(e, a);
    c.flags[e] = (PROVENANCE_CODE.get(a.provenance) as number) | (a.reviewed ? REVIEWED : 0);
    c.weight[e] = a.weight;
    c.documents[e] = a.documents;
    c.firstSeen[e] = date(a.firstSeen);
    c.lastSeen[e] = date(a.lastSeen);
    if (a.events) [c.events[e], c.mentions[e], c.sources[e], c.goldstein[e], c.tone[e]] = [a.events.events, a.events.mentions, a.events.sources, a.events.goldstein, a.events.tone];
  }

  // Adjacency: degrees, offsets, then each node's edges sorted by the other end and type.
  const degree = c.adjacencyOffsets;
  for (let e = 0; e < m; e++) {
    degree[c.source[e] + 1]++;
    degree[c.target[e] + 1]++;
  }
  for (let v = 0; v < n; v++) degree[v + 1] += degree[v];
  const fill = c.adjacencyOffsets.slice(0, n);
  for (let e = 0; e < m; e++) {
    c.adjacency[fill[c.source[e]]++] = e;
    c.adjacency[fill[c.target[e]]++] = e;
  }
  for (let v = 0; v < n; v++) {
    const other = (e: number): number => (c.source[e] === v ? c.target[e] : c.source[e]);
    c.adjacency.subarray(c.adjacencyOffsets[v], c.adjacencyOffsets[v + 1]).sort((x, y) => other(x) - other(y) || c.type[x] - c.type[y] || x - y);
  }
  return c;
}

/** The end of edge `e` across from node `v`. */
export const otherEnd = (c: ColumnarEdges, e: number, v: number): number => (c.source[e] === v ? c.target[e] : c.source[e]);

/** Edge `e`'s key, as graph/build.ts's edgeKey makes it. */
export const keyOf = (c: ColumnarEdges, e: number): string => edgeKey(RELATION_TYPES[c.type[e]], c.ids[c.source[e]], c.ids[c.target[e]]);

export const provenanceOf = (c: ColumnarEdges, e: number): Provenance => PROVENANCES[c.flags[e] & 3];
export const isReviewed = (c: ColumnarEdges, e: number): boolean => (c.flags[e] & REVIEWED) !== 0;

/** The edge of `type` from `source` to `target` (either way round when undirected), or −1: a binary search of the source's edges. */
export function edgeOf(c: ColumnarEdges, type: RelationType, source: string, target: string): number {
  const s = c.numberOf.get(source);
  const t = c.numberOf.get(target);
  if (s === undefined || t === undefined) return -1;
  const code = TYPE_CODE.get(type) as number;
  let [lo, hi] = [c.adjacencyOffsets[s], c.adjacencyOffsets[s + 1]];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const e = c.adjacency[mid];
    const o = otherEnd(c, e, s);
    if (o < t || (o === t && c.type[e] < code)) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < c.adjacencyOffsets[s + 1]; k++) {
    const e = c.adjacency[k];
    if (otherEnd(c, e, s) !== t || c.type[e] !== code) break;
    if (!DIRECTED_TYPES.has(type) || c.source[e] === s) return e;
  }
  return -1;
}

/** Edge `e`'s attributes as today's graph gives them: kept for relation-backed edges, made from the records for coded ones. */
export function attributesOf(c: ColumnarEdges, dataset: Dataset, reviewed: ReviewedIds, e: number): RelationEdgeAttributes {
  const kept = c.rich.get(e);
  if (kept) return kept;
  const events = dataset.eventRelations ?? [];
  const [from, to] = [c.eventOffsets[e], c.eventOffsets[e + 1]];
  if (to - from === 1) return codedEdgeAttributes(events[c.eventRecords[from]]);
  const evs: EventRelation[] = [];
  for (let k = from; k < to; k++) evs.push(events[c.eventRecords[k]]);
  return edgeAttributesOf([], evs, reviewed) as RelationEdgeAttributes;
}
