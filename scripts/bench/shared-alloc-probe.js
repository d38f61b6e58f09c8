/*
 * Which code of the request thread makes shared arrays, and how many bytes: preloaded into the server under a bench,
 *
 *   SHAREDPROBE_OUT=/tmp/s.jsonl BENCH_SERVER_NODE_ARGS="-r ./scripts/bench/shared-alloc-probe.js" \
 *     npm run bench -- --only-living-ingest --living-ingest 50000,500000
 *
 * On the main thread it puts a subclass in the place of the global SharedArrayBuffer that notes each
 * buffer's size, time and the first server frames of the stack that made it, and writes them, one
 * JSON line each, at SIGTERM (the bench's end). Measurement only: nothing in the server loads it.
 */
const { isMainThread } = require('node:worker_threads');
const fs = require('node:fs');

if (isMainThread) {
  const out = process.env.SHAREDPROBE_OUT || `shared-alloc-${process.pid}.jsonl`;
  const started = Date.now();
  const made = [];
  const Original = globalThis.SharedArrayBuffer;
  const site = () => {
    const frames = (new Error().stack ?? '').split('\n').slice(3).filter((l) => l.includes('/server/'));
    return frames.slice(0, 3).map((l) => l.trim().replace(/^at /, '').replace(/\(.*\/(server\/[^)]*)\)/, '($1)')).join(' < ');
  };
  globalThis.SharedArrayBuffer = class extends Original {
    constructor(length, options) {
      super(length, options);
      made.push({ at: Date.now() - started, bytes: length, site: site() });
    }
  };
  process.prependListener('SIGTERM', () => {
    fs.writeFileSync(out, made.map((m) => JSON.stringify(m)).join('\n') + '\n');
  });
}
