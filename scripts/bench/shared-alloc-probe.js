/*
 * Which code of the server makes shared arrays, in which thread, and how many bytes: preloaded into the server under a bench,
 *
 *   SHAREDPROBE_OUT=/tmp/s.jsonl BENCH_SERVER_NODE_ARGS="-r ./scripts/bench/shared-alloc-probe.js" \
 *     npm run bench -- --only-living-ingest --living-ingest 50000,500000
 *
 * In every thread (workers inherit the preload) it puts a subclass in the place of the global
 * SharedArrayBuffer that notes each buffer's thread, size, time and the first server frames of the
 * stack that made it, one JSON line each: a worker's as it comes, the main thread's at SIGTERM (the
 * bench's end). Measurement only: nothing in the server loads it.
 */
const { isMainThread, threadId } = require('node:worker_threads');
const fs = require('node:fs');

const out = process.env.SHAREDPROBE_OUT || `shared-alloc-${process.pid}.jsonl`;
const started = Number(process.env.SHAREDPROBE_STARTED) || Date.now();
process.env.SHAREDPROBE_STARTED = String(started);
const made = [];
const Original = globalThis.SharedArrayBuffer;
const site = () => {
  const frames = (new Error().stack ?? '').split('\n').slice(3).filter((l) => l.includes('/server/'));
  return frames.slice(0, 3).map((l) => l.trim().replace(/^at /, '').replace(/\(.*\/(server\/[^)]*)\)/, '($1)')).join(' < ');
};
globalThis.SharedArrayBuffer = class extends Original {
  constructor(length, options) {
    super(length, options);
    const line = { thread: threadId, at: Date.now() - started, bytes: length, site: site() };
    // A worker thread gets no SIGTERM: it appends each as it comes (they are few).
    if (isMainThread) made.push(line);
    else fs.appendFileSync(out, JSON.stringify(line) + '\n');
  }
};
if (isMainThread) process.prependListener('SIGTERM', () => fs.appendFileSync(out, made.map((m) => JSON.stringify(m)).join('\n') + '\n'));
