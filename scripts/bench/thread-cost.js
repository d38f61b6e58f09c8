/*
 * What one worker thread of the server costs in RSS before it is given any work (issue 14): a thread
 * that loads nothing, one that loads the pool's tasks, the extraction worker's code (with its NLP
 * library) and the store writer (on an empty store), each started alone in a fresh process, its RSS
 * read before and after, and the thread's own V8 heap (held, used) beside it; the rest of the
 * difference is outside the heap (the isolate, its code, the thread's stack, native libraries):
 *
 *   npx tsc -p tsconfig.build.json && MALLOC_MMAP_THRESHOLD_=131072 node scripts/bench/thread-cost.js
 *
 * Run from the repository's root; dist/ must be built. Measurement only.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const dist = path.resolve('dist/server');
const KINDS = {
  empty: { file: null },
  pool: { file: path.join(dist, 'workers/graph-tasks.js'), pool: true },
  extraction: { file: path.join(dist, 'extract/extract-worker.js') },
  'store writer': { file: path.join(dist, 'store/store-writer-worker.js'), store: true },
};

/** In a child process: starts one thread of `kind`, prints the RSS difference and its heap. */
async function measureOne(kind) {
  const { Worker } = require('node:worker_threads');
  const { POOL_RESOURCE_LIMITS, workerResourceLimits } = require(path.join(dist, 'workers/thread-limits.js'));
  const rssMB = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 500));
  const { file, store, pool } = KINDS[kind];
  let workerData;
  let dir;
  if (store) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thread-cost-'));
    workerData = { file: path.join(dir, 'store.db') }; // a new store, made by the writer's connection
  }
  await settle();
  const before = rssMB();
  // The thread loads its module, then reports its heap and stays (as the server's threads do).
  const source = `${file ? `require(${JSON.stringify(file)});` : ''}
    const { parentPort } = require('node:worker_threads');
    const m = process.memoryUsage();
    parentPort.postMessage({ heapTotal: m.heapTotal, heapUsed: m.heapUsed });
    setInterval(() => {}, 1 << 30);`;
  const w = new Worker(source, { eval: true, workerData, resourceLimits: workerResourceLimits(pool ? POOL_RESOURCE_LIMITS : undefined) });
  const heap = await new Promise((resolve) => w.once('message', resolve));
  await settle();
  const after = rssMB();
  const mb = (x) => Math.round(x * 10) / 10;
  process.stdout.write(JSON.stringify({ kind, rssMB: mb(after - before), heapHeldMB: mb(heap.heapTotal / 1048576), heapUsedMB: mb(heap.heapUsed / 1048576), outsideHeapMB: mb(after - before - heap.heapTotal / 1048576) }) + '\n');
  await w.terminate();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

if (process.argv[2]) void measureOne(process.argv[2]);
else for (const kind of Object.keys(KINDS)) process.stdout.write(execFileSync(process.execPath, [__filename, kind], { env: process.env }));
