/**
 * The "living graph, batch" case of `npm run bench`: the real server (dist/server/index.js) on the
 * store of living-ingest.ts (generated actors with made-up names, coded-event relations), `articles`
 * generated articles of about 5 KB posted through POST /api/documents/batch (MAX_BATCH_DOCUMENTS per
 * request, one request after another) while a reader reads /api/health and /api/actors/<busiest>
 * one after the other. Measures articles per second end to end (first request sent to last answer
 * read) and both reads' latency meanwhile (issues 14 and 17).
 *
 *   node -r ts-node/register/transpile-only scripts/bench/living-batch.ts '{"actors":20000,"relations":400000,"articles":1000}'
 */
import { MAX_BATCH_DOCUMENTS } from '../../server/api/ingest-routes';
import { BENCH_TOKEN, TimedReads, readsReport, runCase, settledServer, startBenchServer } from './bench-server';
import type { ReadsReport } from './bench-server';
import { benchArticle } from './ingest-articles';

export interface LivingBatchSpec {
  actors: number;
  relations: number;
  articles: number;
}

/** With the reads made while the batches went in. */
export interface LivingBatchResult extends LivingBatchSpec, ReadsReport {
  /** Batch requests posted, and the article text posted in all (bytes). */
  requests: number;
  bytes: number;
  /** From the first request sent to the last answer read. */
  seconds: number;
  perSecond: number;
  added: number;
  duplicates: number;
  failed: number;
}

const note = (what: string): void => void process.stderr.write(`living-batch: ${what}\n`);

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2]) as LivingBatchSpec;
  const { base, pid, dump, random, close } = await startBenchServer(spec.actors, spec.relations, 'ag-batch-');
  try {
    const reads = new TimedReads(base);
    // A new store's layout is made in the pool at start: the batch starts once it has landed.
    const hub = await settledServer(base, reads);
    // The articles are made before the clock starts.
    const bodies: string[] = [];
    let bytes = 0;
    for (let first = 0; first < spec.articles; first += MAX_BATCH_DOCUMENTS) {
      const docs = [];
      for (let n = first; n < Math.min(spec.articles, first + MAX_BATCH_DOCUMENTS); n++) {
        const text = benchArticle(n, dump, random);
        bytes += Buffer.byteLength(text);
        docs.push({ text, outlet: 'Bench Wire', date: `2026-0${1 + (n % 9)}-1${n % 10}`, title: `Bench batch article ${n}` });
      }
      bodies.push(JSON.stringify(docs));
    }
    note(`${spec.articles} articles in ${bodies.length} requests, ${(bytes / 1e6).toFixed(1)} MB; busiest actor ${hub}`);

    const readers = reads.readLoop(['/api/health', `/api/actors/${hub}`]);
    const counts = { added: 0, duplicates: 0, failed: 0 };
    const t = performance.now();
    for (const [i, body] of bodies.entries()) {
      const res = await fetch(`${base}/api/documents/batch`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${BENCH_TOKEN}` },
        body,
      });
      const summary = (await res.json()) as { added: number; duplicates: number; failed: number };
      if (res.status !== 200) throw new Error(`POST /api/documents/batch: HTTP ${res.status} ${JSON.stringify(summary).slice(0, 300)}`);
      counts.added += summary.added;
      counts.duplicates += summary.duplicates;
      counts.failed += summary.failed;
      note(`request ${i + 1}: ${summary.added} added, ${Math.round(performance.now() - t)} ms so far`);
    }
    const seconds = (performance.now() - t) / 1000;
    const [health, actor] = await readers.stop();
    const result: LivingBatchResult = {
      ...spec,
      requests: bodies.length,
      bytes,
      seconds: +seconds.toFixed(2),
      perSecond: +(spec.articles / seconds).toFixed(1),
      ...counts,
      ...readsReport(health, actor, reads, pid),
    };
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    await close();
  }
}

runCase(main);
