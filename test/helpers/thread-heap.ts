/**
 * How much garbage a worker thread holds: its used heap as it is, less its used heap after a full
 * collection that the test forces. The threads are made with a probe preloaded
 * (thread-heap-probe.js) that reports the used heap and collects when asked.
 */
import path from 'node:path';
import workerThreads, { BroadcastChannel, type Worker } from 'node:worker_threads';

const PROBE = path.join(__dirname, 'thread-heap-probe.js');

/** Threads made while the returned spy is on get the probe; `made` lists them. */
export function probeNewThreads(): { made: Worker[]; restore: () => void } {
  const made: Worker[] = [];
  const Original = workerThreads.Worker;
  const spy = jest.spyOn(workerThreads, 'Worker').mockImplementation((file, options = {}) => {
    const w = new Original(file, { ...options, execArgv: [...(options.execArgv ?? process.execArgv), '-r', PROBE] });
    made.push(w);
    return w;
  });
  return { made, restore: () => spy.mockRestore() };
}

/** The used heap (bytes) of the thread `w`, from its probe, as it is ('heap?') or after a full collection ('collect'). */
function usedHeap(w: Worker, ask: 'heap?' | 'collect'): Promise<number> {
  const channel = new BroadcastChannel('thread-heap-probe');
  return new Promise<number>((resolve) => {
    channel.onmessage = (e) => {
      const { threadId, used } = (e as { data: { threadId: number; used: number } }).data;
      if (threadId !== w.threadId) return;
      channel.close();
      resolve(used);
    };
    channel.postMessage(ask);
  });
}

/** The MB of garbage `w`'s heap holds now: what a full collection of it frees. */
export async function garbageMb(w: Worker): Promise<number> {
  const before = await usedHeap(w, 'heap?');
  return (before - (await usedHeap(w, 'collect'))) / 1048576;
}
