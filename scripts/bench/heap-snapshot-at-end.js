/*
 * A heap snapshot of the server's request thread at the bench's end (SIGTERM), as the bench left
 * it, in-flight reads and all: preloaded into the server under a bench,
 *
 *   SNAPSHOT_OUT=/tmp/end.heapsnapshot BENCH_SERVER_NODE_ARGS="-r ./scripts/bench/heap-snapshot-at-end.js" \
 *     npm run bench -- --only-living-ingest
 *
 * then `python3 scripts/bench/heap-snapshot-buffers.py /tmp/end.heapsnapshot` for its array buffers
 * and what holds each. V8 collects before it writes. Measurement only: nothing in the server loads it.
 */
const { isMainThread } = require('node:worker_threads');
const v8 = require('node:v8');

if (isMainThread) process.prependListener('SIGTERM', () => v8.writeHeapSnapshot(process.env.SNAPSHOT_OUT || `end-${process.pid}.heapsnapshot`));
