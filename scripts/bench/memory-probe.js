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
 * one after a second (only then are the array buffers the first found dead freed and uncounted), and
 * one once the RSS has stopped falling (see `settle`).
 * Then a line of the process's resident memory by mapping (see `mappings`), and with MEMPROBE_MALLOC=1
 * one of glibc's own account of its arenas, read through gdb (see `mallocReport`). Each thread's
 * figures carry its CPU time so far.
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

/** CPU time this thread has used (user + system, ms), from /proc/thread-self/stat; null off Linux. */
function threadCpuMs() {
  try {
    const fields = fs.readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ, 100 on Linux)
  } catch {
    return null;
  }
}

/** This thread's heap: used and held (MB), and per space [used, held]. */
function heapFigures() {
  const m = process.memoryUsage();
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, [mb(s.space_used_size), mb(s.space_size)]]));
  return { threadId, at: Date.now(), role: role(), cpuMs: threadCpuMs(), heapUsed: mb(m.heapUsed), heapTotal: mb(m.heapTotal), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers), spaces };
}

/**
 * The process's resident memory by mapping, from /proc/self/smaps, in kinds told apart by their
 * shape: files (node itself, its libraries); glibc's main arena ([heap]); glibc's thread arenas
 * (heaps of at most 64 MB starting on a 64 MB boundary, their unused tail reserved ---p); thread
 * stacks (a ---p guard page just below a rw-p mapping); and the other anonymous mappings, which are
 * V8's pages (each thread's heap, in 256 KB-aligned pages, and its code) and the blocks malloc
 * maps apart (128 KB and more under MALLOC_MMAP_THRESHOLD_=131072: array buffers' backing stores,
 * sqlite's and V8's larger tables). By shape, not by owner: a block can fall in the wrong kind.
 */
function mappings() {
  const MB64 = 64 * 1048576;
  const maps = [];
  for (const line of fs.readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \d+\s*(.*)$/.exec(line);
    if (head) maps.push({ start: parseInt(head[1], 16), end: parseInt(head[2], 16), perms: head[3], path: head[4], rss: 0 });
    else if (line.startsWith('Rss:') && maps.length) maps[maps.length - 1].rss = Number(/(\d+)/.exec(line)[1]);
  }
  const kinds = new Map();
  const add = (kind, m) => {
    const k = kinds.get(kind) ?? { rssMB: 0, count: 0, sizeMB: 0 };
    k.rssMB += m.rss / 1024;
    k.sizeMB += (m.end - m.start) / 1048576;
    k.count++;
    kinds.set(kind, k);
  };
  maps.forEach((m, i) => {
    const prev = maps[i - 1];
    const next = maps[i + 1];
    const size = m.end - m.start;
    if (m.path.startsWith('/')) add(m.path === process.execPath ? 'file: node' : 'file: libraries and others', m);
    else if (m.path === '[heap]') add('glibc main arena ([heap])', m);
    else if (m.path === '[stack]') add('main thread stack', m);
    else if (m.path) add('other named (' + m.path + ')', m);
    else if (m.perms === '---p') add('reserved, not touched (---p)', m);
    else if (m.start % MB64 === 0 && size <= MB64 && (size === MB64 || (next && next.perms === '---p' && next.start === m.end && next.end - m.start <= MB64))) add('glibc thread arenas', m);
    else if (prev && prev.perms === '---p' && prev.end === m.start && prev.end - prev.start <= 65536) add('thread stacks', m);
    else if (m.start % 262144 === 0) add('anonymous, 256 KB-aligned (V8 pages, mostly)', m);
    else add('anonymous, other (malloc-mapped blocks, V8 large objects)', m);
  });
  const round = (x) => Math.round(x * 10) / 10;
  return Object.fromEntries([...kinds].map(([k, v]) => [k, { rssMB: round(v.rssMB), count: v.count, sizeMB: round(v.sizeMB) }]));
}

