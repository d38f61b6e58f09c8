import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { lowerThisWorker, workerNice } from '../../server/workers/thread-nice';

const MODULE = path.join(__dirname, '..', '..', 'server', 'workers', 'thread-nice.ts');

/** In a new worker thread: lowerThisWorker(increment)'s answer and the nice value the kernel then gives that thread. */
function inWorker(increment: number): Promise<{ answered: number | null; kernel: number | null }> {
  const source = `
    require('ts-node').register({ transpileOnly: true });
    const fs = require('node:fs');
    const answered = require(${JSON.stringify(MODULE)}).lowerThisWorker(${increment});
    // The nice value is the 19th field of the thread's stat (after the name in parentheses).
    let kernel = null;
    try {
      const stat = fs.readFileSync('/proc/thread-self/stat', 'latin1');
      kernel = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    } catch {}
    require('node:worker_threads').parentPort.postMessage({ answered: answered ?? null, kernel });`;
  const w = new Worker(source, { eval: true });
  return new Promise((resolve, reject) => {
    w.once('message', (m: { answered: number | null; kernel: number | null }) => void w.terminate().then(() => resolve(m)));
    w.once('error', reject);
  });
}

const linux = process.platform === 'linux' && fs.existsSync('/proc/thread-self');

(linux ? test : test.skip)('a worker lowers its own priority, not the request thread\'s', async () => {
  const before = os.getPriority();
  const expected = Math.min(19, before + 5);
  expect(await inWorker(5)).toEqual({ answered: expected, kernel: expected });
  // The process (its main thread, which answers requests) keeps its priority.
  expect(os.getPriority()).toBe(before);
  // 0 leaves the worker as it is.
  expect(await inWorker(0)).toEqual({ answered: null, kernel: before });
});

test('the request thread is never lowered', () => {
  const before = os.getPriority();
  expect(lowerThisWorker(5)).toBeUndefined();
  expect(os.getPriority()).toBe(before);
});

test('ACTOR_GRAPH_WORKER_NICE is checked', () => {
  expect(workerNice({})).toBe(10);
  expect(workerNice({ ACTOR_GRAPH_WORKER_NICE: '3' })).toBe(3);
  expect(() => workerNice({ ACTOR_GRAPH_WORKER_NICE: '20' })).toThrow(/ACTOR_GRAPH_WORKER_NICE/);
  expect(() => workerNice({ ACTOR_GRAPH_WORKER_NICE: 'low' })).toThrow(/ACTOR_GRAPH_WORKER_NICE/);
});
