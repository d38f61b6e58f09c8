/** The actor-graph command end to end: tables, JSON, exports, --server, and bad flags. */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../server/app';
import { loadDataset } from '../server/data/load-dataset';
import { Explorer } from '../server/query/explorer';
import { listen } from './helpers/http-server';
import { runCli } from './helpers/run-cli';
import { tinyData, writeDataDir } from './helpers/tiny-dataset';

test('centrality prints a ranked table', async () => {
  const r = await runCli(['centrality', '--metric', 'betweenness', '--top', '5']);
  expect(r.code).toBe(0);
  const lines = r.stdout.trim().split('\n');
  expect(lines[0]).toMatch(/^betweenness \(exact\) on the undirected projection: 17 actors/);
  expect(lines[1]).toMatch(/^rank\s+id\s+name\s+kind\s+betweenness$/);
  expect(lines).toHaveLength(7);
  expect(lines[2]).toMatch(/^\s*1\s+iran\s+Iran\s+state\s+0\.\d{6}$/);
});

test('--json gives the same ranking as the library', async () => {
  const r = await runCli(['centrality', '--metric', 'pagerank', '--json']);
  const out = JSON.parse(r.stdout);
  expect(out.ranking).toEqual((await new Explorer(loadDataset()).centrality({ metric: 'pagerank' })).ranking);
});

test('export --format gexf writes a file Gephi-compatible parsers read', async () => {
  const r = await runCli(['export', '--format', 'gexf']);
  expect(r.code).toBe(0);
  const g = parseGexf(Graph, r.stdout);
  expect(g.order).toBe(17);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-')), 'g.graphml');
  expect((await runCli(['export', '--format', 'graphml', '--out', file])).code).toBe(0);
  expect(fs.readFileSync(file, 'utf8')).toMatch(/^<\?xml/);
  // A file that cannot be written: the flag named, a non-zero exit, and nothing left behind.
  const missing = path.join(path.dirname(file), 'no-such-dir', 'g.gexf');
  const bad = await runCli(['export', '--format', 'gexf', '--out', missing]);
  expect(bad.code).toBe(1);
  expect(bad.stderr).toMatch(/^actor-graph: out: cannot write .*no-such-dir.* \(ENOENT\)/);
  expect(fs.readdirSync(path.dirname(file))).toEqual(['g.graphml']);
});

test('communities, path, actors and validate print human output', async () => {
  expect((await runCli(['communities'])).stdout).toMatch(/^modularity 0\.\d+, \d+ communities/);
  expect((await runCli(['path', '--from', 'barnea', '--to', 'trump'])).stdout).toMatch(/^barnea → iran → trump \(2 steps\)/);
  expect((await runCli(['actors'])).stdout).toMatch(/araghchi\s+Abbas Araghchi\s+person\s+iran/);
  expect((await runCli(['validate'])).stdout).toMatch(/^ok: 2 documents, 17 actors/);
});

test('--server asks a running server and gets the same answer', async () => {
  const srv = await listen(createApp({ explorer: new Explorer(loadDataset()) }));
  try {
    const remote = await runCli(['centrality', '--metric', 'closeness', '--json', '--server', srv.base]);
    const local = await runCli(['centrality', '--metric', 'closeness', '--json']);
    expect(remote.code).toBe(0);
    expect(JSON.parse(remote.stdout)).toEqual(JSON.parse(local.stdout));
    // An export streamed from the server is byte for byte the local one.
    const remoteExport = await runCli(['export', '--format', 'graphml', '--types', 'opposes', '--server', srv.base]);
    const localExport = await runCli(['export', '--format', 'graphml', '--types', 'opposes']);
    expect(remoteExport.code).toBe(0);
    expect(remoteExport.stdout).toMatch(/^<\?xml/);
    expect(remoteExport.stdout).toBe(localExport.stdout);
    const bad = await runCli(['centrality', '--types', 'hugs', '--server', srv.base]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/types: unknown value "hugs"/);
  } finally {
    await srv.close();
  }
});

test.each([
  [['centrality', '--metric', 'fame'], /argument 'fame' is invalid/],
  [['centrality', '--bogus'], /unknown option '--bogus'/],
  [['centrality', '--top', 'x'], /top: must be a whole number/],
  [['path', '--from', 'iran'], /required option '--to <id>' not specified/],
  [['path', '--from', 'iran', '--to', 'atlantis'], /to: unknown actor "atlantis"/],
  // A reserved name is quoted as given, not as the id it is looked up under ("proto", "tostring").
  [['path', '--from', '__proto__', '--to', 'iran'], /from: unknown actor "__proto__"/],
  [['path', '--from', 'iran', '--to', 'toString'], /to: unknown actor "toString"/],
  [['centrality', '--actor', 'constructor'], /actor: unknown actor "constructor"/],
  // A number is written exactly: a space around it is not trimmed away.
  [['centrality', '--top', ' 5'], /top: must be a whole number, got " 5"/],
  [['export', '--format', 'pdf'], /argument 'pdf' is invalid/],
  [['frobnicate'], /unknown command 'frobnicate'/],
  [['centrality', '--server', 'not a url'], /--server: "not a url" is not a URL/],
  [['centrality', '--server', 'http://127.0.0.1:9'], /--server: cannot reach/],
])('bad input %j exits non-zero with a message', async (args, message) => {
  const r = await runCli(args);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
});

test('validate reports a broken data folder with file, record and field', async () => {
  const d = tinyData();
  (d.relations[0].evidence as { quote: string }[])[0].quote = 'not in the text';
  const r = await runCli(['validate', writeDataDir(d)]);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/relations\.json, record "alpha-beta-talks" \(#0\), field "evidence\[0\]\.quote": quote is not a verbatim substring/);
});

test('--help answers and exits 0', async () => {
  const r = await runCli(['--help']);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/Usage: actor-graph/);
});

describe('--graph warns once about what it read despite the file (NetworkX MultiGraph GraphML: repeated edge ids)', () => {
  const file = path.join(__dirname, 'fixtures', 'interop', 'networkx-multigraph.graphml');
  const warning = 'edge id "0" repeats';

  test('on stderr for tables and exports', async () => {
    const r = await runCli(['centrality', '--graph', file]);
    expect(r.code).toBe(0);
    expect(r.stderr.split(warning)).toHaveLength(2);
    expect(r.stdout).not.toContain(warning);
    const exported = await runCli(['export', '--format', 'csv-edges', '--graph', file]);
    expect(exported.code).toBe(0);
    expect(exported.stdout.trim().split('\n')).toHaveLength(5);
    expect(exported.stderr.split(warning)).toHaveLength(2);
  });

  test('as a `warnings` entry in JSON, not on stderr', async () => {
    for (const args of [['centrality'], ['communities'], ['path', '--from', 'a', '--to', 'c']]) {
      const r = await runCli([...args, '--graph', file, '--json']);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      const answer = JSON.parse(r.stdout);
      expect(answer.warnings).toHaveLength(1);
      expect(answer.warnings[0]).toContain(warning);
    }
  });
});
