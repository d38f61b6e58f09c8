/**
 * The "living graph, ingesting" case of `npm run bench`: the real server (dist/server/index.js) on
 * a store of generated actors with made-up names and coded-event relations, articles posted over
 * loopback HTTP while readers read. Measures: time until the server answers (health, then the
 * first /api/graph), one article ingest end to end and the first /api/graph and /api/actors/:id
 * after it, /api/health and /api/actors/:id latency while `ingests` more articles go in one after
 * another, whether every actor's position stayed put through them, and the server's memory.
 *
 *   node -r ts-node/register/transpile-only scripts/bench/living-ingest.ts '{"actors":20000,"relations":400000,"ingests":20}'
 *
 * With `"quietSeconds": n` in the spec, the server is then left without requests for n seconds and
 * its RSS read again: what a quiet server gives back once its idle threads have left (the pool's
 * after 30 s, the extraction worker and the store writer after two minutes) and V8 has collected
 * its heaps on its own, when it has. `npm run bench` asks for 30 s.
 */
import fs from 'node:fs';
import { BENCH_TOKEN, TimedReads, busiestActor, cpuSeconds, drawnPositions, memoryMB, readsReport, runCase, sleep, startBenchServer } from './bench-server';
import { waitForStartLayout } from '../../test/helpers/start-layout';
import type { ReadsReport } from './bench-server';
import { benchArticle } from './ingest-articles';

export interface LivingIngestSpec {
  actors: number;
  relations: number;
  ingests: number;
  quietSeconds?: number;
}

/** With the reads made while the run of ingests went on. */
export interface LivingIngestResult extends LivingIngestSpec, ReadsReport {
  /** Seconds to the first answers, and to the start's full layout when one was made in the pool (0: none was). */
  ready: { health: number; graph: number; layout: number };
  /** CPU seconds the server had used when the first /api/graph was answered: all threads, and the request thread's. */
  readyCpu: { process: number; requestThread: number };
  /** Milliseconds: one article POSTed (end to end), then the first reads after it. */
  ingest: { ms: number; graphAfterMs: number; actorAfterMs: number; relations: number };
  /** Mean milliseconds per POST over the run of ingests. */
  ingestMeanMs: number;
  /** Actors drawn before and after an ingest whose position changed (0 when positions are kept), over all ingests. */
  moved: number;
  compared: number;
  /** With quietSeconds: the server's RSS (MB) after that long without requests, and its threads then. */
  quiet?: { seconds: number; rssMB: number; threads: number };
}

/** Progress on stderr, so a slow step shows where the time goes. */
const note = (what: string, ms: number): void => void process.stderr.write(`living-ingest: ${what} ${Math.round(ms)} ms\n`);

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2]) as LivingIngestSpec;
  const { base, pid, dump, random, started, close } = await startBenchServer(spec.actors, spec.relations, 'ag-living-');
  try {
    const reads = new TimedReads(base);
    const get = (p: string): Promise<number> => reads.get(p);
    while (!(await fetch(`${base}/api/health`).then((r) => r.ok, () => false))) await sleep(20);
    const healthReady = (performance.now() - started) / 1000;
    note('health answered after', healthReady * 1000);
    await get('/api/graph');
    const graphReady = (performance.now() - started) / 1000;
    const readyCpu = cpuSeconds(pid);
    note('first /api/graph answered after', graphReady * 1000);
    // A new store is drawn on a quick placement while its layout is made in the pool: positions are
    // compared from the layout on, as a page sees them after its one "layout" update.
    const layoutReady = (await waitForStartLayout(base)) ? (performance.now() - started) / 1000 : 0;
    if (layoutReady) note('start layout landed after', layoutReady * 1000);
    const hub = await busiestActor(base);
    await get(`/api/actors/${hub}`);

    let n = 0;
    const post = async (): Promise<{ ms: number; relations: number }> => {
      const t = performance.now();
      const res = await fetch(`${base}/api/documents`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${BENCH_TOKEN}` },
        body: JSON.stringify({ text: benchArticle(n, dump, random), outlet: 'Bench Wire', date: '2026-03-01', title: `Bench article ${n++}` }),
      });
      const body = (await res.json()) as { relations?: unknown[] };
      if (res.status !== 201) throw new Error(`POST /api/documents: HTTP ${res.status} ${JSON.stringify(body)}`);
      return { ms: performance.now() - t, relations: body.relations?.length ?? 0 };
    };
    const positions = (): Promise<Map<string, [number, number]>> => drawnPositions(base);

    const one = await post();
    note('one ingest', one.ms);
    const graphAfterMs = await get('/api/graph');
    const actorAfterMs = await get(`/api/actors/${hub}`);
    note('then /api/graph', graphAfterMs);
    note('then /api/actors/:id', actorAfterMs);

    // Readers read one request after another while the ingests run.
    const readers = reads.readLoop(['/api/health', `/api/actors/${hub}`]);
    let before = await positions();
    let moved = 0;
    let compared = 0;
    let postMs = 0;
    for (let i = 0; i < spec.ingests; i++) {
      const { ms } = await post();
      postMs += ms;
      note(`ingest ${i + 1}`, ms);
      const after = await positions();
      for (const [id, p] of before) {
        const q = after.get(id);
        if (!q) continue;
        compared++;
        if (q[0] !== p[0] || q[1] !== p[1]) moved++;
      }
      before = after;
    }
    const [health, actor] = await readers.stop();
    const report = readsReport(health, actor, reads, pid);
    let quiet: LivingIngestResult['quiet'];
    if (spec.quietSeconds) {
      await sleep(spec.quietSeconds * 1000);
      quiet = { seconds: spec.quietSeconds, rssMB: memoryMB(pid).rss, threads: fs.readdirSync(`/proc/${pid}/task`).length };
    }
    const result: LivingIngestResult = {
      ...spec,
      ready: { health: +healthReady.toFixed(2), graph: +graphReady.toFixed(2), layout: +layoutReady.toFixed(2) },
      readyCpu,
      ingest: { ms: Math.round(one.ms), graphAfterMs: Math.round(graphAfterMs), actorAfterMs: Math.round(actorAfterMs), relations: one.relations },
      ingestMeanMs: Math.round(postMs / spec.ingests),
      moved,
      compared,
      ...report,
      ...(quiet ? { quiet } : {}),
    };
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    await close();
  }
}

runCase(main);
