/**
 * NetworkX's options over real HTTP: each reaches the answer (stated in `options` with the
 * defaults), each refusal names its parameter; edge betweenness, centrality over time and the diff
 * on the bundled data; the OpenAPI document lists exactly METRIC_OPTIONS.
 */
import { createApp } from '../../server/app';
import { loadDataset } from '../../server/data/load-dataset';
import type { MetricOptions } from '../../server/domain/api';
import { METRIC_OPTIONS } from '../../server/query/metric-options';
import type { OptionTarget } from '../../server/query/metric-options';
import { Explorer } from '../../server/query/explorer';
import { listen } from '../helpers/http-server';
import type { Running } from '../helpers/http-server';

let srv: Running;
const explorer = new Explorer(loadDataset());

beforeAll(async () => {
  srv = await listen(createApp({ explorer, logError: () => undefined }));
});
afterAll(() => srv.close());

// `any`: JSON answers are checked field by field.
async function get(path: string): Promise<{ status: number; body: any; text: string; type: string | null }> {
  const res = await fetch(srv.base + path);
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, body, text, type: res.headers.get('content-type') };
}

/**
 * For every option: a metric it applies to, a value other than the default as sent and as parsed,
 * and whether that value changes the values on the bundled data.
 */
const SAMPLES: Record<string, { metric: string; extra?: string; raw: string; parsed: MetricOptions[keyof MetricOptions]; changes: boolean }> = {
  weight: { metric: 'pagerank', raw: 'weight', parsed: 'weight', changes: true },
  exact: { metric: 'betweenness', raw: 'true', parsed: true, changes: false },
  alpha: { metric: 'pagerank', raw: '0.5', parsed: 0.5, changes: true },
  personalization: { metric: 'pagerank', raw: 'iran:2,oman', parsed: [['iran', 2], ['oman', 1]], changes: true },
  dangling: { metric: 'pagerank', extra: '&directed=true', raw: 'oman', parsed: [['oman', 1]], changes: true },
  max_iter: { metric: 'pagerank', raw: '300', parsed: 300, changes: false },
  tol: { metric: 'pagerank', raw: '0.001', parsed: 0.001, changes: true },
  normalized: { metric: 'betweenness', raw: 'false', parsed: false, changes: true },
  endpoints: { metric: 'betweenness', raw: 'true', parsed: true, changes: true },
  k: { metric: 'betweenness', raw: '5', parsed: 5, changes: true },
  seed: { metric: 'closeness', raw: '7', parsed: 7, changes: false },
  wf_improved: { metric: 'closeness', raw: 'false', parsed: false, changes: true },
  resolution: { metric: 'communities', raw: '2', parsed: 2, changes: true },
  selfloops: { metric: 'degree', raw: 'true', parsed: true, changes: false },
  multigraph: { metric: 'degree', raw: 'true', parsed: true, changes: true },
};

const valuesOf = (body: { ranking: { id: string; value: number }[] }): Record<string, number> => Object.fromEntries(body.ranking.map((r) => [r.id, r.value]));

describe('every NetworkX option reaches the answer', () => {
  test('every declared option has a sample here', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(METRIC_OPTIONS.map((o) => o.name).sort());
  });

  test('answers state the options that apply with their defaults', async () => {
    const r = await get('/api/centrality?metric=pagerank');
    expect(r.body.options).toEqual({ alpha: 0.85, max_iter: 100, tol: 1e-6, selfloops: false, multigraph: false });
    expect((await get('/api/centrality?metric=betweenness')).body.options).toEqual({ exact: false, normalized: true, endpoints: false, seed: 42 });
    expect((await get('/api/edge-betweenness')).body.options).toEqual({ exact: false, normalized: true, seed: 42 });
  });

  for (const spec of METRIC_OPTIONS) {
    const s = SAMPLES[spec.name];
    test(`${spec.name}=${s.raw} on ${s.metric}`, async () => {
      if (s.metric === 'communities') {
        const base = await get('/api/communities');
        const r = await get(`/api/communities?${spec.name}=${encodeURIComponent(s.raw)}`);
        expect(r.status).toBe(200);
        expect(r.body).toEqual(await explorer.communities({}, { [spec.name]: s.parsed }));
        expect(r.body.communities.length).not.toBe(base.body.communities.length);
        return;
      }
      const base = await get(`/api/centrality?metric=${s.metric}${s.extra ?? ''}`);
      const r = await get(`/api/centrality?metric=${s.metric}${s.extra ?? ''}&${spec.name}=${encodeURIComponent(s.raw)}`);
      expect(r.status).toBe(200);
      expect(r.body.options[spec.name]).toEqual(s.parsed);
      const library = await explorer.centrality({ metric: s.metric, directed: s.extra ? true : undefined, options: { [spec.name]: s.parsed } });
      expect(r.body.ranking).toEqual(library.ranking);
      const moved = Object.entries(valuesOf(r.body)).some(([id, v]) => Math.abs(v - valuesOf(base.body)[id]) > 1e-12);
      expect(moved).toBe(s.changes);
    });
  }
});

