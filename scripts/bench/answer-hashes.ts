/**
 * The SHA-256 of twenty answers of the bench's server on a generated store, before and after three
 * articles are ingested: what a change meant to leave every answer as it was is checked with, by
 * running this from the worktree of the code before and of the code after and comparing the lines.
 *
 *   node -r ts-node/register/transpile-only scripts/bench/answer-hashes.ts '{"actors":5000,"relations":60000}'
 *
 * The server is this worktree's dist/server (built with `npx tsc -p tsconfig.build.json`). Asked once
 * the start's layout has landed. An ingest's answer names its timing, and an actor's panel read right
 * after an ingest may show the last measured version's centralities (`centralityVersion`), so the
 * answers after the ingests are read once both panels give the new version's (however long the
 * machine takes; a run that waits more than CENTRALITIES_TIMEOUT_MS fails saying so); the lines give
 * each answer's size too. Edge betweenness is sampled at this size: asked with a seed. With
 * ANSWER_DIR set, each answer is written there as well.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path_ from 'node:path';
import { busiestActor, postBenchArticles, runCase, sleep, startBenchServer } from './bench-server';
import { waitForStartLayout } from '../../test/helpers/start-layout';

const READS = (hub: string, other: string): [string, string][] => [
  ['graph', '/api/graph'],
  ['graph limit=none', '/api/graph?limit=none'],
  ['graph types', '/api/graph?types=opposes'],
  ['graph since', '/api/graph?since=2026-02-15'],
  ['graph ego', `/api/graph?actor=${encodeURIComponent(hub)}&depth=1`],
  ['actors', '/api/actors'],
  ['actor hub', `/api/actors/${encodeURIComponent(hub)}`],
  ['actor other', `/api/actors/${encodeURIComponent(other)}`],
  ['export json', '/api/export?format=json'],
  ['export node-link', '/api/export?format=node-link'],
  ['export gexf', '/api/export?format=gexf'],
  ['export graphml', '/api/export?format=graphml'],
  ['export csv-edges', '/api/export?format=csv-edges'],
  ['export json since', '/api/export?format=json&since=2026-02-15'],
  ['centrality degree', '/api/centrality?metric=degree&top=50'],
  ['centrality pagerank', '/api/centrality?metric=pagerank&top=50'],
  ['communities', '/api/communities'],
  ['path', `/api/path?from=${encodeURIComponent(hub)}&to=${encodeURIComponent(other)}`],
  ['diff', '/api/diff?before=2026-02-01..2026-02-14&after=2026-02-15..2026-02-28'],
  ['edge-betweenness', '/api/edge-betweenness?top=20&seed=7'],
];

const dataVersion = async (base: string): Promise<number> => ((await (await fetch(`${base}/api/health`)).json()) as { dataVersion: number }).dataVersion;

/** Longest wait for the new version's centralities: minutes on a busy machine, not a hang. */
const CENTRALITIES_TIMEOUT_MS = 300_000;

/**
 * Waits until the panels of `ids` give centralities measured at the server's data version, itself
 * `version` (the version after the ingests): an answer read before would differ from one read
 * after for the machine's load, not for the code.
 */
async function waitForCentralities(base: string, version: number, ids: readonly string[]): Promise<void> {
  const deadline = Date.now() + CENTRALITIES_TIMEOUT_MS;
  for (;;) {
    const now = await dataVersion(base);
    if (now !== version) throw new Error(`the data version changed from ${version} to ${now} while the answers were read`);
    const behind: string[] = [];
    for (const id of ids) {
      const detail = (await (await fetch(`${base}/api/actors/${encodeURIComponent(id)}`)).json()) as { centralityVersion?: number };
      if (detail.centralityVersion !== undefined) behind.push(`${id} (measured at version ${detail.centralityVersion})`);
    }
    if (!behind.length) return;
    if (Date.now() > deadline) throw new Error(`the centralities of data version ${version} were not measured within ${CENTRALITIES_TIMEOUT_MS / 1000} s: ${behind.join(', ')}`);
    await sleep(200);
  }
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2]) as { actors: number; relations: number };
  const { base, dump, random, close } = await startBenchServer(spec.actors, spec.relations, 'ag-hash-');
  const hash = async (name: string, path: string): Promise<void> => {
    const res = await fetch(base + path);
    const body = Buffer.from(await res.arrayBuffer());
    if (process.env.ANSWER_DIR) fs.writeFileSync(path_.join(process.env.ANSWER_DIR, name.replace(/[^a-z0-9]+/gi, '-')), body);
    process.stdout.write(`${name}\t${res.status}\t${body.length}\t${createHash('sha256').update(body).digest('hex')}\n`);
  };
  try {
    while (!(await fetch(`${base}/api/health`).then((r) => r.ok, () => false))) await sleep(50);
    await waitForStartLayout(base);
    const hub = await busiestActor(base);
    const other = dump.actors[dump.actors.length - 1].id;
    for (const [name, path] of READS(hub, other)) await hash(name, path);
    const before = await dataVersion(base);
    await postBenchArticles(base, dump, random, 3);
    const after = await dataVersion(base);
    if (after === before) throw new Error(`the data version is still ${before} after 3 ingests`);
    // The new version's centralities are measured in the pool: read once they are.
    await waitForCentralities(base, after, [hub, other]);
    for (const [name, path] of READS(hub, other)) await hash(`after 3 ingests: ${name}`, path);
  } finally {
    await close();
  }
}

runCase(main);
