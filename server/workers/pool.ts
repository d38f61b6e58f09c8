/**
 * The worker pool heavy graph work runs in (piscina), started from a compiled worker file: the
 * request thread hands a job over and awaits it, so readers are served meanwhile. Threads start
 * when first needed and leave when idle, so a CLI run or a test exits on its own.
 *
 * ACTOR_GRAPH_WORKERS sets the pool size (default: the cores, at most 2, as the kernels use 2),
 * ACTOR_GRAPH_WORKER_NICE the threads' lower priority (default 10).
 */
import os from 'node:os';
import path from 'node:path';
import type { Piscina } from 'piscina';
import type { CommunityResult } from '../graph/communities';
import type { LinkArrays } from '../algorithms/edge-betweenness';
import type { MetricRun } from '../graph/metrics';
import type { EdgeEnds } from '../graph/projection';
import { stopClaims } from '../algorithms/traversal-kernels';
import type { Job } from '../algorithms/traversal-kernels';
import type { OverviewChoice, OverviewTask } from '../graph/overview-choice';
import { ActorGraphError } from '../domain/errors';
import { envNumber } from '../env-number';
import type { CompactGraph } from '../algorithms/compact';
import type { CompactChange } from '../algorithms/compact-follow';
import type { CommunitiesTask, CompactFollowTask, MetricTask, TaskFailure, TraversalTask } from './graph-tasks';
import { POOL_RESOURCE_LIMITS, workerResourceLimits } from './thread-limits';
import { exposeGcToNewThreads } from './collect-after-task';

/**
 * Pool threads run at a lower priority (Unix nice, through piscina's optional @napi-rs/nice), so
 * when the cores are busy the request thread is scheduled first and reads stay fast; when nothing
 * else runs it changes nothing. ACTOR_GRAPH_WORKER_NICE sets it (0: same priority as requests).
 */
const DEFAULT_NICE = 10;

/** The most threads ACTOR_GRAPH_WORKERS may ask for: more is a typing mistake on any machine this runs on. */
const MAX_WORKERS = 256;

/** The nice increment ACTOR_GRAPH_WORKER_NICE asks for, checked (0 to 19, as Unix nice). */
export function poolNice(env: NodeJS.ProcessEnv = process.env): number {
  return envNumber(env, 'ACTOR_GRAPH_WORKER_NICE', { min: 0, max: 19, whole: true }, DEFAULT_NICE);
}

/** Idle threads stay this long, so a burst of queries pays the start-up once. */
const IDLE_MS = 30_000;

/**
 * Between tasks a thread waits with Atomics.waitAsync, not piscina's default blocking wait: its
 * event loop turns after each answer, which is when it collects the shared buffers the task was
 * handed (workers/collect-after-task.ts); a blocked thread would never get there.
 */
const ATOMICS = 'async';

let pool: Piscina | undefined;
let submitted = 0;
let running = 0;

/** The pool size ACTOR_GRAPH_WORKERS asks for, checked. */
export function poolSize(env: NodeJS.ProcessEnv = process.env): number {
  return envNumber(env, 'ACTOR_GRAPH_WORKERS', { min: 1, max: MAX_WORKERS, whole: true }, Math.max(1, Math.min(2, os.availableParallelism())));
}

/**
 * The compiled worker beside this file (dist/server/workers), or, when this module runs from its
 * .ts source, the shim that loads the source through ts-node (see ts-worker.js).
 */
function workerFile(): string {
  return __filename.endsWith('.ts') ? path.join(__dirname, 'ts-worker.js') : path.join(__dirname, 'graph-tasks.js');
}

/**
 * A new pool. Piscina emits 'error' when a thread answers a task it no longer knows: a task
 * aborted (a newer data version came) just as its thread sent the result. Unheard, that event
 * would end the server; the result belongs to nobody, so it is only reported as a warning.
 */
