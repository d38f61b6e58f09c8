/*
 * How long the request thread is held, in CPU terms: preloaded into the server under a bench,
 *
 *   LONGTASK_OUT=/tmp/l.jsonl BENCH_SERVER_NODE_ARGS="-r ./scripts/bench/long-task-probe.js" \
 *     npm run bench -- --only-living-ingest --living-ingest 50000,500000
 *
 * A timer ticks every millisecond on the main thread; at each tick it reads the thread's CPU time
 * (/proc/self/task/PID/schedstat, nanoseconds run) and the wall clock. Timers are served once per
 * turn of the event loop, so the CPU time between two ticks is what the thread ran without a turn
 * for timers: a stretch over 10 ms of CPU is a long stretch, whatever the machine's load did to its
 * wall time (a loaded machine stretches the wall, not the CPU). Each long stretch is written as a
 * JSON line {at, wall, cpu, gc, requests} (ms; gc: the pauses of collections that started in it,
 * from PerformanceObserver 'gc'; requests: those that came in it, ">GET /api/…", and the answers
 * finished in it, "<GET /api/…"); a summary line every 10 s and at SIGTERM counts the stretches over
 * 10, 20, 50 ms of CPU and their total, and the collections by kind, per phase: the start until the
 * first POST /api/documents ("ingesting") or GET /api/centrality ("centrality"), then that phase on
 * (counts start afresh at a change of phase; a long stretch's line names its phase).
 * Measurement only: nothing in the server loads it.
 */
const { isMainThread } = require('node:worker_threads');
const { constants } = require('node:perf_hooks');
const fs = require('node:fs');
const http = require('node:http');

if (isMainThread) {
  const out = process.env.LONGTASK_OUT || `long-task-probe-${process.pid}.jsonl`;
  // Kept open and read from its start each time (a new open and close each millisecond cost more than the reading).
  const stat = fs.openSync(`/proc/self/task/${process.pid}/schedstat`, 'r');
  const buf = Buffer.alloc(128);
  const cpuMs = () => Number(buf.toString('latin1', 0, fs.readSync(stat, buf, 0, 128, 0)).split(' ')[0]) / 1e6;
  const KINDS = new Map([
    [constants.NODE_PERFORMANCE_GC_MINOR, 'scavenge'],
    [constants.NODE_PERFORMANCE_GC_MAJOR, 'mark-compact'],
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL, 'incremental'],
    [constants.NODE_PERFORMANCE_GC_WEAKCB, 'weak'],
  ]);
  /** Collections since the last tick: pause ms. */
  let gcSince = 0;
  const gcTotals = new Map();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = KINDS.get(e.detail?.kind ?? e.kind) ?? 'other';
      gcSince += e.duration;
      const t = gcTotals.get(kind) ?? { count: 0, ms: 0, over10: 0 };
      t.count++;
      t.ms += e.duration;
      if (e.duration > 10) t.over10++;
      gcTotals.set(kind, t);
    }
  }).observe({ entryTypes: ['gc'] });

  // LONGTASK_WALL=ms also writes the stretches that held the thread that long in wall time with little
  // CPU (a wait: a lock, a synchronous read, or the machine running something else), marked "wait".
  const wallOver = Number(process.env.LONGTASK_WALL) || Infinity;
  let phase = 'start';
  /** Requests that came (>) and answers that were finished (<) since the last tick. */
  let seen = [];
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, req, ...rest) {
    if (event === 'request') {
      const url = `${req.method} ${req.url.split('?')[0]}`;
      seen.push(`>${url}`);
      rest[0].once('finish', () => {
        seen.push(`<${url}`);
        // With LONGTASK_WALL, when each write ended (to place the stretches after it).
        if (req.method !== 'GET' && wallOver !== Infinity) write({ phase, at: +((performance.now() - started) / 1000).toFixed(3), answered: url });
      });
      const next = req.method === 'POST' && req.url.startsWith('/api/documents') ? 'ingesting' : req.url.startsWith('/api/centrality') ? 'centrality' : undefined;
      if (next && next !== phase) {
        summary(`end of ${phase}`);
        phase = next;
        reset();
      }
    }
    return emit.call(this, event, req, ...rest);
  };

  const started = performance.now();
  let lastWall = performance.now();
  let lastCpu = cpuMs();
  let stretches;
  let ticks;
  let tickCpu;
  const reset = () => {
    stretches = { over10: 0, over20: 0, over50: 0, cpuOver10: 0, max: 0 };
    ticks = 0;
    tickCpu = 0;
    gcTotals.clear();
  };
  reset();
  const write = (line) => fs.appendFileSync(out, JSON.stringify(line) + '\n');
  const summary = (why) =>
    write({
      why,
      phase,
      t: +((performance.now() - started) / 1000).toFixed(1),
      ticks,
      cpu: Math.round(tickCpu),
      stretches: { ...stretches, max: +stretches.max.toFixed(1), cpuOver10: Math.round(stretches.cpuOver10) },
      gc: Object.fromEntries([...gcTotals].map(([k, v]) => [k, { count: v.count, ms: Math.round(v.ms), over10: v.over10 }])),
    });
  setInterval(() => {
    const wall = performance.now();
    const cpu = cpuMs();
    const dc = cpu - lastCpu;
    ticks++;
    tickCpu += dc;
    if (dc > 10) {
      stretches.over10++;
      if (dc > 20) stretches.over20++;
      if (dc > 50) stretches.over50++;
      stretches.cpuOver10 += dc;
      stretches.max = Math.max(stretches.max, dc);
      write({ phase, at: +((lastWall - started) / 1000).toFixed(3), wall: +(wall - lastWall).toFixed(1), cpu: +dc.toFixed(1), gc: +gcSince.toFixed(1), requests: seen });
    } else if (wall - lastWall > wallOver) {
      write({ phase, wait: true, at: +((lastWall - started) / 1000).toFixed(3), wall: +(wall - lastWall).toFixed(1), cpu: +dc.toFixed(1), gc: +gcSince.toFixed(1), requests: seen });
    }
    gcSince = 0;
    seen = [];
    lastWall = wall;
    // The probe's own reads are not the server's work: the next stretch starts after them.
    lastCpu = cpuMs();
  }, 1).unref();
  setInterval(() => summary('tick'), 10_000).unref();
  process.prependListener('SIGTERM', () => summary('end'));
}
