/**
 * Worker-thread entry of the store writer (store-writer.ts): its own connection to the store file,
 * committing one ingest per message in the order they come.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { commitIngest } from './commit-ingest';
import { SqliteStore } from './sqlite-store';
import type { WriterRequest, WriterResponse } from './store-writer';

const port = parentPort;
if (!port) throw new Error('store-writer-worker: runs only as a worker thread');
const store = new SqliteStore((workerData as { file: string }).file);

port.on('message', (m: WriterRequest) => {
  if (m.close) {
    store.close();
    port.close();
    return;
  }
  let answer: WriterResponse;
  try {
    answer = { id: m.id, ok: true, outcome: commitIngest(store, m.change, m.basis) };
  } catch (e) {
    const { message, code, status } = e as { message?: unknown; code?: unknown; status?: unknown };
    answer = {
      id: m.id,
      ok: false,
      error: { message: String(message ?? e), ...(typeof code === 'string' && typeof status === 'number' ? { code, status } : {}) },
    };
  }
  port.postMessage(answer);
});
