/**
 * The CLI end to end for NetworkX's options and what came with them: flags reaching the answer,
 * refusals naming the option, `--help` / OpenAPI / README agreeing on the option names, paths
 * along direction, by weight and all of them (bundled data and a --graph file), the warning for a
 * directed file measured undirected, edge betweenness, centrality by period (JSON, CSV, the bound)
 * and the diff on a small dataset with dates.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApiDocument } from '../server/api/openapi';
import type { MetricOptions, PathQuery } from '../server/domain/api';
import { loadDataset } from '../server/data/load-dataset';
import { flagName } from '../server/cli/operation-flags';
import { METRIC_OPTIONS } from '../server/query/metric-options';
import { Explorer } from '../server/query/explorer';
import { createApp } from '../server/app';
import { listen } from './helpers/http-server';
import { runCli } from './helpers/run-cli';
import { tinyData, writeDataDir } from './helpers/tiny-dataset';

const explorer = new Explorer(loadDataset());
const NAMES: string[] = METRIC_OPTIONS.map((o) => o.name).sort();

/** A directed, weighted node-link file: a→b→c light, a→c heavy, d→a, d→c. */
const GRAPH_FILE = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-nx-')), 'directed.json');
fs.writeFileSync(
  GRAPH_FILE,
  JSON.stringify({
    directed: true,
    multigraph: false,
    graph: {},
    nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id })),
    links: [
      { source: 'a', target: 'b', w: 1 },
      { source: 'b', target: 'c', w: 1 },
      { source: 'a', target: 'c', w: 5 },
      { source: 'd', target: 'a', w: 1 },
      { source: 'd', target: 'c', w: 1 },
    ],
  }),
);

/** The tiny dataset (January 2026) and a document of February: pairs appear, go and change. */
function datedData(): ReturnType<typeof tinyData> {
  const d = tinyData();
  const text = 'Gamma opposes Beta. Alpha and Gamma are negotiating. Delta and Beta are negotiating.';
  d.index.documents.push({ id: 'doc-c', file: 'c.txt', title: 'C', outlet: 'Outlet C', date: '2026-02-10' });
  d.texts['c.txt'] = text;
  d.relations.push(
    { id: 'gamma-opposes-beta', source: 'gamma', target: 'beta', type: 'opposes', evidence: [{ document: 'doc-c', quote: 'Gamma opposes Beta.' }] },
    { id: 'alpha-gamma-talks', source: 'alpha', target: 'gamma', type: 'negotiates', evidence: [{ document: 'doc-c', quote: 'Alpha and Gamma are negotiating.' }] },
    { id: 'delta-beta-talks', source: 'delta', target: 'beta', type: 'negotiates', evidence: [{ document: 'doc-c', quote: 'Delta and Beta are negotiating.' }] },
  );
  return d;
}
const DATED = writeDataDir(datedData());

/** The command's --json answer (`any`: checked field by field). */
const json = async (args: string[]): Promise<any> => {
  const r = await runCli([...args, '--json']);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout);
};

test('--help, the OpenAPI document and the README list the same option names, those of METRIC_OPTIONS', async () => {
  const flags = new Map(METRIC_OPTIONS.flatMap((o) => [[`--${flagName(o.name)}`, o.name], [`--no-${flagName(o.name)}`, o.name]]));
  const inHelp = new Set<string>();
  for (const command of ['centrality', 'edge-betweenness', 'communities']) {
    const r = await runCli([command, '--help']);
    expect(r.code).toBe(0);
    for (const m of r.stdout.matchAll(/(--[a-z-]+)/g)) if (flags.has(m[1])) inHelp.add(flags.get(m[1]) as string);
  }
  expect([...inHelp].sort()).toEqual(NAMES);

  const doc = openApiDocument('test') as { paths: Record<string, { get?: { parameters: { name: string }[] } }> };
  const inOpenApi = new Set(Object.values(doc.paths).flatMap((p) => (p.get?.parameters ?? []).map((x) => x.name)).filter((n) => NAMES.includes(n)));
  expect([...inOpenApi].sort()).toEqual(NAMES);

  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  const section = readme.split('## NetworkX options and definitions')[1].split('\n## ')[0];
  const inReadme = [...section.matchAll(/^\| `([a-z_]+)` \| `(--[a-z-]+)` \|/gm)];
  expect(inReadme.map((m) => m[1]).sort()).toEqual(NAMES);
  // The README's flag column is the flag --help shows.
  for (const [, name, flag] of inReadme) expect(flags.get(flag)).toBe(name);
});

