/**
 * The built server (dist/server/index.js) on a store of generated actors with made-up names and
 * coded-event relations (ingest-articles.ts), as the living-graph cases of `npm run bench` start it,
 * and what they read of it: when it answers, when its start layout has landed, where it draws actors.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seededRandom } from '../../server/algorithms/random';
import type { DatasetDump } from '../../server/domain/types';
import { benchArticle, namedDump } from './ingest-articles';
import { waitForStartLayout } from '../../test/helpers/start-layout';
import { startScript } from '../start-script';

export const BENCH_TOKEN = 'bench-token-of-enough-length';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface BenchServer {
  base: string;
  pid: number;
  /** The store's records, and the draws that made them (articles are made from both). */
  dump: DatasetDump;
  random: () => number;
  /** performance.now() just before the server process was started. */
  started: number;
  /** The environment the server runs with (its store: ACTOR_GRAPH_DB), for a CLI on the same store. */
  env: NodeJS.ProcessEnv;
  /** Stops the server and removes its store. */
  close(): Promise<void>;
}

/**
 * Node flags for the server process, from BENCH_SERVER_NODE_ARGS (space-separated; e.g. "--cpu-prof
 * --cpu-prof-dir=/tmp/prof --trace-gc"), to profile it under a bench: --cpu-prof is refused in
 * NODE_OPTIONS. With flags given, the server's output goes to stderr (--trace-gc writes there).
 */
const serverNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);

/** Restores a generated store of `actors` and `relations` and starts the server on it (as `npm start` does); resolves once it listens. */
export async function startBenchServer(actors: number, relations: number, prefix: string): Promise<BenchServer> {
  const root = path.join(__dirname, '..', '..');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const random = seededRandom(3);
  const dump = namedDump(actors, relations, 3, random);
  const dumpFile = path.join(dir, 'store.json');
  fs.writeFileSync(dumpFile, JSON.stringify(dump));
  const env = { ...process.env, ACTOR_GRAPH_DB: path.join(dir, 'store.sqlite'), ACTOR_GRAPH_TOKEN: BENCH_TOKEN, ACTOR_GRAPH_WRITE_RATE: '100000', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  execFileSync(process.execPath, [path.join(root, 'bin', 'actor-graph.js'), 'restore', dumpFile], { env, stdio: 'ignore' });
  const started = performance.now();
  const start = startScript(root);
  const server = spawn(process.execPath, [...start.nodeArgs, ...serverNodeArgs, path.join(root, 'dist', 'server', 'index.js')], { env: { ...env, ...start.env }, stdio: ['ignore', 'pipe', 'inherit'] });
  if (serverNodeArgs.length) server.stdout.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  const close = async (): Promise<void> => {
    // The store's files go once the server has closed them.
    const exited = new Promise((resolve) => (server.exitCode !== null ? resolve(undefined) : server.once('exit', resolve)));
    server.kill('SIGTERM');
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /http:\/\/[^:/]+:(\d+)\//.exec(out);
        if (m) resolve(Number(m[1]));
      });
      server.once('exit', (code) => reject(new Error(`server exited (${code})`)));
    });
    return { base: `http://127.0.0.1:${port}`, pid: server.pid as number, dump, random, started, env, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Read latencies in milliseconds. */
export interface Latency {
  p50: number;
  p99: number;
  max: number;
}

const quantile = (xs: number[], q: number): number => +[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))].toFixed(1);
export const latency = (xs: number[]): Latency => ({ p50: quantile(xs, 0.5), p99: quantile(xs, 0.99), max: quantile(xs, 1) });

