/**
 * An edge backed by one coded event alone holds its attributes as a view of the event's record
 * (server/graph/coded-edge.ts): it must read, copy and write as the plain object it replaced, so
 * every answer stays the same.
 */
import { compactGraph } from '../../server/algorithms/compact';
import { loadDataset } from '../../server/data/load-dataset';
import type { ActorGraph, Dataset, EventRelation, RelationEdgeAttributes } from '../../server/domain/types';
import { buildGraph } from '../../server/graph/build';
import { codedEdgeAttributes, edgeFields } from '../../server/graph/coded-edge';
import { diffSlices } from '../../server/graph/diff';
import { EXPORT_FORMATS, exportGraph, exportText } from '../../server/graph/export';
import { sliceActorGraph } from '../../server/graph/filter';
import { overviewGraph } from '../../server/graph/overview';
import { shortestPath } from '../../server/graph/path';
import { listedEntry } from '../../server/query/actor-listing';
import { codedOpposition } from '../helpers/event-relation';

const record = (source: string, target: string, goldstein: number, firstSeen = '2026-01-02', lastSeen = '2026-01-05'): EventRelation =>
  codedOpposition(source, target, goldstein, { firstSeen, lastSeen, urls: ['https://example.org/1'] });

/** What an edge of one coded event held before: a plain object of these fields, in this order. */
const plainAttributes = (r: EventRelation): Record<string, unknown> => ({
  type: r.type,
  weight: r.events,
  documents: 0,
  evidence: [],
  firstSeen: r.firstSeen,
  lastSeen: r.lastSeen,
  relations: [],
  events: { events: r.events, mentions: r.mentions, sources: r.sources, goldstein: r.goldstein, tone: r.tone, firstSeen: r.firstSeen, lastSeen: r.lastSeen, urls: r.urls },
  provenance: 'coded',
  reviewed: false,
});

test("a coded edge's view reads, copies and writes as the plain object it replaces, without the record's own fields", () => {
  const r = record('alpha', 'beta', -4.5);
  const view = codedEdgeAttributes(r);
  const plain = plainAttributes(r);
  const text = JSON.stringify(plain);
  expect(JSON.stringify(view)).toBe(text);
  expect(Object.keys(view)).toEqual(Object.keys(plain));
  expect(JSON.stringify({ ...view })).toBe(text);
  expect(JSON.stringify(Object.assign({}, view))).toBe(text);
  expect(JSON.stringify(Object.fromEntries(Object.entries(view)))).toBe(text);
  const forIn: string[] = [];
  for (const k in view) forIn.push(k);
  expect(forIn).toEqual(Object.keys(plain));
  expect(JSON.parse(JSON.stringify(view))).toEqual(plain);
  expect([view.type, view.weight, view.documents, view.firstSeen, view.lastSeen, view.provenance, view.reviewed]).toEqual(['opposes', 3, 0, '2026-01-02', '2026-01-05', 'coded', false]);
  expect(view.events?.goldstein).toBe(-4.5);
  // As a plain object: own fields (compact.ts reads weights with hasOwnProperty), Object's prototype.
  expect(Object.prototype.hasOwnProperty.call(view, 'weight')).toBe(true);
  expect(Object.getPrototypeOf(view)).toBe(Object.prototype);
  expect(String(view)).toBe('[object Object]');
  expect('weight' in view && !('between' in view) && !('confidence' in view)).toBe(true);
  // The record's ends and origin are not the edge's.
  for (const name of ['source', 'target', 'origin', 'mentions', 'urls']) {
    expect((view as unknown as Record<string, unknown>)[name]).toBeUndefined();
    expect(name in view).toBe(false);
  }
  // Read-only: a change meant for the edge would otherwise change the record.
  expect(() => ((view as { weight: number }).weight = 9)).toThrow(TypeError);
  expect(() => delete (view as { confidence?: number }).confidence).toThrow(TypeError);
  expect(r.events).toBe(3);
  // The reader gives the fields as a plain object at once; other attributes as they are.
  const fields = edgeFields(view);
  expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
  expect(JSON.stringify(fields)).toBe(text);
  const other = { ...plain } as unknown as RelationEdgeAttributes;
  expect(edgeFields(other)).toBe(other);
});

/** The repository's dataset with coded events added: edges of one event alone, of two, and an event on a relation's edge. */
function withEvents(): Dataset {
  const dataset = loadDataset();
  const ids = dataset.actors.map((a) => a.id).sort();
  const related = dataset.relations.find((r) => r.type === 'opposes') ?? dataset.relations[0];
  const events: EventRelation[] = [];
  for (let i = 0; i + 1 < ids.length; i += 2) events.push(record(ids[i], ids[i + 1], (i % 7) - 3, `2026-0${1 + (i % 5)}-02`, `2026-0${1 + (i % 5)}-20`));
  events.push({ ...record(ids[1], ids[2], 5), origin: 'acled' }, { ...record(ids[1], ids[2], -2), origin: 'gdelt' });
  events.push({ ...record(related.source, related.target, 1.5), type: related.type });
  return { ...dataset, eventRelations: events };
}

/** `graph` with every edge's attributes a plain object of their own (JSON-equal), as before views. */
function plainCopy(graph: ActorGraph): ActorGraph {
  const copy = graph.copy() as ActorGraph;
  copy.forEachEdge((key, a) => copy.replaceEdgeAttributes(key, JSON.parse(JSON.stringify(a)) as RelationEdgeAttributes));
  return copy;
}

test("every answer read from a graph of coded-edge views is the one read from the same graph's plain attributes", () => {
  const graph = buildGraph(withEvents());
  const plain = plainCopy(graph);
  let views = 0;
  graph.forEachEdge((_k, a) => void (edgeFields(a) !== a && views++));
  expect(views).toBeGreaterThan(5);
  const same = (of: (g: ActorGraph) => unknown): void => expect(JSON.stringify(of(graph))).toBe(JSON.stringify(of(plain)));
  for (const format of EXPORT_FORMATS) same((g) => exportText(exportGraph(g, format)));
  same((g) => exportText(exportGraph(sliceActorGraph(g, { since: '2026-02-01', until: '2026-03-31' }), 'json')));
  same((g) => exportText(exportGraph(sliceActorGraph(g, { types: ['opposes'] }), 'node-link')));
  same((g) => g.export());
  same((g) => Array.from(compactGraph(g, true, 'weight').outStrength ?? []));
  same((g) => diffSlices(sliceActorGraph(g, { until: '2026-02-28' }), sliceActorGraph(g, { since: '2026-03-01' }), (id) => id));
  const [from, to] = [graph.source(graph.edges()[0]), graph.target(graph.edges()[graph.size - 1])];
  same((g) => shortestPath(g, from, to));
  same((g) => overviewGraph(g, { nodes: 6, edges: 8 }).graph.export());
  const hub = graph.nodes().reduce((a, b) => (graph.degree(a) >= graph.degree(b) ? a : b));
  same((g) => g.edges(hub).map((key) => listedEntry(g, hub, key, g.getEdgeAttributes(key))));
});
