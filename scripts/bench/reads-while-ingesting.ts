/**
 * The scenario of test/api/reads-while-ingesting.test.ts, run outside jest with Node flags for the
 * server (to preload a probe): a store of generated actors, a batch of articles POSTed while one
 * reader polls /api/health and a typical actor's panel and another reads /api/graph after each change.
 *
 *   LONGTASK_OUT=/tmp/l.jsonl BENCH_SERVER_NODE_ARGS="-r ./scripts/bench/long-task-probe.js" \
 *     node -r ts-node/register/transpile-only scripts/bench/reads-while-ingesting.ts [actors relations articles]
 *
 * Prints the test's measured line (and p95s). Measurement only.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seededRandom } from '../../server/algorithms/random';
import { benchArticle, namedDump } from './ingest-articles';
import { spawnServer } from '../../test/helpers/spawn-server';
import { startScript } from '../start-script';

const [ACTORS, RELATIONS, ARTICLES] = [Number(process.argv[2] ?? 8000), Number(process.argv[3] ?? 160_000), Number(process.argv[4] ?? 40)];
const TOKEN = 'reads-while-ingesting-token';
const ROOT = path.join(__dirname, '..', '..');
const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);

/** CPU ms each thread of process `pid` has run (utime + stime), by thread id, with its name. */
function threadCpu(pid: number): Map<string, { name: string; ms: number; nice: number }> {
  const out = new Map<string, { name: string; ms: number; nice: number }>();
  const tick = 10; // USER_HZ is 100 on Linux
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'latin1');
      const close = stat.lastIndexOf(')');
      const f = stat.slice(close + 2).split(' ');
      out.set(tid, { name: stat.slice(stat.indexOf('(') + 1, close), ms: (Number(f[11]) + Number(f[12])) * tick, nice: Number(f[16]) });
    } catch {
      // a thread that ended meanwhile
    }
  }
  return out;
}

const pct = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];

async function main(): Promise<void> {
  const random = seededRandom(11);
  const dump = namedDump(ACTORS, RELATIONS, 11, random);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-reads-ingest-bench-'));
  const env = { ACTOR_GRAPH_DB: path.join(dir, 'store.sqlite'), ACTOR_GRAPH_TOKEN: TOKEN, ACTOR_GRAPH_WRITE_RATE: '100000', HOST: '127.0.0.1' };
  fs.writeFileSync(path.join(dir, 'store.json'), JSON.stringify(dump));
  execFileSync(process.execPath, [path.join(ROOT, 'bin', 'actor-graph.js'), 'restore', path.join(dir, 'store.json')], { env: { ...process.env, ...env }, stdio: 'ignore' });
  // As `npm start` runs it (its environment and node flags), the probe's flags after them.
  const start = startScript(ROOT);
  const server = await spawnServer({ ...env, ...start.env }, [...start.nodeArgs, ...nodeArgs]);
  const timed = async (pathname: string): Promise<number> => {
    const start = performance.now();
    const res = await fetch(server.base + pathname);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${pathname}: ${res.status}`);
    return performance.now() - start;
  };
  try {
    await timed('/api/graph');
    const actors = ((await (await fetch(`${server.base}/api/actors`)).json()) as { actors: { id: string; relationCount: number }[] }).actors;
    const actorId = [...actors].sort((a, b) => a.relationCount - b.relationCount || (a.id < b.id ? -1 : 1))[actors.length >> 1].id;
    await timed(`/api/actors/${actorId}`);
    const idle: number[] = [];
    for (let i = 0; i < 30; i++) idle.push(Math.max(await timed('/api/health'), await timed(`/api/actors/${actorId}`)));
    let running = true;
    const health: number[] = [];
    const actor: number[] = [];
    let graphReads = 0;
    const graphMs: number[] = [];
    const reader = (async (): Promise<void> => {
      while (running) {
        health.push(await timed('/api/health'));
        actor.push(await timed(`/api/actors/${actorId}`));
      }
    })();
    const page = (async (): Promise<void> => {
      for (let seen = 0; running; ) {
        const { dataVersion } = (await (await fetch(`${server.base}/api/health`)).json()) as { dataVersion: number };
        if (dataVersion === seen) {
          await new Promise((r) => setTimeout(r, 10));
          continue;
        }
        seen = dataVersion;
        graphMs.push(Math.round(await timed('/api/graph')));
        graphReads++;
      }
    })();
    const documents = Array.from({ length: ARTICLES }, (_, n) => ({ text: benchArticle(n, dump, random), outlet: 'Test Wire', date: '2026-03-01', title: `Article ${n}` }));
    const pid = server.child.pid as number;
    const cpuBefore = threadCpu(pid);
    const batchStart = performance.now();
    const res = await fetch(`${server.base}/api/documents/batch`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(documents),
    });
    const summary = (await res.json()) as { added: number };
    const batchMs = performance.now() - batchStart;
    const cpuAfter = threadCpu(pid);
    running = false;
    await Promise.all([reader, page]);
    const r1 = (x: number): number => +x.toFixed(1);
    const measured = {
      status: res.status,
      added: summary.added,
      batchMs: Math.round(batchMs),
      samples: health.length,
      graphReads,
      idleP99: r1(pct(idle, 0.99)),
      healthP99: r1(pct(health, 0.99)),
      actorP99: r1(pct(actor, 0.99)),
      healthP95: r1(pct(health, 0.95)),
      actorP95: r1(pct(actor, 0.95)),
      healthMax: r1(Math.max(...health)),
      graphMs,
    };
    process.stdout.write(`${JSON.stringify(measured)}\n`);
    const threads = [...cpuAfter].map(([tid, t]) => ({ tid, nice: t.nice, ms: t.ms - (cpuBefore.get(tid)?.ms ?? 0), main: tid === String(pid) || undefined })).filter((t) => t.ms > 0);
    process.stdout.write(`thread CPU over the batch (ms): ${JSON.stringify(threads.sort((a, b) => b.ms - a.ms))}\n`);
  } catch (err) {
    const ended = await Promise.race([server.exited, new Promise((r) => setTimeout(() => r('still running'), 2000))]);
    process.stderr.write(`server ended: ${JSON.stringify(ended)}; its output:\n${server.output()}\n`);
    throw err;
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