describe('flags reach the answer', () => {
  test.each([
    [['--metric', 'pagerank', '--alpha', '0.5'], { alpha: 0.5 }],
    [['--metric', 'pagerank', '--personalization', 'iran:2,oman', '--max-iter', '300'], { personalization: [['iran', 2], ['oman', 1]], max_iter: 300 }],
    [['--metric', 'betweenness', '--no-normalized', '--endpoints'], { normalized: false, endpoints: true }],
    [['--metric', 'closeness', '--no-wf-improved', '--weight', 'documents'], { wf_improved: false, weight: 'documents' }],
    [['--metric', 'degree', '--multigraph', '--selfloops'], { multigraph: true, selfloops: true }],
  ])('centrality %j', async (args, options) => {
    const out = await json(['centrality', ...args]);
    expect(out.options).toMatchObject(options);
    expect(out.ranking).toEqual((await explorer.centrality({ metric: args[1], options: options as MetricOptions })).ranking);
  });

  test('communities --resolution, edge-betweenness --k --seed', async () => {
    expect(await json(['communities', '--resolution', '2'])).toEqual(await explorer.communities({}, { resolution: 2 }));
    const eb = await json(['edge-betweenness', '--k', '5', '--seed', '3', '--top', '4']);
    expect(eb.options).toEqual({ exact: false, normalized: true, k: 5, seed: 3 });
    expect(eb).toEqual(await explorer.edgeBetweenness({ top: 4, options: { k: 5, seed: 3 } }));
  });
});

