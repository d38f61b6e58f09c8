/**
 * Sub-graphs of the actor graph: by relation type, actor kind, evidence count and date, and ego
 * networks. Always returns a new graph; the source graph is never edited.
 */
import { NotFoundError } from '../domain/errors';
import type { ActorGraph, ActorKind, RelationType } from '../domain/types';

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
}

function keepEdges(graph: ActorGraph, f: GraphFilter): ActorGraph {
  const out = graph.emptyCopy() as ActorGraph;
  const types = f.types ? new Set(f.types) : undefined;
  const kinds = f.kinds ? new Set(f.kinds) : undefined;
  if (kinds) out.filterNodes((_n, a) => !kinds.has(a.kind)).forEach((n) => out.dropNode(n));
  graph.forEachEdge((key, attrs, source, target, _sa, _ta, undirected) => {
    if (!out.hasNode(source) || !out.hasNode(target)) return;
    if (types && !types.has(attrs.type)) return;
    let a = attrs;
    if (f.since || f.until) {
      const evidence = attrs.evidence.filter((e) => (!f.since || e.date >= f.since) && (!f.until || e.date <= f.until));
      // Event figures are aggregates: kept whole when their span overlaps the range.
      const ev = attrs.events;
      const events = ev && (!f.since || ev.lastSeen >= f.since) && (!f.until || ev.firstSeen <= f.until) ? ev : undefined;
      if (!evidence.length && !events) return;
      const dates = [...evidence.map((e) => e.date), ...(events ? [events.firstSeen, events.lastSeen] : [])].sort();
      a = {
        ...attrs,
        evidence,
        weight: evidence.length + (events?.events ?? 0),
        documents: new Set(evidence.map((e) => e.document)).size,
        firstSeen: dates[0],
        lastSeen: dates[dates.length - 1],
      };
      if (events) a.events = events;
      else delete a.events;
    }
    if (f.minEvidence !== undefined && a.weight < f.minEvidence) return;
    if (undirected) out.addUndirectedEdgeWithKey(key, source, target, a);
    else out.addDirectedEdgeWithKey(key, source, target, a);
  });
  return out;
}

/** Nodes within `depth` hops of `actor`, ignoring direction. */
export function egoNodes(graph: ActorGraph, actor: string, depth: number): Set<string> {
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

/** Applies a filter; the ego network is taken after the type/kind/evidence/date filters. */
export function filterGraph(graph: ActorGraph, f: GraphFilter = {}): ActorGraph {
  if (f.actor !== undefined && !graph.hasNode(f.actor)) throw new NotFoundError('actor', `unknown actor "${f.actor}"`);
  const kept = keepEdges(graph, f);
  if (f.actor === undefined) return kept;
  if (!kept.hasNode(f.actor)) return kept.emptyCopy() as ActorGraph;
  const ego = egoNodes(kept, f.actor, f.depth ?? 1);
  kept.filterNodes((n) => !ego.has(n)).forEach((n) => kept.dropNode(n));
  return kept;
}
