/**
 * Worker-thread entry: runs extraction for the main thread, one message per article. The
 * gazetteer arrives whole once (a big one in parts, ahead of the article) and then as the actors
 * appended since; it is kept as one list that only grows, so extraction reuses its matcher while
 * nothing changed.
 */
import { parentPort } from 'node:worker_threads';
import type { Actor } from '../domain/types';
import { extractRelations } from './index';
import type { GazetteerDelta, GazetteerPart, WorkerRequest, WorkerResponse } from './run-extraction';
import { collectingAfter } from '../workers/collect-after-task';

let gazetteer: Actor[] = [];
/** A gazetteer part that did not fit what the worker held (a broken protocol): jobs fail with it until a list is sent whole again. */
let broken: Error | undefined;

function update(delta: GazetteerDelta): void {
  if ('replace' in delta) {
    gazetteer = [...delta.replace];
    broken = undefined;
    return;
  }
  // Messages arrive in order from one sender, so this holds unless the protocol is broken.
  if (delta.from !== gazetteer.length) throw new Error(`gazetteer: the worker holds ${gazetteer.length} actors, the update starts at ${delta.from}`);
  for (const a of delta.append) gazetteer.push(a);
}

function handle(m: WorkerRequest | GazetteerPart): void {
  // A part of a gazetteer sent whole goes ahead of its job: a fault in it is the job's to report.
  if (!('id' in m)) {
    try {
      update(m.gazetteer);
    } catch (e) {
      broken = e as Error;
    }
    return;
  }
  let reply: WorkerResponse;
  try {
    update(m.gazetteer);
    if (broken) throw broken;
    reply = { id: m.id, ok: true, result: extractRelations(m.text, gazetteer, m.options) };
  } catch (e) {
    reply = { id: m.id, ok: false, error: (e as Error).message };
  }
  parentPort?.postMessage(reply);
}

// Each message's garbage (an article's parse) is collected once the worker is idle a moment.
parentPort?.on('message', collectingAfter(handle));
