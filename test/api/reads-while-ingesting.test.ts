/**
 * Reads stay fast while articles are ingested (issues #14 and #17), over real HTTP against the
 * compiled server (dist/, as a user runs it) on a store of generated actors: a batch of articles
 * goes in while one reader polls /api/health and a typical actor's panel and another reads
 * /api/graph as the page does after each change. Work on the request thread after an ingest (the
 * overview, serialising big answers, following the change) used to hold every read for hundreds
 * of milliseconds. Judged on each round's slower read (health or the actor, whichever a stall
 * caught waiting), allowing a quarter as many slow rounds as there are articles: a stall after every
 * ingest holds a read in at least one round per article (40), wherever the rounds number 100 (a slow
 * CI machine) or 2,000, while a loaded machine's few descheduled reads (which decided a p99: at ~100
 * rounds the second-slowest) stay within the allowance. The bound is gross (a busy 2-core machine)
 * and scaled by the same reads idle; a 300 ms stall after each commit fails it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seededRandom } from '../../server/algorithms/random';
import { benchArticle, namedDump } from '../../scripts/bench/ingest-articles';
import { spawnServer } from '../helpers/spawn-server';
import type { Spawned } from '../helpers/spawn-server';

jest.setTimeout(300_000);

const ACTORS = 8000;
const RELATIONS = 160_000;
const ARTICLES = 40;
const TOKEN = 'reads-while-ingesting-token';
const ROOT = path.join(__dirname, '..', '..');

let dir: string;
let server: Spawned;
const random = seededRandom(11);
const dump = namedDump(ACTORS, RELATIONS, 11, random);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-reads-ingest-'));
  const env = { ACTOR_GRAPH_DB: path.join(dir, 'store.sqlite'), ACTOR_GRAPH_TOKEN: TOKEN, ACTOR_GRAPH_WRITE_RATE: '100000', HOST: '127.0.0.1' };
  fs.writeFileSync(path.join(dir, 'store.json'), JSON.stringify(dump));
  execFileSync(process.execPath, [path.join(ROOT, 'bin', 'actor-graph.js'), 'restore', path.join(dir, 'store.json')], { env: { ...process.env, ...env }, stdio: 'ignore' });
  server = await spawnServer(env);
});
afterAll(async () => {
  server.child.kill('SIGTERM');
  await server.exited;
  fs.rmSync(dir, { recursive: true, force: true });
});

async function timed(pathname: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(server.base + pathname);
  await res.arrayBuffer();
  expect(res.status).toBe(200);
  return performance.now() - start;
}

const percentile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const p95 = (xs: number[]): number => percentile(xs, 0.95);
/** Rounds allowed over the bound: a quarter of the articles (each stalled ingest would add one or more). */
const SLOW_ROUNDS_ALLOWED = ARTICLES / 4;
const p99 = (xs: number[]): number => percentile(xs, 0.99);

test('health and an actor answer fast while a batch of articles is ingested and the graph is read after each', async () => {
  // The first graph and panel (layout, overview, panel metrics) are not what is measured.
  await timed('/api/graph');
  const actors = ((await (await fetch(`${server.base}/api/actors`)).json()) as { actors: { id: string; relationCount: number }[] }).actors;
  // A typical actor (the median relation count): the busiest one's MB answer measures serialising it, not waiting.
  const actorId = [...actors].sort((a, b) => a.relationCount - b.relationCount || (a.id < b.id ? -1 : 1))[actors.length >> 1].id;
  await timed(`/api/actors/${actorId}`);
  const idle: number[] = [];
  for (let i = 0; i < 30; i++) idle.push(Math.max(await timed('/api/health'), await timed(`/api/actors/${actorId}`)));

  let running = true;
  const health: number[] = [];
  const actor: number[] = [];
  let graphReads = 0;
  const reader = (async (): Promise<void> => {
    while (running) {
      health.push(await timed('/api/health'));
      actor.push(await timed(`/api/actors/${actorId}`));
    }
  })();
  // The page reloads the graph after each change; one reload at a time, as the page does.
  const page = (async (): Promise<void> => {
    for (let seen = 0; running; ) {
      const { dataVersion } = (await (await fetch(`${server.base}/api/health`)).json()) as { dataVersion: number };
      if (dataVersion === seen) {
        await new Promise((r) => setTimeout(r, 10));
        continue;
      }
      seen = dataVersion;
      await timed('/api/graph');
      graphReads++;
    }
  })();
  const documents = Array.from({ length: ARTICLES }, (_, n) => ({ text: benchArticle(n, dump, random), outlet: 'Test Wire', date: '2026-03-01', title: `Article ${n}` }));
  const res = await fetch(`${server.base}/api/documents/batch`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(documents),
  });
  const summary = (await res.json()) as { added: number };
  running = false;
  await Promise.all([reader, page]);
  expect(res.status).toBe(200);
  expect(summary.added).toBe(ARTICLES);
  // At least two reloads fell inside the batch (each /api/graph took 2–18 s on a loaded machine).
  expect(graphReads).toBeGreaterThanOrEqual(2);
  expect(health.length).toBeGreaterThanOrEqual(20);
  // Each round's slower read: a stall holds whichever of the two was waiting.
  const rounds = health.map((h, i) => Math.max(h, actor[i] ?? 0));
  const bound = 200 + 2 * p95(idle);
  // The slowest round once the allowance is set aside.
  const judged = [...rounds].sort((a, b) => b - a)[Math.min(rounds.length - 1, SLOW_ROUNDS_ALLOWED)];
  const measured = {
    samples: health.length,
    graphReads,
    idleP95: +p95(idle).toFixed(1),
    roundsOver: rounds.filter((r) => r >= bound).length,
    judged: +judged.toFixed(1),
    bound: +bound.toFixed(1),
    roundP95: +p95(rounds).toFixed(1),
    healthP99: +p99(health).toFixed(1),
    actorP99: +p99(actor).toFixed(1),
  };
  process.stdout.write(`reads while ingesting (${ACTORS} actors, ${RELATIONS} relations, ${ARTICLES} articles): ${JSON.stringify(measured)}\n`);
  // 200 ms on a quiet machine, more when other work already slows the idle reads down.
  expect(judged).toBeLessThan(bound);
});