test.each([
  [['centrality', '--metric', 'degree', '--alpha', '0.5'], /^actor-graph: alpha: applies to pagerank, not degree\n$/],
  [['centrality', '--metric', 'pagerank', '--weight', 'colour'], /^actor-graph: weight: unknown relation attribute "colour"/],
  [['centrality', '--metric', 'pagerank', '--personalization', 'atlantis'], /^actor-graph: personalization: "atlantis" is not an actor of the graph measured/],
  [['centrality', '--metric', 'betweenness', '--exact', '--k', '3'], /^actor-graph: k: samples sources; it cannot be combined with exact=true/],
  [['edge-betweenness', '--exact', '--k', '3'], /^actor-graph: k: samples sources/],
  [['edge-betweenness', '--weight', 'colour'], /^actor-graph: weight: unknown relation attribute "colour"/],
  [['centrality', '--by', 'day', '--graph', GRAPH_FILE], /^actor-graph: by: reads the dates of the actor data's evidence; a --graph file has none/],
  [['diff', '--before', '..2026-02-03'], /required option '--after <period>' not specified/],
  [['diff', '--before', '..2026-02-03', '--after', '2026-02-04..', '--since', '2026-01-01'], /unknown option '--since'/],
])('%j fails naming the option', async (args, message) => {
  const r = await runCli(args);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(message);
  expect(r.stdout).toBe('');
});

describe('paths --directed, --weight, --all', () => {
  test('on the bundled data, as the library finds them', async () => {
    const cases: [string[], PathQuery][] = [
      [['--directed'], { directed: true }],
      [['--weight', 'weight'], { weight: 'weight' }],
      [['--all'], { all: true }],
      [['--all', '--weight', 'documents'], { all: true, weight: 'documents' }],
    ];
    for (const [flags, query] of cases) expect(await json(['path', '--from', 'barnea', '--to', 'trump', ...flags])).toEqual(explorer.path('barnea', 'trump', {}, query));
    const all = await json(['path', '--from', 'barnea', '--to', 'trump', '--all']);
    expect(all.paths.length).toBeGreaterThanOrEqual(1);
    expect(all.paths.every((p: { nodes: string[] }) => p.nodes.length === all.length + 1)).toBe(true);
  });

  test('on a --graph file: direction, weight as distance, every shortest path', async () => {
    expect((await json(['path', '--graph', GRAPH_FILE, '--from', 'c', '--to', 'a'])).nodes).toEqual(['c', 'a']);
    const along = await json(['path', '--graph', GRAPH_FILE, '--from', 'c', '--to', 'a', '--directed']);
    expect(along.length).toBeNull();
    expect((await runCli(['path', '--graph', GRAPH_FILE, '--from', 'c', '--to', 'a', '--directed'])).stdout).toBe('no path from c to a along relation direction\n');
    const light = await json(['path', '--graph', GRAPH_FILE, '--from', 'a', '--to', 'c', '--weight', 'w']);
    expect(light).toMatchObject({ nodes: ['a', 'b', 'c'], weight: 'w', distance: 2 });
    const all = await json(['path', '--graph', GRAPH_FILE, '--from', 'b', '--to', 'd', '--all']);
    expect(all.paths.map((p: { nodes: string[] }) => p.nodes.join('')).sort()).toEqual(['bad', 'bcd']);
  });
});

test('a directed file measured undirected: warned once on stderr, in warnings with --json, not when --directed', async () => {
  const WARNING = 'the file has 5 directed edges, measured here on the undirected projection';
  for (const command of [['centrality', '--metric', 'betweenness'], ['edge-betweenness']]) {
    const table = await runCli([...command, '--graph', GRAPH_FILE]);
    expect(table.code).toBe(0);
    expect(table.stderr.split(WARNING).length - 1).toBe(1);
    const asJson = await runCli([...command, '--graph', GRAPH_FILE, '--json']);
    expect(JSON.parse(asJson.stdout).warnings).toEqual([expect.stringContaining(WARNING)]);
    const directed = await runCli([...command, '--graph', GRAPH_FILE, '--directed', '--json']);
    expect(directed.stderr).toBe('');
    expect(JSON.parse(directed.stdout).warnings).toBeUndefined();
  }
});

describe('edge betweenness', () => {
  test('a table of links, then each link with its quotes', async () => {
    const r = await runCli(['edge-betweenness', '--top', '2']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('edge betweenness (exact) on the undirected projection: 17 actors, 19 links');
    expect(lines[1]).toMatch(/^rank\s+link\s+edge betweenness$/);
    expect(lines[2]).toMatch(/^\s+1\s+\S+ — \S+\s+0\.\d{6}$/);
    expect(r.stdout).toMatch(/\n1\. .+ — .+\n {2}\S+ (negotiates|mediates|opposes) \S+: “.+”/);
  });

  test('on a --graph file, directed, weighted: NetworkX values by hand', async () => {
    const out = await json(['edge-betweenness', '--graph', GRAPH_FILE, '--directed', '--weight', 'w', '--no-normalized']);
    const value = (s: string, t: string): number => out.ranking.find((l: { source: string; target: string }) => l.source === s && l.target === t).value;
    // Weighted shortest paths: a→b→c (2) beats a→c (5); d→a→b (2), d→c (1). Raw counts, directed.
    expect(value('a', 'b')).toBe(3); // a→b, a→b→c, d→a→b
    expect(value('b', 'c')).toBe(2); // b→c, a→b→c
    expect(value('a', 'c')).toBe(0);
    expect(value('d', 'a')).toBe(2); // d→a, d→a→b
    expect(value('d', 'c')).toBe(1);
  });
});

describe('centrality by period and the diff on a dated dataset', () => {
  test('--by month: one ranking per month, degree by hand', async () => {
    const out = await json(['centrality', '--data', DATED, '--metric', 'degree', '--by', 'month']);
    expect(out.periods.map((p: { period: string; since: string; until: string }) => [p.period, p.since, p.until])).toEqual([
      ['2026-01', '2026-01-01', '2026-01-31'],
      ['2026-02', '2026-02-01', '2026-02-10'],
    ]);
    const row = Object.fromEntries(out.actors.map((a: { id: string; values: number[] }) => [a.id, a.values]));
    expect(row).toEqual({ alpha: [1, 1 / 3], beta: [2 / 3, 2 / 3], gamma: [2 / 3, 2 / 3], delta: [1 / 3, 1 / 3] });
    expect(out.actors[0].id).toBe('alpha');
  });

  test('--by week --format csv: weeks from Monday, the empty ones included', async () => {
    const r = await runCli(['centrality', '--data', DATED, '--metric', 'pagerank', '--by', 'week', '--format', 'csv', '--types', 'negotiates']);
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trim().split('\r\n');
    expect(header).toBe('id,label,kind,2025-12-29,2026-01-05,2026-01-12,2026-01-19,2026-01-26,2026-02-02,2026-02-09');
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.split(',')).toHaveLength(10);
  });

  test('more than 400 periods is refused naming --by; a coarser unit answers', async () => {
    const d = tinyData();
    d.index.documents[1].date = '2027-06-01';
    const wide = writeDataDir(d);
    const r = await runCli(['centrality', '--data', wide, '--by', 'day']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('actor-graph: by: 2026-01-01 to 2027-06-01 holds more than 400 days; use a coarser unit or narrow since/until\n');
    expect((await json(['centrality', '--data', wide, '--by', 'month'])).periods).toHaveLength(18);
    // Narrowed by --until, the periods run over the dates kept: only 1 January is left.
    expect((await json(['centrality', '--data', wide, '--by', 'day', '--until', '2026-03-01'])).periods).toHaveLength(1);
  });

  test('diff: appeared, disappeared and changed pairs between two months, with quotes', async () => {
    const out = await json(['diff', '--data', DATED, '--before', '2026-01-01..2026-01-31', '--after', '2026-02-01..2026-02-28']);
    const pairs = (list: { actors: string[] }[]): string[] => list.map((c) => c.actors.join('|'));
    expect(pairs(out.appeared)).toEqual(['beta|delta']);
    expect(pairs(out.disappeared)).toEqual(['alpha|beta', 'alpha|delta']);
    expect(pairs(out.changed)).toEqual(['alpha|gamma', 'beta|gamma']);
    const bg = out.changed[1];
    expect(bg.before.map((x: { key: string }) => x.key)).toEqual(['mediates:gamma->beta']);
    expect(bg.after.map((x: { key: string }) => x.key)).toEqual(['opposes:gamma->beta']);
    expect(bg.after[0].evidence[0].quote).toBe('Gamma opposes Beta.');
    const text = await runCli(['diff', '--data', DATED, '--before', '..2026-01-31', '--after', '2026-02-01..']);
    expect(text.stdout).toMatch(/^\.\.2026-01-31 \(4 relations\) → 2026-02-01\.\. \(3 relations\)\nappeared: 1\n {2}Beta — Delta: none → negotiates\n {4}delta negotiates beta: “Delta and Beta are negotiating\.”/);
    // Cumulative periods ("up to A" against "up to B"): nothing disappears.
    const cumulative = await json(['diff', '--data', DATED, '--before', '..2026-01-31', '--after', '..2026-02-28']);
    expect(cumulative.disappeared).toEqual([]);
    expect(pairs(cumulative.appeared)).toEqual(['beta|delta']);
  });
});

test('--server gives the same edge betweenness, table by period (CSV) and diff as the local data', async () => {
  const srv = await listen(createApp({ explorer: new Explorer(loadDataset(DATED)), logError: () => undefined }));
  try {
    for (const args of [
      ['edge-betweenness', '--weight', 'weight', '--json'],
      ['centrality', '--metric', 'betweenness', '--by', 'week', '--format', 'csv'],
      ['diff', '--before', '..2026-01-31', '--after', '2026-02-01..', '--json'],
    ]) {
      const remote = await runCli([...args, '--server', srv.base]);
      const local = await runCli([...args, '--data', DATED]);
      expect(remote.code).toBe(0);
      expect(remote.stdout).toBe(local.stdout);
    }
    const bad = await runCli(['edge-betweenness', '--k', '9', '--server', srv.base]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('actor-graph: k: must be a whole number from 1 to 4 (the actors measured), got 9\n');
  } finally {
    await srv.close();
  }
});
