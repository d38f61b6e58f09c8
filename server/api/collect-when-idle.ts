/**
 * A full collection of the request thread once the server has had no request for a while.
 *
 * Why: V8 gives a quiet heap back only when its memory reducer runs, and that starts on signs of
 * garbage. With the requests' own objects no longer promoted (api/app-server.ts), a server left
 * quiet after a run of ingests at 50,000 actors ran no collection in 30 s and stayed at
 * 347–435 MB where it had been at 290–310 (the base's reducer ran three): the heap and array
 * buffers of the last ingests waited for a collection nobody asked for. The worker threads collect
 * after their tasks for the same reason (workers/collect-after-task.ts).
 *
 * Requests are counted, not listened to one by one: a listener per response is itself part of
 * what a request leaves to the old space.
 */
import type { Server } from 'node:http';
import vm from 'node:vm';
import { exposeGcToNewThreads } from '../workers/collect-after-task';

/** No request for this long and the thread collects (once, until requests come again). */
const IDLE_MS = 5000;
/** How often the count is looked at. */
const LOOK_EVERY_MS = 1000;

/** The request thread's `gc`: its own context was made before `--expose-gc` was set, a new one made now has it. */
export function requestThreadGc(): () => void {
  // The same flag the worker threads get theirs by, set once for both.
  exposeGcToNewThreads();
  return vm.runInNewContext('gc') as () => void;
}

/** Collects the thread's heap once `server` has had no request for `idleMs`; returns a function that stops it. */
export function collectWhenIdle(server: Server, idleMs = IDLE_MS, gc: () => void = requestThreadGc()): () => void {
  let requests = 0;
  let seen = 0;
  let quietSince = performance.now();
  let collected = true; // nothing to give back before the first request
  const count = (): void => void requests++;
  server.on('request', count);
  const look = setInterval(() => {
    const now = performance.now();
    if (requests !== seen) {
      [seen, quietSince, collected] = [requests, now, false];
      return;
    }
    if (!collected && now - quietSince >= idleMs) {
      collected = true;
      gc();
    }
  }, Math.min(LOOK_EVERY_MS, idleMs));
  look.unref();
  return () => {
    clearInterval(look);
    server.off('request', count);
  };
}
