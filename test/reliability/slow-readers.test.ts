/**
 * Clients that ask for the biggest answer and never read it must not blow up the server's memory
 * nor slow down everyone else: 200 such sockets on a several-MB graph, against the real server.
 * The figures are printed (SLOW_READERS_REPORT=1) for the README; the bounds asserted are loose.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { bigDataset } from '../e2e/big-dataset';
import { spawnServer } from '../helpers/spawn-server';
import type { Spawned } from '../helpers/spawn-server';

const READERS = 200;
/** Enough for a 6 MB answer: more than the kernel's socket buffers take off the server's hands. */
const ACTORS = 6000;
const RELATIONS = 15_000;
/** The largest answer: the whole graph, no overview. */
const LARGEST = '/api/graph?limit=none';

const rssMb = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A socket that sends the request and then never reads a byte of the answer. */
function idleReader(port: number, pathname: string): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1', () => {
      s.write(`GET ${pathname} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
      s.pause();
      resolve(s);
    });
    s.on('error', reject);
  });
}

async function healthMs(base: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${base}/api/health`);
  await res.json();
  expect(res.status).toBe(200);
  return performance.now() - t;
}

let srv: Spawned;
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-slow-'));
  const data = path.join(dir, 'big.json');
  fs.writeFileSync(data, JSON.stringify(bigDataset(ACTORS, RELATIONS)));
  srv = await spawnServer({ ACTOR_GRAPH_DB: path.join(dir, 'store.sqlite'), ACTOR_GRAPH_DATA: data });
}, 60_000);
afterAll(async () => {
  srv.child.kill('SIGTERM');
  await srv.exited;
});

test(`${READERS} idle readers of the whole graph: memory stays bounded and health answers fast`, async () => {
  const pid = srv.child.pid!;
  const port = Number(new URL(srv.base).port);
  // Warm up: the graph and its layout are built once, as on any first page load.
  let bytes = 0;
  for (let i = 0; i < 3; i++) bytes = (await (await fetch(`${srv.base}${LARGEST}`)).arrayBuffer()).byteLength;
  expect(bytes).toBeGreaterThan(5_000_000);
  await sleep(500);
  const before = rssMb(pid);

  const readers: net.Socket[] = [];
  for (let i = 0; i < READERS; i++) readers.push(await idleReader(port, LARGEST));
  // Let the server do all it will do for them: serialise, fill the socket buffers, stall.
  let during = rssMb(pid);
  for (let i = 0; i < 20; i++) {
    await sleep(500);
    during = Math.max(during, rssMb(pid));
  }
  const latencies: number[] = [];
  for (let i = 0; i < 10; i++) latencies.push(await healthMs(srv.base));
  during = Math.max(during, rssMb(pid));
  readers.forEach((s) => s.destroy());
  await sleep(2000);
  const after = rssMb(pid);

  const figures = {
    answerMB: +(bytes / 1e6).toFixed(1),
    rssBeforeMB: Math.round(before),
    rssWithReadersMB: Math.round(during),
    growthMB: Math.round(during - before),
    rssAfterMB: Math.round(after),
    healthMaxMs: Math.round(Math.max(...latencies)),
    healthMedianMs: Math.round([...latencies].sort((a, b) => a - b)[5]),
  };
  if (process.env.SLOW_READERS_REPORT) process.stdout.write(`slow readers: ${JSON.stringify(figures)}\n`);
  // The bar is 100 MB and 100 ms; on a busy 2-core machine only gross regressions should fail.
  expect(figures.growthMB).toBeLessThan(150);
  expect(figures.healthMaxMs).toBeLessThan(1000);
}, 90_000);
