/**
 * The "living graph" case of `npm run bench`, in its own process: a generated dataset served over
 * real HTTP (loopback), one heavy betweenness query in flight, and meanwhile `/api/health` and
 * `/api/actors/:id` (the busiest actor) read one after the other; prints their p50/p99 as JSON.
 *
 *   node -r ts-node/register/transpile-only scripts/bench/living-graph.ts '{"actors":20000,"relations":425000,"k":1000}'
 */
import { createApp } from '../../server/app';
import { parseDatasetJson } from '../../server/data/load-dataset';
import { Explorer } from '../../server/query/explorer';
import { closePool } from '../../server/workers/pool';
import { bigDataset } from '../../test/e2e/big-dataset';
import { runCase } from './bench-server';

export interface LivingSpec {
  actors: number;
  relations: number;
  /** Betweenness sources (NetworkX's k): exact from every actor is hours at 20k. */
  k: number;
}

export interface LivingResult extends LivingSpec {
  heavy: { query: string; seconds: number; method: string };
  samples: number;
  /** The same reads with nothing else running, for comparison. */
  idle: { health: { p50: number; p99: number; max: number }; actor: { p50: number; p99: number; max: number }; bytes: number };
  health: { p50: number; p99: number; max: number };
  actor: { p50: number; p99: number; max: number };
}

const quantile = (xs: number[], q: number): number => +[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))].toFixed(1);
const summary = (xs: number[]) => ({ p50: quantile(xs, 0.5), p99: quantile(xs, 0.99), max: quantile(xs, 1) });

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2]) as LivingSpec;
  const explorer = new Explorer(parseDatasetJson(bigDataset(spec.actors, spec.relations, 7), 'generated'));
  const server = createApp({ explorer, logError: () => undefined }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const base = `http://127.0.0.1:${address.port}`;
  const hub = explorer.graph().nodes().reduce((best, n) => (explorer.graph().degree(n) > explorer.graph().degree(best) ? n : best), explorer.graph().nodes()[0]);
  const get = async (path: string): Promise<number> => {
    const start = performance.now();
    const res = await fetch(base + path);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
    return performance.now() - start;
  };
  // First reads build the panel's linear metrics; what is measured is reads while the query runs.
  await get('/api/health');
  await get(`/api/actors/${hub}`);
  const idleHealth: number[] = [];
  const idleActor: number[] = [];
  for (let i = 0; i < 30; i++) {
    idleHealth.push(await get('/api/health'));
    idleActor.push(await get(`/api/actors/${hub}`));
  }
  const bytes = (await (await fetch(`${base}/api/actors/${hub}`)).arrayBuffer()).byteLength;
  const query = `/api/centrality?metric=betweenness&k=${spec.k}&top=10`;
  let running = true;
  const started = performance.now();
  const heavy = fetch(base + query).then(async (r) => {
    running = false;
    return (await r.json()) as { method: string };
  });
  const health: number[] = [];
  const actor: number[] = [];
  while (running) {
    health.push(await get('/api/health'));
    actor.push(await get(`/api/actors/${hub}`));
  }
  const answer = await heavy;
  const seconds = +((performance.now() - started) / 1000).toFixed(2);
  server.close();
  await closePool();
  const result: LivingResult = { ...spec, heavy: { query, seconds, method: answer.method }, samples: health.length, idle: { health: summary(idleHealth), actor: summary(idleActor), bytes }, health: summary(health), actor: summary(actor) };
  process.stdout.write(JSON.stringify(result) + '\n');
}

runCase(main);
