/**
 * `actor-graph centrality --graph FILE` as a user runs it: the answer, and what the process loads
 * to give it. A query on a graph file needs the file's reader, the metric and the ranking, and zod
 * (the commands' flags are made from the operations' zod schemas); the store, the worker pool, the
 * GEXF/DOM readers and the ingest libraries are other commands' and must not be loaded (each cost
 * tens of milliseconds of a sub-second run).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBaGraphml } from '../scripts/bench/graphml-file';
import { runCli } from './helpers/run-cli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-cli-graph-'));
const file = path.join(tmp, 'ba.graphml');
writeBaGraphml(file, 300, 3, 1);

/** A preload that writes, at exit, every module file the process loaded. */
const listing = path.join(tmp, 'loaded.json');
const preload = path.join(tmp, 'list-modules.js');
fs.writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(listing)}, JSON.stringify(Object.keys(require.cache))));\n`);

test('PageRank of a GraphML file: the whole ranking, and nothing loaded that the query does not use', async () => {
  const r = await runCli(['centrality', '--graph', file, '--metric', 'pagerank', '--json'], undefined, { NODE_OPTIONS: `--require ${preload}` });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const answer = JSON.parse(r.stdout) as { ranking: { rank: number; id: string; value: number }[]; projection: { nodes: number; edges: number } };
  expect(answer.projection).toMatchObject({ nodes: 300, edges: 3 * 297 });
  expect(answer.ranking).toHaveLength(300);
  expect(answer.ranking.reduce((s, x) => s + x.value, 0)).toBeCloseTo(1, 9);
  const loaded = JSON.parse(fs.readFileSync(listing, 'utf8')) as string[];
  expect(loaded.some((f) => f.includes(`${path.sep}saxes${path.sep}`))).toBe(true);
  for (const unused of ['piscina', '@xmldom', 'graphology-gexf', 'marked', 'better-sqlite3', 'express', 'compromise', 'cli-progress']) {
    expect(loaded.filter((f) => f.includes(`node_modules${path.sep}${unused}${path.sep}`))).toEqual([]);
  }
});
