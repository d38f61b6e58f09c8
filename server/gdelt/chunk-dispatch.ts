/**
 * Hands an import's chunks to parsers. The first chunk is parsed on this thread, so an import
 * that fits one chunk (a 15-minute export, a test file) starts no thread; from the second on,
 * chunks go round the parsing threads (chunk-threads.ts), each with its own numbering of actors.
 * With no threads asked for, every chunk is parsed here. Where a chunk is parsed changes nothing
 * in the result (merge-chunks.ts).
 */
import type { ActorTable, ThreadActors } from './actors';
import { ChunkParser } from './chunk-parse';
import type { ChunkFilter, ChunkResult } from './chunk-parse';
import { ChunkThreads } from './chunk-threads';

/** A chunk handed to a parser: its result to come, and the numbering of actors it uses. */
export interface ParseJob {
  result: Promise<ChunkResult>;
  actors: ThreadActors;
}

export class ChunkDispatch {
  private readonly here: ChunkParser;
  private readonly hereActors: ThreadActors;
  private threads: ChunkThreads | undefined;
  private threadActors: ThreadActors[] = [];
  private handed = 0;

  constructor(
    private readonly filter: ChunkFilter,
    private readonly threadCount: number,
    private readonly table: ActorTable,
  ) {
    this.here = new ChunkParser(filter);
    this.hereActors = table.thread();
  }

  /** Chunks to hand out ahead of the one merged: enough to keep every thread busy meanwhile. */
  get inFlight(): number {
    return this.threadCount > 0 ? 2 * this.threadCount : 1;
  }

  parse(bytes: Uint8Array, fileStart: boolean): ParseJob {
    const n = this.handed++;
    if (n === 0 || this.threadCount === 0) return { result: Promise.resolve(this.here.parse(bytes, fileStart)), actors: this.hereActors };
    if (!this.threads) {
      this.threads = new ChunkThreads(this.threadCount, this.filter);
      this.threadActors = Array.from({ length: this.threadCount }, () => this.table.thread());
    }
    const i = (n - 1) % this.threadCount;
    return { result: this.threads.parse(i, bytes, fileStart), actors: this.threadActors[i] };
  }

  async close(): Promise<void> {
    await this.threads?.close();
  }
}
