/**
 * Reads while an exact betweenness runs, on the living-ingest case's server and store (the built
 * server, dist/server/index.js, on generated actors and coded-event relations): once the first
 * /api/graph has answered and the start's layout has landed, `/api/centrality?metric=betweenness&exact=true` is asked, and
 * `/api/health` and the busiest actor's `/api/actors/:id` are read one after the other for
 * `seconds`; then the query is abandoned (the server cancels it when its client goes). Prints the
 * reads' latencies as JSON (issue 14: p99 ≤ 50 ms).
 *
 *   node -r ts-node/register/transpile-only scripts/bench/living-betweenness.ts '{"actors":50000,"relations":500000,"seconds":60}'
 */
import { TimedReads, readsReport, runCase, settledServer, sleep, startBenchServer } from './bench-server';
import type { ReadsReport } from './bench-server';

export interface LivingBetweennessSpec {
  actors: number;
  relations: number;
  seconds: number;
}

export interface LivingBetweennessResult extends LivingBetweennessSpec, ReadsReport {
  /** Whether the query was still running when the reads stopped (false: it answered first). */
  stillRunning: boolean;
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2]) as LivingBetweennessSpec;
  const { base, pid, close } = await startBenchServer(spec.actors, spec.relations, 'ag-between-');
  try {
    const reads = new TimedReads(base);
    const hub = await settledServer(base, reads);
    const query = new AbortController();
    let running = true;
    const answered = fetch(`${base}/api/centrality?metric=betweenness&exact=true&top=10`, { signal: query.signal })
      .then((r) => r.arrayBuffer())
      .then(
        () => void (running = false),
        () => undefined,
      );
    const readers = reads.readLoop(['/api/health', `/api/actors/${hub}`]);
    const until = performance.now() + spec.seconds * 1000;
    while (running && performance.now() < until) await sleep(100);
    const [health, actor] = await readers.stop();
    const stillRunning = running;
    query.abort();
    await answered;
    const result: LivingBetweennessResult = { ...spec, stillRunning, ...readsReport(health, actor, reads, pid) };
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    await close();
  }
}

runCase(main);
