/**
 * `npm run load`: a bounded load test on 127.0.0.1. Starts the compiled server on a temporary
 * store, then for DURATION seconds mixes reads (graph, actor, centrality, export) from several
 * connections with a steady stream of ingests, and prints throughput, latency and error counts.
 * Reads and writes are reported apart: the target is p99 < 50 ms for reads while ingests run.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { envNumber } from '../server/env-number';
import { startScript } from './start-script';

/** The run's settings, read in main() so that a bad one is reported as the script's one error line. */
function loadSettings(): { durationS: number; connections: number; ingestEveryMs: number } {
  return {
    durationS: envNumber(process.env, 'LOAD_DURATION', { min: 1, max: 86_400, whole: true }, 30),
    connections: envNumber(process.env, 'LOAD_connections', { min: 1, max: 10_000, whole: true }, 8),
    ingestEveryMs: envNumber(process.env, 'LOAD_ingestEveryMs', { min: 1, max: 3_600_000, whole: true }, 250),
  };
}

const READS = [
  '/api/graph',
  '/api/actors/iran',
  '/api/centrality?metric=betweenness&top=10',
  '/api/centrality?metric=pagerank&types=negotiates,mediates',
  '/api/export?format=gexf',
  '/api/communities',
];

async function startServer(): Promise<{ base: string; stop: () => Promise<void> }> {
  const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-load-')), 'store.sqlite');
  // As `npm start` runs it: its environment and node flags.
  const start = startScript(path.join(__dirname, '..'));
  const child = spawn(process.execPath, [...start.nodeArgs, path.join(__dirname, '..', 'dist', 'server', 'index.js')], {
    env: { ...process.env, ...start.env, PORT: '0', ACTOR_GRAPH_DB: db, LOG_LEVEL: 'warn', ACTOR_GRAPH_WRITE_RATE: '100000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Actor Graph Explorer: (http:\/\/[^/\s]+)\//.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening; run \`npm run build\` first`)));
  });
  return {
    base,
    stop: () =>
      new Promise((resolve) => {
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Posts a new, distinct article every `everyMs` until `until`; returns latency and status counts. */
async function ingestLoop(base: string, until: number, everyMs: number): Promise<{ latencies: number[]; statuses: Record<string, number> }> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  for (let i = 0; Date.now() < until; i++) {
    const text = `Load report ${i}: Qatar hosted talks between Egypt and Israel in Doha. Egypt and Israel negotiated a truce on day ${i}. Turkey condemned the strikes on Gaza.`;
    const t = performance.now();
    try {
      const res = await fetch(`${base}/api/documents`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text, outlet: 'Load Wire', date: '2026-02-13' }),
      });
      await res.arrayBuffer();
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    } catch {
      statuses.error = (statuses.error ?? 0) + 1;
    }
    latencies.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return { latencies, statuses };
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

async function main(): Promise<void> {
  const { durationS, connections, ingestEveryMs } = loadSettings();
  const server = await startServer();
  try {
    const until = Date.now() + durationS * 1000;
    const [reads, writes] = await Promise.all([
      autocannon({
        url: server.base,
        connections,
        duration: durationS,
        requests: READS.map((p) => ({ method: 'GET' as const, path: p })),
      }),
      ingestLoop(server.base, until, ingestEveryMs),
    ]);
    const writeCount = writes.latencies.length;
    const rows = [
      ['kind', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'non-2xx'],
      [
        'reads',
        String(reads.requests.total),
        reads.requests.average.toFixed(0),
        String(reads.latency.p50),
        String(reads.latency.p99),
        String(reads.latency.max),
        String(reads.errors + reads.timeouts),
        String(reads.non2xx),
      ],
      [
        'ingests',
        String(writeCount),
        (writeCount / durationS).toFixed(1),
        pct(writes.latencies, 50).toFixed(1),
        pct(writes.latencies, 99).toFixed(1),
        Math.max(...writes.latencies).toFixed(1),
        String(writes.statuses.error ?? 0),
        String(Object.entries(writes.statuses).filter(([k]) => k !== 'error' && !k.startsWith('2')).reduce((n, [, v]) => n + v, 0)),
      ],
    ];
    const widths = rows[0].map((_h, i) => Math.max(...rows.map((r) => r[i].length)));
    console.log(`load: ${durationS} s on ${server.base}, ${connections} read connections over ${READS.length} routes, one ingest every ${ingestEveryMs} ms`);
    for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
    const ok = reads.errors + reads.timeouts + reads.non2xx === 0 && reads.latency.p99 < 50;
    console.log(ok ? 'target met: no read errors, read p99 < 50 ms' : 'target missed: read errors or read p99 >= 50 ms');
    process.exitCode = ok ? 0 : 1;
  } finally {
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(`load: ${(e as Error).message}`);
  process.exitCode = 1;
});
