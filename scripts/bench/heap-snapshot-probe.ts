/**
 * A heap snapshot of the main thread of the bench's server at the end of the living-graph ingest
 * case (its start, the start's layout, `ingests` articles, /api/graph and the busiest actor's
 * panel read), to see what its live heap is made of:
 *
 *   BENCH_SERVER_NODE_ARGS="--heapsnapshot-signal=SIGUSR2" SNAPSHOT_DIR=/tmp/snap \
 *     node -r ts-node/register/transpile-only scripts/bench/heap-snapshot-probe.ts '{"actors":50000,"relations":500000,"ingests":5}'
 *
 * The server writes the snapshot into its working directory (SNAPSHOT_DIR, which this script
 * starts it in); summarise it with scripts/bench/heap-snapshot-summary.py.
 */
import fs from 'node:fs';
import { busiestActor, postBenchArticles, runCase, sleep, startBenchServer } from './bench-server';
import { waitForStartLayout } from '../../test/helpers/start-layout';

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2]) as { actors: number; relations: number; ingests: number };
  const dir = process.env.SNAPSHOT_DIR ?? process.cwd();
  process.chdir(dir);
  const { base, pid, dump, random, close } = await startBenchServer(spec.actors, spec.relations, 'ag-snap-');
  try {
    while (!(await fetch(`${base}/api/health`).then((r) => r.ok, () => false))) await sleep(50);
    await fetch(`${base}/api/graph`).then((r) => r.arrayBuffer());
    await waitForStartLayout(base);
    const hub = await busiestActor(base);
    await postBenchArticles(base, dump, random, spec.ingests);
    await fetch(`${base}/api/graph`).then((r) => r.arrayBuffer());
    await fetch(`${base}/api/actors/${hub}`).then((r) => r.arrayBuffer());
    await sleep(3000);
    const before = new Set(fs.readdirSync(dir));
    process.kill(pid, 'SIGUSR2');
    // Written once its size stops growing.
    let last = -1;
    for (;;) {
      await sleep(3000);
      const file = fs.readdirSync(dir).find((f) => !before.has(f) && f.endsWith('.heapsnapshot'));
      const size = file ? fs.statSync(file).size : -1;
      if (file && size > 0 && size === last) {
        process.stdout.write(`${dir}/${file} ${size} bytes\n`);
        break;
      }
      last = size;
    }
  } finally {
    await close();
  }
}

runCase(main);