export function makePool(): Piscina {
  // Loaded on first use: a command that never hands work over (a PageRank on a file) skips piscina's load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- synchronous on purpose, typed by the import type above
  const { Piscina: Pool } = require('piscina') as typeof import('piscina');
  // The pool's threads collect after their tasks (workers/collect-after-task.ts).
  exposeGcToNewThreads();
  const made = new Pool({ filename: workerFile(), minThreads: 0, maxThreads: poolSize(), idleTimeout: IDLE_MS, atomics: ATOMICS, niceIncrement: poolNice(), resourceLimits: workerResourceLimits(POOL_RESOURCE_LIMITS) });
  made.on('error', (err: Error) => process.emitWarning(`worker pool: ${err.message.split('\n')[0]}`, 'ActorGraphPoolWarning'));
  return made;
}

function thePool(): Piscina {
  return (pool ??= makePool());
}

/** The tasks graph-tasks.ts exports, with what each takes and gives. */
interface Tasks {
  traversal: [TraversalTask, void];
  metric: [MetricTask, MetricRun];
  communities: [CommunitiesTask, CommunityResult];
  linkOrderTask: [LinkArrays, Int32Array];
  compactFollow: [CompactFollowTask, Omit<CompactGraph, 'ids'>];
  layout: [EdgeEnds, Float64Array];
  overview: [OverviewTask, OverviewChoice];
}

/** Runs one task in the pool; `signal` takes it off the queue, or stops its thread if it runs. */
function run<K extends keyof Tasks>(name: K, task: Tasks[K][0], signal?: AbortSignal): Promise<Tasks[K][1]> {
  submitted++;
  running++;
  const done = (): void => void running--;
  const result = thePool().run(task, { name, ...(signal ? { signal } : {}) }) as Promise<Tasks[K][1] | TaskFailure>;
  result.then(done, done);
  return result.then((r) => {
    if (isFailure(r)) throw new ActorGraphError(r.failed.message, r.failed.code, r.failed.status);
    return r;
  });
}

const isFailure = (r: unknown): r is TaskFailure => typeof r === 'object' && r !== null && !ArrayBuffer.isView(r) && 'failed' in r;

/**
 * Runs `threads` tasks on the job (each claims chunks until none is left, adding to the job's
 * shared total). Cancelling is the caller's (stopClaims). If a task fails, the job is stopped so
 * that the other tasks do not wait for its chunk.
 */
export async function runTraversalTasks(job: Job, threads: number): Promise<void> {
  const tasks = Array.from({ length: threads }, () => run('traversal', { job }));
  try {
    await Promise.all(tasks);
  } catch (e) {
    stopClaims(job);
    await Promise.allSettled(tasks);
    throw e;
  }
}

export function runMetricTask(task: MetricTask, signal?: AbortSignal): Promise<MetricRun> {
  return run('metric', task, signal);
}

/** `c` with `change` made (compact-follow.ts's changedCompact), in the pool; its node keys stay here (`ids`). */
export async function runCompactFollowTask(c: CompactGraph, change: CompactChange, ids: readonly string[]): Promise<CompactGraph> {
  // The keys are left out: copying 20,000 of them to the thread costs more than the rest.
  const { ids: _keys, ...arrays } = c;
  return { ...(await run('compactFollow', { c: arrays, change })), ids };
}

export function runLinkOrderTask(task: LinkArrays, signal?: AbortSignal): Promise<Int32Array> {
  return run('linkOrderTask', task, signal);
}

export function runCommunitiesTask(task: CommunitiesTask, signal?: AbortSignal): Promise<CommunityResult> {
  return run('communities', task, signal);
}

/** ForceAtlas2 on a graph's relation ends; resolves to x, y pairs in the order of `input.ids`. */
export function runLayoutTask(input: EdgeEnds): Promise<Float64Array> {
  return run('layout', input);
}

/** The overview's choice (graph/overview-choice.ts). */
export function runOverviewTask(task: OverviewTask): Promise<OverviewChoice> {
  return run('overview', task);
}

/** Tasks handed to the pool since start (tests count them to check that joined queries run once). */
export function poolTasksSubmitted(): number {
  return submitted;
}

/** Tasks handed to the pool and not yet settled (queued or running). */
export function poolTasksPending(): number {
  return running;
}

/** Stops the pool's threads (tests, and a CLI that wants to exit at once); it restarts when needed. */
export async function closePool(): Promise<void> {
  const p = pool;
  pool = undefined;
  if (p) await p.destroy();
}
