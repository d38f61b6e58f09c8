/**
 * A thread that parses GDELT chunks for one import (chunk-threads.ts starts it): workerData is the
 * import's ChunkFilter; each message is a chunk's bytes (moved in), answered in order with its
 * ChunkResult (its columns, and the chunk's bytes its URLs lie in, moved out). Its ChunkParser lives as long as the thread, so actors are
 * numbered across all the chunks it parses.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ChunkParser } from './chunk-parse';
import type { ChunkFilter } from './chunk-parse';
import type { ChunkReply, ChunkRequest } from './chunk-threads';

const port = parentPort!;
const parser = new ChunkParser(workerData as ChunkFilter);

port.on('message', ({ bytes, fileStart }: ChunkRequest) => {
  let reply: ChunkReply;
  try {
    reply = { result: parser.parse(bytes, fileStart) };
  } catch (e) {
    reply = { error: (e as Error).stack ?? String(e) };
  }
  const k = reply.result?.kept;
  port.postMessage(reply, k ? [k.types.buffer, k.actors.buffer, k.days.buffer, k.figures.buffer].map((b) => b as ArrayBuffer) : []);
});
