/**
 * Worker-thread entry: runs extraction for the main thread, one message per article. The
 * gazetteer arrives whole once and then as the actors appended since; it is kept as one list
 * that only grows, so extraction reuses its matcher while nothing changed.
 */
import { parentPort } from 'node:worker_threads';
import type { Actor } from '../domain/types';
import { extractRelations } from './index';
import type { GazetteerDelta, WorkerRequest, WorkerResponse } from './run-extraction';

let gazetteer: Actor[] = [];

function update(delta: GazetteerDelta): void {
  if ('replace' in delta) {
    gazetteer = [...delta.replace];
    return;
  }
  // Messages arrive in order from one sender, so this holds unless the protocol is broken.
  if (delta.from !== gazetteer.length) throw new Error(`gazetteer: the worker holds ${gazetteer.length} actors, the update starts at ${delta.from}`);
  for (const a of delta.append) gazetteer.push(a);
}

parentPort?.on('message', (m: WorkerRequest) => {
  let reply: WorkerResponse;
  try {
    update(m.gazetteer);
    reply = { id: m.id, ok: true, result: extractRelations(m.text, gazetteer, m.options) };
  } catch (e) {
    reply = { id: m.id, ok: false, error: (e as Error).message };
  }
  parentPort?.postMessage(reply);
});