/**
 * glibc's own account of its arenas (malloc_info's XML, per arena: bytes taken from the system,
 * bytes free in it, blocks mapped apart), read by attaching gdb to this process for a moment
 * (MEMPROBE_MALLOC=1; gdb must be installed and allowed to attach). Then malloc_trim(0) through the
 * same gdb, and the RSS before and after: how much of the arenas is free pages glibc could give back.
 * Measurement only: the server itself never calls either.
 */
function mallocReport() {
  const { spawnSync } = require('node:child_process');
  const xml = `/tmp/malloc-info-${process.pid}.xml`;
  const rssMB = () => Math.round(Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]) / 102.4) / 10;
  const gdb = (...commands) => spawnSync('gdb', ['-p', String(process.pid), '-batch', '-nx', ...commands.flatMap((c) => ['-ex', c])], { encoding: 'utf8', timeout: 120000 });
  gdb(`call (void*)fopen("${xml}", "w")`, 'call (int)malloc_info(0, $1)', 'call (int)fclose($1)');
  const before = rssMB();
  const trim = gdb('call (int)malloc_trim(0)');
  const after = rssMB();
  let arenas = [];
  try {
    const text = fs.readFileSync(xml, 'utf8');
    arenas = [...text.matchAll(/<heap nr="(\d+)">([\s\S]*?)<\/heap>/g)].map(([, nr, body]) => {
      const total = (type) => Number(new RegExp(`<total type="${type}" count="\\d+" size="(\\d+)"`).exec(body)?.[1] ?? 0);
      const system = Number(/<system type="current" size="(\d+)"/.exec(body)?.[1] ?? 0);
      return { nr: Number(nr), systemMB: Math.round(system / 104857.6) / 10, freeMB: Math.round((total('fast') + total('rest')) / 104857.6) / 10 };
    });
    const tail = text.slice(text.lastIndexOf('</heap>'));
    const mmap = /<total type="mmap" count="(\d+)" size="(\d+)"/.exec(tail);
    fs.rmSync(xml);
    return { arenas, mappedApart: mmap ? { count: Number(mmap[1]), MB: Math.round(Number(mmap[2]) / 104857.6) / 10 } : null, rssBeforeTrimMB: before, rssAfterTrimMB: after, trimOk: trim.status === 0 };
  } catch (e) {
    return { error: String(e), gdb: trim.stderr?.slice(0, 500) };
  }
}

/**
 * Blocks this thread until the worker threads have had their own collection and the process's RSS
 * has stopped falling: at least 5.5 s (a worker collects 150 ms after its last task and at most
 * once every 5 s, workers/collect-after-task.ts), then until no drop of 1 MB over 300 ms, at most
 * 10 s in all. After gc() returns, V8 still frees on background threads (the backing stores of the
 * array buffers found dead, the heap's emptied pages), and a pool thread frees the shared buffers it
 * was handed only at its own collection: a figure read at once counts some of them or none, 28 MB
 * apart between two runs of the same code (403 against 375 MB; the mappings, read a moment later,
 * agreed within 1.3 MB). Blocking (Atomics.wait) lets the other threads run and the server's
 * request thread do nothing meanwhile.
 */
function settle() {
  const rssKB = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]);
  const cell = new Int32Array(new SharedArrayBuffer(4));
  const started = Date.now();
  let last = rssKB();
  let stillSince = started;
  while (Date.now() - started < 10000 && (Date.now() - started < 5500 || Date.now() - stillSince < 300)) {
    Atomics.wait(cell, 0, 0, 50);
    const now = rssKB();
    if (last - now > 1024) stillSince = Date.now();
    last = Math.min(last, now);
  }
  return (Date.now() - started) / 1000;
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
      write(`end, settled (${settle()} s later)`);
    }
    fs.appendFileSync(out, JSON.stringify({ why: 'mappings', ...mappings() }) + '\n');
    if (process.env.MEMPROBE_MALLOC) fs.appendFileSync(out, JSON.stringify({ why: 'malloc', ...mallocReport() }) + '\n');
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
