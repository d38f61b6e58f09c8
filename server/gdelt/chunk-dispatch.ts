/**
 * Hands an import's chunks to parsers. The first chunk is held until a second one shows that the
 * import is worth threads: then both go to the parsing threads (chunk-threads.ts), and so does every
 * later chunk, round the threads, each with its own numbering of actors; if the first chunk's result
 * is wanted before that (an import of one chunk: a 15-minute export, a test file), it is parsed on
 * this thread and no thread starts. With no threads asked for, every chunk is parsed here. Where a
 * chunk is parsed changes nothing in the result (merge-chunks.ts); keeping the first chunk off this
 * thread leaves it free to read and merge, which is what bounds an import on two cores.
 */
import type { ActorTable, ThreadActors } from './actors';
import { ChunkParser } from './chunk-parse';
import type { ChunkFilter, ChunkResult } from './chunk-parse';
import { ChunkThreads } from './chunk-threads';

/** A chunk handed to a parser. */
export interface ParseJob {
  /** Its result to come; a chunk still held is parsed on this thread now. */
  result(): Promise<ChunkResult>;
  /** The numbering of actors of the parser that took it: settled once result() is called. */
  readonly actors: ThreadActors;
}

/** A chunk whose parser is chosen. */
class TakenJob implements ParseJob {
  constructor(
    private readonly promise: Promise<ChunkResult>,
    readonly actors: ThreadActors,
  ) {
    // Awaited in order later; until then a failure must not count as unhandled.
    promise.catch(() => undefined);
  }

  result(): Promise<ChunkResult> {
    return this.promise;
  }
}

/** The import's first chunk, until a second one comes or its result is wanted. */
class HeldJob implements ParseJob {
  private taken: TakenJob | undefined;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly fileStart: boolean,
    private readonly here: ChunkParser,
    private readonly hereActors: ThreadActors,
  ) {}

  get held(): boolean {
    return this.taken === undefined;
  }

  get actors(): ThreadActors {
    return this.taken?.actors ?? this.hereActors;
  }

  /** Hands the chunk to thread `i` (its bytes move there). */
  send(threads: ChunkThreads, i: number, actors: ThreadActors): void {
    this.taken = new TakenJob(threads.parse(i, this.bytes, this.fileStart), actors);
  }

  result(): Promise<ChunkResult> {
    this.taken ??= new TakenJob(
      new Promise((resolve) => resolve(this.here.parse(this.bytes, this.fileStart))),
      this.hereActors,
    );
    return this.taken.result();
  }
}

export class ChunkDispatch {
  private readonly here: ChunkParser;
  private readonly hereActors: ThreadActors;
  private threads: ChunkThreads | undefined;
  private threadActors: ThreadActors[] = [];
  private first: HeldJob | undefined;
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
    if (this.threadCount === 0) return new TakenJob(new Promise((resolve) => resolve(this.here.parse(bytes, fileStart))), this.hereActors);
    if (!this.first) return (this.first = new HeldJob(bytes, fileStart, this.here, this.hereActors));
    if (!this.threads) {
      this.threads = new ChunkThreads(this.threadCount, this.filter);
      this.threadActors = Array.from({ length: this.threadCount }, () => this.table.thread());
      if (this.first.held) {
        const i = this.nextThread();
        this.first.send(this.threads, i, this.threadActors[i]);
      }
    }
    const i = this.nextThread();
    return new TakenJob(this.threads.parse(i, bytes, fileStart), this.threadActors[i]);
  }

  /** The thread for the next chunk: round the threads, as each answers in the order it is given chunks. */
  private nextThread(): number {
    return this.handed++ % this.threadCount;
  }

  async close(): Promise<void> {
    await this.threads?.close();
  }
}
