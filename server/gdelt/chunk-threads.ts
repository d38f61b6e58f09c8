/**
 * Threads that parse GDELT chunks for one import (chunk-worker.ts, started from its compiled file).
 * Each thread parses the chunks given to it in the order given and answers in that order, so the
 * caller can hand chunks round the threads and take the answers back in file order. Threads live
 * for one import: `close()` ends them.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChunkFilter, ChunkResult } from './chunk-parse';

export interface ChunkRequest {
  bytes: Uint8Array;
  fileStart: boolean;
}

export type ChunkReply = { result: ChunkResult; error?: undefined } | { result?: undefined; error: string };

interface Waiting {
  resolve: (r: ChunkResult) => void;
  reject: (e: Error) => void;
}

/**
 * The compiled worker beside this file (dist/server/gdelt), or, when this module runs from its .ts
 * source, the shim that loads the source through ts-node.
 */
function workerFile(): string {
  return __filename.endsWith('.ts') ? path.join(__dirname, 'ts-chunk-worker.js') : path.join(__dirname, 'chunk-worker.js');
}

class ChunkThread {
  private readonly worker: Worker;
  private readonly waiting: Waiting[] = [];
  private failure: Error | undefined;

  constructor(filter: ChunkFilter) {
    this.worker = new Worker(workerFile(), { workerData: filter });
    this.worker.on('message', (reply: ChunkReply) => {
      // A reply after the thread failed (its jobs already rejected) belongs to nobody.
      const w = this.waiting.shift();
      if (!w) return;
      if (reply.result) w.resolve(reply.result);
      else w.reject(new Error(`GDELT chunk thread: ${reply.error}`));
    });
    const fail = (e: Error): void => {
      this.failure ??= e;
      for (const w of this.waiting.splice(0)) w.reject(e);
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`GDELT chunk thread stopped (exit ${code})`)));
  }

  parse(bytes: Uint8Array, fileStart: boolean): Promise<ChunkResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      const request: ChunkRequest = { bytes, fileStart };
      // The bytes move to the thread: the caller's view of them is emptied.
      this.worker.postMessage(request, [bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

export class ChunkThreads {
  private readonly threads: ChunkThread[];

  constructor(count: number, filter: ChunkFilter) {
    this.threads = Array.from({ length: count }, () => new ChunkThread(filter));
  }

  /** Parses a chunk on thread `i`; its answers come in the order its chunks were given. */
  parse(i: number, bytes: Uint8Array, fileStart: boolean): Promise<ChunkResult> {
    return this.threads[i].parse(bytes, fileStart);
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.close()));
  }
}
