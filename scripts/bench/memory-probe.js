/*
 * Where a server's memory goes, thread by thread: preloaded into the server under a bench,
 *
 *   MEMPROBE_OUT=/tmp/m.jsonl BENCH_SERVER_NODE_ARGS="--expose-gc -r ./scripts/bench/memory-probe.js" \
 *     npm run bench -- --only-living-ingest --living-ingest 50000,500000
 *
 * Worker threads inherit the preload, so every thread posts its V8 heap figures (heap used and
 * held by space, external memory, array buffers) over a BroadcastChannel: when the main thread
 * asks, once a second (the pool's threads wait between tasks with asynchronous atomics, so they
 * answer too; a thread blocked in Atomics.wait, as the extraction worker may be, posts just before
 * it blocks). The main thread appends one JSON line a
 * second, and one at SIGTERM (the bench's end), with the process's RSS from /proc and the last
 * figures each thread sent; with --expose-gc, another after a full collection of the main heap and
 * one after a second (only then are the array buffers the first found dead freed and uncounted).
 * Measurement only: nothing in the server loads it.
 */
const { isMainThread, threadId } = require('node:worker_threads');
const v8 = require('node:v8');
const fs = require('node:fs');

const channel = new BroadcastChannel('actor-graph-memory-probe');
channel.unref();
const mb = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
const loaded = (file) => Object.keys(require.cache).some((k) => k.endsWith(file));
const role = () => (isMainThread ? 'main' : loaded('extract-worker.js') ? 'extraction' : loaded('graph-tasks.js') ? 'pool' : 'other');

/** This thread's heap: used and held (MB), and per space [used, held]. */
function heapFigures() {
  const m = process.memoryUsage();
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, [mb(s.space_used_size), mb(s.space_size)]]));
  return { threadId, at: Date.now(), role: role(), heapUsed: mb(m.heapUsed), heapTotal: mb(m.heapTotal), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers), spaces };
}

if (isMainThread) {
  const out = process.env.MEMPROBE_OUT || `memory-probe-${process.pid}.jsonl`;
  const started = Date.now();
  const threads = new Map();
  channel.onmessage = (e) => e.data?.figures && threads.set(e.data.figures.threadId, e.data.figures);
  const write = (why) => {
    const status = fs.readFileSync('/proc/self/status', 'utf8');
    const kbOf = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    const now = Date.now();
    const workers = [...threads.values()].map((w) => ({ ...w, age: (now - w.at) / 1000 }));
    const line = { why, t: (now - started) / 1000, rss: Math.round(kbOf('VmRSS') / 1024), peak: Math.round(kbOf('VmHWM') / 1024), anon: Math.round(kbOf('RssAnon') / 1024), file: Math.round(kbOf('RssFile') / 1024), threads: kbOf('Threads'), main: heapFigures(), workers };
    fs.appendFileSync(out, JSON.stringify(line) + '\n');
  };
  setInterval(() => {
    channel.postMessage({ ask: true });
    setTimeout(() => write('tick'), 200).unref();
  }, 1000).unref();
  process.prependListener('SIGTERM', () => {
    write('end');
    if (global.gc) {
      global.gc();
      write('end, after a full collection');
      // V8 frees the backing stores of the array buffers a collection found dead on a background
      // thread, after gc() has returned; the next collection first waits for that to finish.
      global.gc();
      write('end, after a second full collection');
    }
  });
} else {
  channel.onmessage = (e) => e.data?.ask && channel.postMessage({ figures: heapFigures() });
  const wait = Atomics.wait;
  let posted = 0;
  Atomics.wait = function (...args) {
    if (Date.now() - posted > 500) {
      posted = Date.now();
      channel.postMessage({ figures: heapFigures() });
    }
    return wait.apply(this, args);
  };
}
