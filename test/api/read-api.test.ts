/** The read API over real HTTP: every route, its filters, and every error naming its parameter. */
import Graph, { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { createApp } from '../../server/app';
import { loadDataset } from '../../server/data/load-dataset';
import { Explorer } from '../../server/query/explorer';
import { listen } from '../helpers/http-server';
import type { Running } from '../helpers/http-server';

let srv: Running;
const explorer = new Explorer(loadDataset());

beforeAll(async () => {
  srv = await listen(createApp({ explorer, logError: () => undefined }));
});
afterAll(() => srv.close());

async function get(path: string): Promise<{ status: number; body: any; headers: Headers; text: string }> {
  const res = await fetch(srv.base + path);
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, body, headers: res.headers, text };
}

describe('read routes', () => {
  test('GET /api/health', async () => {
    const r = await get('/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'ok', actors: 17, documents: 2 });
  });

  test('GET /api/graph returns an importable graph with positions', async () => {
    const r = await get('/api/graph');
    const g = new MultiGraph();
    g.import(r.body.graph);
    expect(g.order).toBe(explorer.graph().order);
    expect(g.size).toBe(explorer.graph().size);
    g.forEachNode((_n, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
  });

  test('GET /api/graph filters by types, kinds and ego network', async () => {
    const byType = (await get('/api/graph?types=mediates')).body.graph;
    expect(byType.edges.every((e: any) => e.attributes.type === 'mediates')).toBe(true);
    expect(byType.edges.length).toBeGreaterThan(0);
    const people = (await get('/api/graph?kinds=person')).body.graph;
    expect(people.nodes.every((n: any) => n.attributes.kind === 'person')).toBe(true);
    const ego = (await get('/api/graph?actor=barnea&depth=1')).body.graph;
    expect(ego.nodes.map((n: any) => n.key).sort()).toEqual(['barnea', 'iran']);
  });

  test('layout positions are the same on every request', async () => {
    const a = (await get('/api/graph')).body.graph.nodes;
    const b = (await get('/api/graph?types=opposes')).body.graph.nodes;
    const pos = (ns: any[]) => Object.fromEntries(ns.map((n) => [n.key, [n.attributes.x, n.attributes.y]]));
    expect(pos(b)).toEqual(pos(a));
  });

  test('GET /api/actors and /api/actors/:id with relations grouped by type and quotes', async () => {
    const list = (await get('/api/actors')).body.actors;
    expect(list.map((a: any) => a.id)).toContain('araghchi');
    const oman = (await get('/api/actors/oman')).body;
    expect(oman).toMatchObject({ id: 'oman', kind: 'state' });
    expect(Object.keys(oman.relations).sort()).toEqual(['mediates', 'negotiates', 'opposes']);
    const med = oman.relations.mediates;
    expect(med.map((r: any) => r.other).sort()).toEqual(['iran', 'united-states']);
    expect(med[0]).toMatchObject({ direction: 'out', between: [['united-states', 'iran']] });
    const doc = (await get(`/api/documents/${med[0].evidence[0].document}`)).body;
    expect(doc.text.slice(med[0].evidence[0].start, med[0].evidence[0].end)).toBe(med[0].evidence[0].quote);
    expect(oman.centrality.degree).toBeGreaterThan(0);
  });

  test('GET /api/centrality ranks with stated projection, same as the library', async () => {
    const r = (await get('/api/centrality?metric=betweenness&top=3')).body;
    expect(r.ranking).toHaveLength(3);
    expect(r.projection).toMatchObject({ directed: false, nodes: 17 });
    expect(r.ranking).toEqual((await explorer.centrality({ metric: 'betweenness', top: 3 })).ranking);
    const d = (await get('/api/centrality?metric=in-degree&directed=true&types=opposes')).body;
    expect(d.ranking[0].id).toBe('iran');
    expect(d.projection).toMatchObject({ directed: true, types: ['opposes'] });
  });

  test('GET /api/communities and /api/path', async () => {
    const c = (await get('/api/communities')).body;
    expect(Object.keys(c.membership)).toHaveLength(17);
    const p = (await get('/api/path?from=barnea&to=trump')).body;
    expect(p.nodes).toEqual(['barnea', 'iran', 'trump']);
    expect(p.steps.every((s: any) => s.relations.length > 0)).toBe(true);
    // Witkoff's talks partners are not otherwise linked to Israel: no path, said plainly.
    expect((await get('/api/path?from=barnea&to=araghchi')).body).toMatchObject({ nodes: [], length: null });
  });

  test('GET /api/export in every format, as a download', async () => {
    for (const f of ['json', 'node-link', 'gexf', 'graphml', 'csv-nodes', 'csv-edges']) {
      const r = await get(`/api/export?format=${f}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-disposition')).toMatch(/attachment; filename="?actor-graph\./);
    }
    const gexf = await get('/api/export?format=gexf&types=opposes');
    expect(gexf.headers.get('content-type')).toMatch(/gexf/);
    const g = parseGexf(Graph, gexf.text);
    g.forEachEdge((_e, a) => expect(a.relation).toBe('opposes'));
  });

  test('GET /api/documents and /api/documents/:id', async () => {
    const docs = (await get('/api/documents')).body.documents;
    expect(docs).toHaveLength(2);
    expect(docs[0].text).toBeUndefined();
    expect(docs[0]).toMatchObject({ id: '000_959dda7371d14609', outlet: 'Dalena Reporters', date: '2026-02-05' });
    const doc = (await get('/api/documents/001_f0f78f617363d64a')).body;
    expect(doc.text).toContain('Araghchi');
  });

  test('GET /api/openapi.json describes every route', async () => {
    const doc = (await get('/api/openapi.json')).body;
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of ['/api/graph', '/api/actors/{id}', '/api/centrality', '/api/communities', '/api/path', '/api/export', '/api/documents/{id}', '/api/health']) {
      expect(doc.paths[p]).toBeDefined();
    }
  });
});

describe('errors are 4xx JSON naming the parameter', () => {
  test.each([
    ['/api/centrality?metric=fame', 400, 'invalid_argument', /^metric: unknown value "fame"/],
    ['/api/centrality?types=hugs', 400, 'invalid_argument', /^types: unknown value "hugs"/],
    ['/api/centrality?top=0', 400, 'invalid_argument', /^top: must be between 1/],
    ['/api/centrality?top=ten', 400, 'invalid_argument', /^top: must be a whole number/],
    ['/api/centrality?directed=maybe', 400, 'invalid_argument', /^directed: must be true or false/],
    ['/api/centrality?metric=in-degree&directed=false', 400, 'invalid_argument', /^directed: metric "in-degree" needs/],
    ['/api/centrality?metric=degree&metric=pagerank', 400, 'invalid_argument', /^metric: given more than once/],
    ['/api/graph?kinds=planet', 400, 'invalid_argument', /^kinds: unknown value "planet"/],
    ['/api/graph?types=opposes,,mediates', 400, 'invalid_argument', /^types: must be a comma-separated list/],
    ['/api/graph?actor=nobody', 404, 'not_found', /^actor: unknown actor "nobody"/],
    ['/api/graph?depth=2', 400, 'invalid_argument', /^depth: needs "actor"/],
    ['/api/graph?since=2026-13-01', 400, 'invalid_argument', /^since: is not a calendar date/],
    ['/api/graph?since=2026-02-05&until=2026-02-01', 400, 'invalid_argument', /^since: is after until/],
    ['/api/graph?colour=red', 400, 'invalid_argument', /^colour: unknown query parameter/],
    ['/api/export?format=pdf', 400, 'invalid_argument', /^format: unknown value "pdf"/],
    // A streamed export still fails as JSON when its filter is bad: the check runs before any byte.
    ['/api/export?format=gexf&actor=atlantis', 404, 'not_found', /^actor: unknown actor "atlantis"/],
    ['/api/path?from=iran', 400, 'invalid_argument', /^to: is required/],
    ['/api/path?from=iran&to=atlantis', 404, 'not_found', /^to: unknown actor "atlantis"/],
    ['/api/path?from=Not%20An%20Id&to=iran', 400, 'invalid_argument', /^from: "Not An Id" is not an actor id/],
    ['/api/actors/atlantis', 404, 'not_found', /^id: unknown actor "atlantis"/],
    ['/api/documents/nope', 404, 'not_found', /^id: unknown document "nope"/],
    ['/api/nothing-here', 404, 'not_found', /no route for GET \/api\/nothing-here/],
  ])('%s → %i', async (path, status, code, message) => {
    const r = await get(path);
    expect(r.status).toBe(status);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    expect(r.body.error.code).toBe(code);
    expect(r.body.error.message).toMatch(message);
    expect(r.text).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});
