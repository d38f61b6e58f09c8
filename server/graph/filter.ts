/**
 * Sub-graphs of the actor graph: by relation type, actor kind, evidence count and date, and ego
 * networks, as slices of the graph (slice.ts) or new graphs; the source graph is never edited.
 */
import { unknownActor } from '../domain/errors';
import type { ActorGraph, ActorKind, ActorNodeAttributes, GraphAttributes, Provenance, RelationEdgeAttributes, RelationType } from '../domain/types';
import { compareActorIds } from './build';
import { GraphSlice } from '../algorithms/slice';
import { edgeFields } from './coded-edge';

export type ActorSlice = GraphSlice<ActorNodeAttributes, RelationEdgeAttributes, GraphAttributes>;

export interface GraphFilter {
  /** Relation types to keep (all when absent). */
  types?: RelationType[];
  /** Actor kinds to keep (all when absent). */
  kinds?: ActorKind[];
  /** Keep edges with at least this many evidence items. */
  minEvidence?: number;
  /** Keep evidence dated on or after / on or before (YYYY-MM-DD); edges left with none are dropped. */
  since?: string;
  until?: string;
  /** Ego network: this actor and everything within `depth` hops (any direction). */
  actor?: string;
  depth?: number;
  /** Relations of these provenances (all when absent). */
  provenance?: Provenance[];
  /** Only reviewed (true) or only unreviewed (false) relations. */
  reviewed?: boolean;
  /** Only provisional (true) or only confirmed (false) actors. */
  provisional?: boolean;
  /**
   * Fold people and bodies into the state they act for (graph/rollup-view.ts). Chooses the graph
   * a filter applies to; the Explorer reads it, sliceActorGraph does not.
   */
  rollup?: true;
  /**
   * With `rollup`: states whose people and bodies stay apart, drawn around the state
   * (rollup-view.ts), while every other state stays rolled up. Read by the Explorer, like rollup.
   */
  expand?: string[];
}

/** An edge's attributes as a date range sees them, or undefined when nothing of it falls inside. */
function withinDates(attrs: RelationEdgeAttributes, since?: string, until?: string): RelationEdgeAttributes | undefined {
  const evidence = attrs.evidence.filter((e) => (!since || e.date >= since) && (!until || e.date <= until));
  // Event figures are aggregates: kept whole when their span overlaps the range.
  const ev = attrs.events;
  const events = ev && (!since || ev.lastSeen >= since) && (!until || ev.firstSeen <= until) ? ev : undefined;
  if (!evidence.length && !events) return undefined;
  if (evidence.length === attrs.evidence.length && events === ev) return attrs;
  const dates = [...evidence.map((e) => e.date), ...(events ? [events.firstSeen, events.lastSeen] : [])].sort();
  const a: RelationEdgeAttributes = {
    ...edgeFields(attrs),
    evidence,
    weight: evidence.length + (events?.events ?? 0),
    documents: new Set(evidence.map((e) => e.document)).size,
    firstSeen: dates[0],
    lastSeen: dates[dates.length - 1],
  };
  if (events) a.events = events;
  else delete a.events;
  return a;
}

/** Nodes within `depth` hops of `actor` in the whole graph, ignoring direction. */
function egoNodes(graph: ActorGraph, actor: string, depth: number): Set<string> {
  const seen = new Set([actor]);
  let frontier = [actor];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachNeighbor(n, (m) => {
        if (!seen.has(m)) {
          seen.add(m);
          next.push(m);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

/** A graph as a slice of itself; a slice as it is. */
export function asSlice(graph: ActorGraph | ActorSlice): ActorSlice {
  return graph instanceof GraphSlice ? graph : GraphSlice.of(graph);
}

/** True when the filter keeps everything. */
export function isEmptyFilter(f: GraphFilter): boolean {
  return Object.values(f).every((v) => v === undefined);
}

/**
 * What a filter keeps of the actor graph (or of the slice that keeps all of it), without a copy
 * (see slice.ts); the ego network is taken after the type/kind/evidence/date filters.
 */
export function sliceActorGraph(graph: ActorGraph | ActorSlice, f: GraphFilter = {}): ActorSlice {
  if (f.actor !== undefined && !graph.hasNode(f.actor)) throw unknownActor('actor', f.actor);
  // A filtered ego network only loses actors, never gains them: cut out the unfiltered one first,
  // so a big graph is not sliced whole to find a few actors.
  const around = f.actor === undefined ? undefined : graph instanceof GraphSlice ? graph.reach(f.actor, f.depth ?? 1) : egoNodes(graph, f.actor, f.depth ?? 1);
  const kinds = f.kinds ? new Set<string>(f.kinds) : undefined;
  const types = f.types ? new Set<string>(f.types) : undefined;
  const dated = f.since !== undefined || f.until !== undefined;
  const provenance = f.provenance ? new Set<string>(f.provenance) : undefined;
  const keepNode =
    around || kinds || f.provisional !== undefined
      ? (n: string, a: ActorNodeAttributes) => (!around || around.has(n)) && (!kinds || kinds.has(a.kind)) && (f.provisional === undefined || a.provisional === f.provisional)
      : undefined;
  const view =
    types || dated || f.minEvidence !== undefined || provenance || f.reviewed !== undefined
      ? (attrs: RelationEdgeAttributes): RelationEdgeAttributes | undefined => {
          if (types && !types.has(attrs.type)) return undefined;
          if (provenance && !provenance.has(attrs.provenance)) return undefined;
          if (f.reviewed !== undefined && attrs.reviewed !== f.reviewed) return undefined;
          const a = dated ? withinDates(attrs, f.since, f.until) : attrs;
          return a && (f.minEvidence === undefined || a.weight >= f.minEvidence) ? a : undefined;
        }
      : undefined;
  // A slice of the whole graph (see GraphSlice.within) is sliced as its graph would be.
  const kept = graph instanceof GraphSlice ? GraphSlice.within(graph, keepNode, view) : GraphSlice.of(graph, keepNode, view, compareActorIds);
  if (f.actor === undefined) return kept;
  return kept.restrict(kept.reach(f.actor, f.depth ?? 1));
}

/** Applies a filter, as a new graph (attribute objects shared with `graph`). */
export function filterGraph(graph: ActorGraph, f: GraphFilter = {}): ActorGraph {
  return sliceActorGraph(graph, f).toGraph() as ActorGraph;
}
