/**
 * An actor's relations as the panel lists them (Explorer.actorRelations), and how a listing made at
 * one data version follows the changes made since: a change that touched none of the actor's
 * relations and renamed none of its neighbours leaves the listing as it was (the same object, whose
 * JSON text is kept); one that touched a few has those entries replaced in place of a full listing
 * of thousands. Either way the result is what a full listing of the graph as it now is gives.
 */
import type { ActorRelation } from '../domain/api';
import type { Actor, RelationEdgeAttributes, RelationType } from '../domain/types';
import { edgeFields } from '../graph/coded-edge';
import { byCodeUnits } from '../algorithms/code-unit-order';

/**
 * What a listing reads of the graph: a graphology graph (ActorGraph) has it, and so has the whole
 * slice read by key (query/slice-relations.ts) while graphology does not hold the edges.
 */
export interface RelationReader {
  readonly order: number;
  hasNode(id: string): boolean;
  getNodeAttribute(id: string, name: 'label'): string;
  areNeighbors(a: string, b: string): boolean;
  hasEdge(key: string): boolean;
  getEdgeAttributes(key: string): RelationEdgeAttributes;
  source(key: string): string;
  target(key: string): string;
  extremities(key: string): [string, string];
  isUndirected(key: string): boolean;
  edges(id: string): string[];
}

/** An actor, its graph and its relations by type, as the panel lists them. */
export interface ListedRelations {
  a: Actor;
  g: RelationReader;
  /** The data version the listing is right for. */
  version: number;
  relations: Record<RelationType, ActorRelation[]>;
  /** Each relation's entry by key, with the graph's attributes it was made from (reused by later listings). */
  entries: ReadonlyMap<string, ListedEntry>;
}

export interface ListedEntry {
  attrs: RelationEdgeAttributes;
  entry: ActorRelation;
}

/** What one version's change did to the graph, as listings see it. */
export interface ListingChange {
  /** Keys of the edges added, changed or removed. */
  edges: ReadonlySet<string>;
  /** Actors whose attributes changed (a label, shown in their neighbours' listings) or that went. */
  actors: readonly string[];
}

/**
 * The panel's order within a type: heaviest first, then by the other actor's id, then by key (two
 * relations of a type with one actor, one each way): a total order, so a changed entry always has
 * one place and a listing can follow it instead of being made again.
 */
export const compareListed = (x: ActorRelation, y: ActorRelation): number => y.weight - x.weight || x.other.localeCompare(y.other) || byCodeUnits(x.key, y.key);

/** The entry of edge `key` of actor `id` in graph `g`, its attributes `attrs`. */
export function listedEntry(g: RelationReader, id: string, key: string, attrs: RelationEdgeAttributes): ActorRelation {
  const [source, target] = g.extremities(key);
  const other = source === id ? target : source;
  return {
    key,
    source,
    target,
    other,
    otherLabel: g.getNodeAttribute(other, 'label'),
    direction: g.isUndirected(key) ? 'both' : source === id ? 'out' : 'in',
    ...edgeFields(attrs),
  };
}

/** Where `entry` goes in `list` (sorted by compareListed); undefined when an entry there has its key (it should have been dropped first). */
function placeOf(list: readonly ActorRelation[], entry: ActorRelation): number | undefined {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareListed(list[mid], entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && compareListed(list[lo], entry) === 0 ? undefined : lo;
}

/**
 * `listed` (of actor `id`) followed through `changes`, every change made since it was listed, in
 * order, to graph `g` as it now is (the same graph object, patched), for `version`. Undefined when
 * it must be listed afresh: the actor itself changed, or a neighbour's label may have.
 */
export function followListing(listed: ListedRelations, id: string, g: RelationReader, changes: readonly ListingChange[], version: number): ListedRelations | undefined {
  if (listed.g !== g) return undefined;
  let others: Set<string> | undefined;
  const touched = new Set<string>();
  for (const change of changes) {
    for (const c of change.actors) {
      if (c === id) return undefined;
      // A neighbour now, or one then that has gone since (its edges went with it).
      if (g.hasNode(c) ? g.areNeighbors(id, c) : (others ??= new Set([...listed.entries.values()].map((e) => e.entry.other))).has(c)) return undefined;
    }
    for (const key of change.edges) touched.add(key);
  }
  const dropped = new Set<ActorRelation>();
  const added: ListedEntry[] = [];
  for (const key of touched) {
    const was = listed.entries.get(key);
    const attrs = g.hasEdge(key) ? g.getEdgeAttributes(key) : undefined;
    const is = attrs !== undefined && (g.source(key) === id || g.target(key) === id);
    // A patch gives an edge it changes a new attributes object (ends turned round included).
    if (was && is && was.attrs === attrs) continue;
    if (was) dropped.add(was.entry);
    if (is) added.push({ attrs, entry: listedEntry(g, id, key, attrs) });
  }
  if (!dropped.size && !added.length) return { ...listed, version };
  const relations = { ...listed.relations };
  const copied = new Set<RelationType>();
  const own = (type: RelationType): ActorRelation[] => {
    if (!copied.has(type)) {
      copied.add(type);
      relations[type] = dropped.size ? relations[type].filter((x) => !dropped.has(x)) : [...relations[type]];
    }
    return relations[type];
  };
  for (const x of dropped) own(x.type);
  const entries = new Map(listed.entries);
  for (const x of dropped) entries.delete(x.key);
  for (const x of added) {
    const list = own(x.entry.type);
    const at = placeOf(list, x.entry);
    if (at === undefined) return undefined;
    list.splice(at, 0, x.entry);
    entries.set(x.entry.key, x);
  }
  return { a: listed.a, g, version, relations, entries };
}
