/**
 * The "living graph, a folder from the CLI" case of `npm run bench`: the real server
 * (dist/server/index.js) on the store of living-ingest.ts, and `actor-graph ingest FOLDER --json`
 * run on the same store while a reader reads /api/health and /api/actors/<busiest> one after the
 * other, as an analyst with the explorer open ingests a folder of saved articles. The server takes
 * the CLI's articles from the store's change log. Measures the CLI's articles per second, how long
 * after it ends the server has applied every article (its data version counts them), and both
 * reads' latency from the CLI's start until then (issues 14 and 17).
 *
 *   node -r ts-node/register/transpile-only scripts/bench/living-cli-batch.ts '{"actors":20000,"relations":400000,"articles":1000}'
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TimedReads, readsReport, runCase, settledServer, sleep, startBenchServer } from './bench-server';
import type { ReadsReport } from './bench-server';
import { benchArticle } from './ingest-articles';

export interface LivingCliBatchSpec {
  actors: number;
  relations: number;
  articles: number;
}

/** With the reads made from the CLI's start until the server had applied every article. */
export interface LivingCliBatchResult extends LivingCliBatchSpec, ReadsReport {
  /** The CLI's run, start to exit, and its rate. */
  cliSeconds: number;
  perSecond: number;
  added: number;
  failed: number;
  /** Seconds from the CLI's exit until the server's data version counted every article. */
  caughtUpAfter: number;
}

const note = (what: string): void => void process.stderr.write(`living-cli-batch: ${what}\n`);

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2]) as LivingCliBatchSpec;
  const { base, pid, dump, random, env, close } = await startBenchServer(spec.actors, spec.relations, 'ag-cli-batch-');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-cli-batch-articles-'));
  try {
    const reads = new TimedReads(base);
    const version = async (): Promise<number> => ((await (await fetch(`${base}/api/health`)).json()) as { dataVersion: number }).dataVersion;
    const hub = await settledServer(base, reads);
    for (let n = 0; n < spec.articles; n++) {
      const text = `---\noutlet: Folder Wire\ndate: 2026-0${1 + (n % 9)}-1${n % 10}\ntitle: Folder article ${n}\n---\n${benchArticle(n, dump, random)}\n`;
      fs.writeFileSync(path.join(folder, `${String(n).padStart(5, '0')}.md`), text);
    }
    const before = await version();
    note(`server ready at version ${before}; ${spec.articles} articles written; busiest actor ${hub}`);

    const readers = reads.readLoop(['/api/health', `/api/actors/${hub}`]);
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
    while ((await version()) < before + summary.added) await sleep(20);
    const caughtUpAfter = (performance.now() - ended) / 1000;
    const [health, actor] = await readers.stop();
    const result: LivingCliBatchResult = {
      ...spec,
      cliSeconds: +cliSeconds.toFixed(2),
      perSecond: +(spec.articles / cliSeconds).toFixed(1),
      added: summary.added,
      failed: summary.failed,
      caughtUpAfter: +caughtUpAfter.toFixed(2),
      ...readsReport(health, actor, reads, pid),
    };
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    await close();
  }
}

runCase(main);
