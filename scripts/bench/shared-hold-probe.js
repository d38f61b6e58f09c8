/*
 * Which of the request thread's shared arrays the request thread itself still holds at the end, and
 * which only another thread keeps: preloaded into the server under a bench with --expose-gc,
 *
 *   SHAREDHOLD_OUT=/tmp/h.json BENCH_SERVER_NODE_ARGS="--expose-gc -r ./scripts/bench/shared-hold-probe.js" \
 *     npm run bench -- --only-living-ingest --living-ingest 50000,500000
 *
 * A SharedArrayBuffer's memory is counted in `process.memoryUsage().arrayBuffers` of the thread whose
 * allocator made it, until every thread that maps it has dropped it; a full collection of the
 * request thread's heap frees only those no other thread holds. The probe puts a subclass in the
 * place of the global SharedArrayBuffer in the main thread that keeps a WeakRef to each buffer, its
 * size and the server frames that made it. At SIGTERM (the bench's end), after a full collection, it writes the
 * bytes made here, those the request thread still reaches (by site) and those it has dropped, beside
 * the thread's `arrayBuffers` figure: the difference is plain ArrayBuffers, shared ones another
 * thread keeps, and buffers this collection found dead but has not freed yet (they are freed after
 * gc() returns; memory-probe.js collects twice). Measurement only: nothing in the server loads it.
 */
const { isMainThread } = require('node:worker_threads');
const fs = require('node:fs');

if (isMainThread) {
  const out = process.env.SHAREDHOLD_OUT || `shared-hold-${process.pid}.json`;
  const made = [];
  const site = () => {
    const frames = (new Error().stack ?? '').split('\n').slice(3).filter((l) => l.includes('/server/'));
    return frames.slice(0, 3).map((l) => l.trim().replace(/^at /, '').replace(/\(.*\/(server\/[^)]*)\)/, '($1)')).join(' < ');
  };
  const Original = globalThis.SharedArrayBuffer;
  globalThis.SharedArrayBuffer = class extends Original {
    constructor(length, options) {
      super(length, options);
      made.push({ ref: new WeakRef(this), bytes: length, site: site() });
    }
  };
  const mb = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
  process.prependListener('SIGTERM', () => {
    if (!global.gc) return;
    global.gc();
    const held = new Map();
    let heldBytes = 0;
    for (const m of made) {
      const b = m.ref.deref();
      if (!b) continue;
      heldBytes += b.byteLength;
      const s = held.get(m.site) ?? { count: 0, bytes: 0 };
      s.count++;
      s.bytes += b.byteLength;
      held.set(m.site, s);
    }
    const madeBytes = made.reduce((n, m) => n + m.bytes, 0);
    const report = {
      arrayBuffers: mb(process.memoryUsage().arrayBuffers),
      made: { count: made.length, mb: mb(madeBytes) },
      heldHere: { count: [...held.values()].reduce((n, s) => n + s.count, 0), mb: mb(heldBytes) },
      droppedHere: { count: made.length - [...held.values()].reduce((n, s) => n + s.count, 0), mb: mb(madeBytes - heldBytes) },
      heldBySite: [...held].map(([s, v]) => ({ site: s, count: v.count, mb: mb(v.bytes) })).sort((a, b) => b.mb - a.mb),
    };
    fs.writeFileSync(out, JSON.stringify(report, null, 1) + '\n');
  });
}
