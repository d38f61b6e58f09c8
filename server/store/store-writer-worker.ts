/**
 * Worker-thread entry of the store writer (store-writer.ts): its own connection to the store file,
 * committing one ingest, or keeping one layout, per message in the order they come.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { commitIngest } from './commit-ingest';
import { SqliteStore } from './sqlite-store';
import { keyedRecord } from '../domain/reserved-keys';
import type { Positions } from '../graph/layout';
import type { PositionColumns, WriterRequest, WriterResponse } from './store-writer';
import { collectingAfter } from '../workers/collect-after-task';

/** Ids come from articles and files: data, so kept in a record without a prototype. */
function positionsOf({ ids, xs, ys }: PositionColumns): Positions {
  const positions: Positions = keyedRecord();
  ids.forEach((id, i) => (positions[id] = { x: xs[i], y: ys[i] }));
  return positions;
}

const port = parentPort;
if (!port) throw new Error('store-writer-worker: runs only as a worker thread');
const store = new SqliteStore((workerData as { file: string }).file);

const handle = (m: WriterRequest): void => {
  if (m.close) {
    store.close();
    port.close();
    return;
  }
  let answer: WriterResponse;
  try {
    if (m.positions) {
      store.savePositions(positionsOf(m.positions));
      answer = { id: m.id, ok: true };
    } else answer = { id: m.id, ok: true, outcome: commitIngest(store, m.change, m.basis) };
  } catch (e) {
    const { message, code, status } = e as { message?: unknown; code?: unknown; status?: unknown };
    answer = {
      id: m.id,
      ok: false,
      error: { message: String(message ?? e), ...(typeof code === 'string' && typeof status === 'number' ? { code, status } : {}) },
    };
  }
  port.postMessage(answer);
};

// Each write's garbage (the change's rows, its outcome) is collected once the thread is idle a moment.
port.on('message', collectingAfter(handle));
