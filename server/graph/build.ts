/**
 * Dataset → graphology graph (pure). One node per actor; one edge per (source, target, type),
 * merging the evidence of every relation record that names the same triple.
 */
import { MultiGraph } from 'graphology';
import type {
  ActorGraph,
  Dataset,
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

function edgeAttributes(relations: Relation[]): RelationEdgeAttributes {
  let evidence: Evidence[] = [];
  const between = new Map<string, [string, string]>();
  for (const r of relations) {
    evidence = mergeEvidence(evidence, r.evidence);
    if (r.between) between.set([...r.between].sort().join('|'), r.between);
  }
  const dates = evidence.map((e) => e.date).sort();
  return {
    type: relations[0].type,
    weight: evidence.length,
    documents: new Set(evidence.map((e) => e.document)).size,
    evidence,
    ...(between.size ? { between: [...between.values()] } : {}),
    firstSeen: dates[0],
    lastSeen: dates[dates.length - 1],
    relations: [...new Set(relations.map((r) => r.id))],
  };
}

/** Builds the actor graph from a validated dataset. */
export function buildGraph(dataset: Dataset, name = 'actor-graph'): ActorGraph {
  const graph: ActorGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  graph.setAttribute('name', name);
  for (const a of [...dataset.actors].sort((x, y) => x.id.localeCompare(y.id))) {
    graph.addNode(a.id, {
      label: a.name,
      kind: a.kind,
      ...(a.affiliation ? { affiliation: a.affiliation } : {}),
      ...(a.role ? { role: a.role } : {}),
      aliases: a.aliases,
      provisional: a.provisional ?? false,
    });
  }
  const groups = new Map<string, Relation[]>();
  for (const r of dataset.relations) {
    const key = edgeKey(r.type, r.source, r.target);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  for (const key of [...groups.keys()].sort()) {
    const rels = groups.get(key) as Relation[];
    const { source, target, type } = rels[0];
    const attrs = edgeAttributes(rels);
    if (DIRECTED_TYPES.has(type)) graph.addDirectedEdgeWithKey(key, source, target, attrs);
    else graph.addUndirectedEdgeWithKey(key, source, target, attrs);
  }
  return graph;
}
