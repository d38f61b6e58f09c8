/** Worker-thread entry: runs extraction for the main thread, one message per article. */
import { parentPort } from 'node:worker_threads';
import { extractRelations } from './index';
import type { WorkerRequest, WorkerResponse } from './run-extraction';

parentPort?.on('message', (m: WorkerRequest) => {
  let reply: WorkerResponse;
  try {
    reply = { id: m.id, ok: true, result: extractRelations(m.text, m.gazetteer, m.options) };
  } catch (e) {
    reply = { id: m.id, ok: false, error: (e as Error).message };
  }
  parentPort?.postMessage(reply);
});