/** The server's resident memory now, and its peak, in MB. */
export function memoryMB(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

/**
 * CPU seconds the server has used so far: all its threads, and its request thread alone (the main
 * thread's task has the process's id). Wall times to the first answers move by seconds with the
 * machine's load; CPU time is what the server itself spent, so a start's cost can be compared
 * between runs made at different loads.
 */
export function cpuSeconds(pid: number): { process: number; requestThread: number } {
  const ticks = (statPath: string): number => {
    // Fields after the command name (which may hold spaces, hence the last ')'): utime and stime are the 12th and 13th.
    const stat = fs.readFileSync(statPath, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  };
  // The kernel's clock ticks per second, the unit of /proc's CPU times; asked here, not on import, so
  // the module loads where getconf is missing.
  const perSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  return { process: ticks(`/proc/${pid}/stat`) / perSecond, requestThread: ticks(`/proc/${pid}/task/${pid}/stat`) / perSecond };
}

/** What a living case reports of the reads made meanwhile, and of the server's memory at its end. */
export interface ReadsReport {
  /** Reads of each path made meanwhile. */
  samples: number;
  health: Latency;
  actor: Latency;
  /** Reads that failed on a reused connection and were asked again. */
  resets: number;
  rssMB: number;
  peakRssMB: number;
}

export function readsReport(health: number[], actor: number[], reads: TimedReads, pid: number): ReadsReport {
  const memory = memoryMB(pid);
  return { samples: health.length, health: latency(health), actor: latency(actor), resets: reads.resets, rssMB: memory.rss, peakRssMB: memory.peak };
}

/** Runs a case's `main`: a failure's stack goes to stderr and the exit code is 1. */
export function runCase(main: () => Promise<void>): void {
  main().catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  });
}

/** GETs of `base`, each timed end to end (body read) in milliseconds; a non-200 answer throws. */
export class TimedReads {
  /** Reads that failed on a reused connection and were asked again. */
  resets = 0;

  constructor(private readonly base: string) {}

  async get(p: string): Promise<number> {
    const t = performance.now();
    // A reused keep-alive connection the server has just closed fails at once: counted, asked again.
    const res = await fetch(this.base + p).catch(() => {
      this.resets++;
      return fetch(this.base + p);
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${p}: HTTP ${res.status}`);
    return performance.now() - t;
  }

  /**
   * Reads `paths` one after the other, over and over, until `stop` is called; stop resolves to
   * each path's times (or rejects with the first failed read).
   */
  readLoop(paths: string[]): { stop: () => Promise<number[][]> } {
    let running = true;
    const times = paths.map((): number[] => []);
    // A failed read ends the loop; its error is kept for stop (not left an unhandled rejection).
    const loop = (async (): Promise<void> => {
      while (running) for (const [i, p] of paths.entries()) times[i].push(await this.get(p));
    })().then(
      () => undefined,
      (e: unknown) => e,
    );
    return {
      stop: async () => {
        running = false;
        const failed = await loop;
        if (failed !== undefined) throw failed;
        return times;
      },
    };
  }
}

/** The id of the actor with most relations. */
export async function busiestActor(base: string): Promise<string> {
  const actors = ((await (await fetch(`${base}/api/actors`)).json()) as { actors: { id: string; relationCount: number }[] }).actors;
  return actors.reduce((best, a) => (a.relationCount > best.relationCount ? a : best), actors[0]).id;
}

/**
 * Waits for the server to answer, reads the first /api/graph through `reads`, waits for the start's
 * layout (placed on the request thread when it lands: not what the living cases measure), then
 * reads the busiest actor once; gives that actor's id. The living cases all start so.
 */
export async function settledServer(base: string, reads: TimedReads): Promise<string> {
  while (!(await fetch(`${base}/api/health`).then((r) => r.ok, () => false))) await sleep(20);
  await reads.get('/api/graph');
  await waitForStartLayout(base);
  const hub = await busiestActor(base);
  await reads.get(`/api/actors/${hub}`);
  return hub;
}


/** Posts the bench's articles 0 … count - 1 as its writer, one after another; each must be stored (HTTP 201). */
export async function postBenchArticles(base: string, dump: DatasetDump, random: () => number, count: number): Promise<void> {
  for (let n = 0; n < count; n++) {
    const res = await fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${BENCH_TOKEN}` },
      body: JSON.stringify({ text: benchArticle(n, dump, random), outlet: 'Bench Wire', date: '2026-03-01', title: `Bench article ${n}` }),
    });
    if (res.status !== 201) throw new Error(`POST /api/documents: HTTP ${res.status}`);
    await res.arrayBuffer();
  }
}

/** Where /api/graph draws each actor. */
export async function drawnPositions(base: string): Promise<Map<string, [number, number]>> {
  const body = (await (await fetch(`${base}/api/graph`)).json()) as { graph: { nodes: { key: string; attributes: { x: number; y: number } }[] } };
  return new Map(body.graph.nodes.map((x) => [x.key, [x.attributes.x, x.attributes.y]]));
}