describe('refusals name the parameter', () => {
  test.each([
    ['/api/centrality?metric=degree&alpha=0.5', /^alpha: applies to pagerank, not degree/],
    ['/api/centrality?metric=pagerank&endpoints=true', /^endpoints: applies to betweenness, not pagerank/],
    ['/api/edge-betweenness?alpha=0.5', /^alpha: applies to pagerank, not edge-betweenness/],
    ['/api/communities?k=3', /^k: unknown query parameter/],
    ['/api/centrality?metric=pagerank&weight=colour', /^weight: unknown relation attribute "colour" \(expected one of: weight, documents\)/],
    ['/api/edge-betweenness?weight=colour', /^weight: unknown relation attribute "colour"/],
    ['/api/centrality?metric=pagerank&personalization=atlantis', /^personalization: "atlantis" is not an actor of the graph measured/],
    ['/api/centrality?metric=pagerank&dangling=iran:-1', /^dangling: must be at least 0/],
    ['/api/centrality?metric=betweenness&exact=true&k=3', /^k: samples sources; it cannot be combined with exact=true/],
    ['/api/edge-betweenness?exact=true&k=3', /^k: samples sources; it cannot be combined with exact=true/],
    ['/api/centrality?metric=betweenness&k=1000', /^k: must be a whole number from 1 to 17/],
    ['/api/edge-betweenness?k=1000', /^k: must be a whole number from 1 to 17/],
    ['/api/centrality?metric=degree&by=year', /^by: unknown value "year" \(expected one of: day, week, month\)/],
    ['/api/centrality?metric=degree&format=xml', /^format: unknown value "xml"/],
    ['/api/diff?after=2026-02-04..', /^before: is required/],
    ['/api/diff?before=2026-02-05..2026-02-01&after=2026-02-04..', /^before: starts after it ends/],
    ['/api/diff?before=..2026-02-03&after=2026-02-04..&since=2026-02-01', /^since: does not apply to the diff/],
    ['/api/diff?before=yesterday&after=2026-02-04..', /^before: /],
  ])('%s', async (path, message) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_argument');
    expect(r.body.error.message).toMatch(message);
  });
});

