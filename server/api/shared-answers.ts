/**
 * Concurrent requests for the same big answer share one serialised copy: it is made once, as
 * Buffers, and every client is written those same Buffers. Two hundred clients of a 6 MB graph
 * then cost one serialisation and one copy, not two hundred; the copy is dropped when the last
 * of them is done.
 */
import type { Response } from 'express';
import { jsonChunks, writeJson } from './send-json';

interface Entry {
  chunks: Buffer[];
  users: number;
}

export class SharedAnswers {
  private readonly live = new Map<string, Entry>();

  /** Sends the answer named `key` (it must say everything the answer depends on), building it with `build` if no one else is being sent it. */
  send(res: Response, key: string, build: () => unknown): Promise<void> {
    let entry = this.live.get(key);
    if (!entry) {
      entry = { chunks: [...jsonChunks(build())].map((c) => Buffer.from(c, 'utf8')), users: 0 };
      this.live.set(key, entry);
    }
    const mine = entry;
    mine.users++;
    // 'close' comes once a response has ended, whether it was read to the end or cut off.
    res.once('close', () => {
      if (--mine.users === 0 && this.live.get(key) === mine) this.live.delete(key);
    });
    return writeJson(res, mine.chunks);
  }
}
