/**
 * The "living graph, a folder from the CLI" case of `npm run bench`: the real server
 * (dist/server/index.js) on a store of generated actors, and `actor-graph ingest FOLDER --json` run
 * on the same store while the server serves readers, as an analyst with the explorer open ingests
 * a folder of saved articles. Measures: the CLI's articles per second, how long after it ends the
 * server has applied every article (its data version counts them), and /api/health and
 * /api/actors/<busiest> latency from the CLI's start until then.
 *
 *   node -r ts-node/register/transpile-only scripts/bench/living-cli-batch.ts '{"actors":20000,"relations":400000,"articles":1000}'
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBenchServer, waitForStartLayout } from './bench-server';
import { benchArticle } from './ingest-articles';
import { latencyOf, memoryMB, type Latency } from './latency';

export interface LivingCliBatchSpec {
  actors: number;
  relations: number;
  articles: number;
}

export interface LivingCliBatchResult extends LivingCliBatchSpec {
  /** The CLI's run, start to exit, and its rate. */
  cliSeconds: number;
  perSecond: number;
  added: number;
  failed: number;
  /** Seconds from the CLI's exit until the server's data version counted every article. */
  caughtUpAfter: number;
  samples: number;
  /** Reads that failed on a reused connection and were asked again. */
  resets: number;
  health: Latency;
  actor: Latency;
  rssMB: number;
  peakRssMB: number;
}

const note = (what: string): void => void process.stderr.write(`living-cli-batch: ${what}\n`);

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2]) as LivingCliBatchSpec;
  const { base, pid, dump, random, env, close } = await startBenchServer(spec.actors, spec.relations, 'ag-cli-batch-');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-cli-batch-articles-'));
  try {
    let resets = 0;
    const get = async (p: string): Promise<number> => {
      const t = performance.now();
      // A reused keep-alive connection the server has just closed fails at once: counted, asked again.
      const res = await fetch(base + p).catch(() => {
        resets++;
        return fetch(base + p);
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${p}: HTTP ${res.status}`);
      return performance.now() - t;
    };
    const version = async (): Promise<number> => ((await (await fetch(`${base}/api/health`)).json()) as { dataVersion: number }).dataVersion;
    while (!(await fetch(`${base}/api/health`).then((r) => r.ok, () => false))) await new Promise((r) => setTimeout(r, 20));
    await get('/api/graph');
    await waitForStartLayout(base);
    const actors = ((await (await fetch(`${base}/api/actors`)).json()) as { actors: { id: string; relationCount: number }[] }).actors;
    const hub = actors.reduce((best, a) => (a.relationCount > best.relationCount ? a : best), actors[0]).id;
    await get(`/api/actors/${hub}`);
    for (let n = 0; n < spec.articles; n++) {
      const text = `---\noutlet: Folder Wire\ndate: 2026-0${1 + (n % 9)}-1${n % 10}\ntitle: Folder article ${n}\n---\n${benchArticle(n, dump, random)}\n`;
      fs.writeFileSync(path.join(folder, `${String(n).padStart(5, '0')}.md`), text);
    }
    const before = await version();
    note(`server ready at version ${before}; ${spec.articles} articles written`);

    let reading = true;
    const health: number[] = [];
    const actor: number[] = [];
    const readers = (async (): Promise<void> => {
      while (reading) {
        health.push(await get('/api/health'));
        actor.push(await get(`/api/actors/${hub}`));
      }
    })();
    const started = performance.now();
    const cli = spawn(process.execPath, [path.join(__dirname, '..', '..', 'bin', 'actor-graph.js'), 'ingest', folder, '--json'], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    cli.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => cli.on('exit', resolve));
    const cliSeconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`actor-graph ingest exited ${code}`);
    const summary = JSON.parse(out) as { added: number; failed: number };
    note(`CLI done in ${cliSeconds.toFixed(1)} s: ${summary.added} added, ${summary.failed} failed`);
    const ended = performance.now();
    while ((await version()) < before + summary.added) await new Promise((r) => setTimeout(r, 20));
    const caughtUpAfter = (performance.now() - ended) / 1000;
    reading = false;
    await readers;
    const memory = memoryMB(pid);
    const result: LivingCliBatchResult = {
      ...spec,
      cliSeconds: +cliSeconds.toFixed(2),
      perSecond: +(spec.articles / cliSeconds).toFixed(1),
      added: summary.added,
      failed: summary.failed,
      caughtUpAfter: +caughtUpAfter.toFixed(2),
      samples: health.length,
      resets,
      health: latencyOf(health),
      actor: latencyOf(actor),
      rssMB: memory.rss,
      peakRssMB: memory.peak,
    };
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    await close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