describe('edge betweenness over HTTP', () => {
  test('links ranked with their relations and quotes, as the library gives them', async () => {
    const r = await get('/api/edge-betweenness?top=3');
    expect(r.status).toBe(200);
    expect(r.body).toEqual(await explorer.edgeBetweenness({ top: 3 }));
    expect(r.body.ranking).toHaveLength(3);
    expect(r.body.links).toBe(r.body.projection.edges);
    for (const link of r.body.ranking) {
      expect(link.relations.length).toBeGreaterThan(0);
      for (const rel of link.relations) {
        expect([rel.source, rel.target].sort()).toEqual([link.source, link.target].sort());
        expect(rel.evidence[0].quote.length).toBeGreaterThan(0);
      }
    }
    const values = r.body.ranking.map((l: { value: number }) => l.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  test('normalized=false gives raw counts (NetworkX: halved when undirected), weight and filters apply', async () => {
    const n = 17;
    const norm = (await get('/api/edge-betweenness?top=5')).body.ranking;
    const raw = (await get('/api/edge-betweenness?top=5&normalized=false')).body.ranking;
    raw.forEach((l: { value: number }, i: number) => expect(l.value).toBeCloseTo((norm[i].value * n * (n - 1)) / 2, 9));
    const weighted = (await get('/api/edge-betweenness?weight=documents&top=100')).body;
    expect(weighted.projection.weight).toBe('documents');
    const opposes = (await get('/api/edge-betweenness?types=opposes&top=100')).body;
    expect(opposes.ranking.every((l: { relations: { type: string }[] }) => l.relations.every((x) => x.type === 'opposes'))).toBe(true);
    const directed = (await get('/api/edge-betweenness?directed=true&k=4&seed=3')).body;
    expect(directed.projection.directed).toBe(true);
    expect(directed.method).toBe('sampled');
    expect(directed.sampling.guarantee).toMatch(/from 4 of 17 sources drawn with seed 3/);
  });
});

describe('centrality over time and the diff over HTTP', () => {
  test('by=day: one column per day of the evidence, each the ranking of what is dated that day', async () => {
    const r = await get('/api/centrality?metric=degree&by=day');
    expect(r.status).toBe(200);
    expect(r.body.periods.map((p: { period: string }) => p.period)).toEqual(['2026-02-03', '2026-02-04', '2026-02-05']);
    expect(r.body.actors).toHaveLength(17);
    for (const [j, p] of (r.body.periods as { since: string; until: string }[]).entries()) {
      const day = await explorer.centrality({ metric: 'degree', since: p.since, until: p.until });
      for (const a of r.body.actors) expect(a.values[j]).toBe(day.ranking.find((x) => x.id === a.id)?.value);
    }
    // Nothing is dated 4 February: that day's graph has no relations.
    expect(r.body.periods[1].edges).toBe(0);
    expect(r.body.actors.every((a: { values: number[] }) => a.values[1] === 0)).toBe(true);
  });

  test('format=csv: the table actor × period, and a plain ranking', async () => {
    const r = await get('/api/centrality?metric=pagerank&by=day&types=opposes&top=2&format=csv');
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/^text\/csv/);
    const lines = r.text.trim().split('\r\n');
    expect(lines[0]).toBe('id,label,kind,2026-02-03,2026-02-04,2026-02-05');
    expect(lines).toHaveLength(3);
    const plain = (await get('/api/centrality?metric=degree&top=1&format=csv')).text.split('\r\n');
    expect(plain[0]).toBe('rank,id,label,kind,degree');
    expect(plain[1]).toMatch(/^1,iran,Iran,state,0\.\d+$/);
  });

  test('diff: pairs that appeared, disappeared or changed between two periods, with quotes', async () => {
    const r = await get('/api/diff?before=..2026-02-03&after=2026-02-04..');
    expect(r.status).toBe(200);
    expect(r.body).toEqual(explorer.diff({ until: '2026-02-03' }, { since: '2026-02-04' }));
    expect(r.body.before).toEqual({ until: '2026-02-03', relations: explorer.slice({ until: '2026-02-03' }).size });
    const pair = (c: { actors: string[] }): string => c.actors.join('|');
    expect(r.body.appeared.map(pair)).toContain('iran|oman');
    expect(r.body.disappeared.map(pair)).toContain('barnea|iran');
    const trump = r.body.changed.find((c: { actors: string[] }) => pair(c) === 'iran|trump');
    expect(trump.before.map((x: { type: string }) => x.type).sort()).toEqual(['negotiates', 'opposes']);
    expect(trump.after.map((x: { type: string }) => x.type)).toEqual(['negotiates']);
    for (const c of [...r.body.appeared, ...r.body.changed]) for (const rel of c.after) expect(rel.evidence.every((e: { date: string }) => e.date >= '2026-02-04')).toBe(true);
  });
});

test('the OpenAPI document lists exactly the options of METRIC_OPTIONS, each where it applies', async () => {
  const doc = (await get('/api/openapi.json')).body;
  const names = (path: string): string[] => doc.paths[path].get.parameters.map((p: { name: string }) => p.name);
  const optionNames = new Set<string>(METRIC_OPTIONS.map((o) => o.name));
  const listed = new Set([...names('/api/centrality'), ...names('/api/edge-betweenness'), ...names('/api/communities')].filter((n) => optionNames.has(n)));
  expect([...listed].sort()).toEqual([...optionNames].sort());
  const applying = (t: OptionTarget[]): string[] => METRIC_OPTIONS.filter((o) => o.appliesTo.some((x) => t.includes(x))).map((o) => o.name).sort();
  expect(names('/api/edge-betweenness').filter((n) => optionNames.has(n)).sort()).toEqual(applying(['edge-betweenness']));
  expect(names('/api/communities').filter((n) => optionNames.has(n)).sort()).toEqual(applying(['communities']));
  expect(names('/api/centrality')).toEqual(expect.arrayContaining(['by', 'format']));
  expect(names('/api/diff')).toEqual(expect.arrayContaining(['before', 'after']));
});
