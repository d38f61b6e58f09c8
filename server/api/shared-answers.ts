/**
 * Big answers serialised once and shared: concurrent requests for the same answer are all written
 * the same bytes (200 clients of a 6 MB graph cost one serialisation and one copy, not 200), and
 * answers the Explorer itself caches (graphs within a budget) stay serialised for the next page
 * load. Everything kept belongs to one dataset version and is dropped when it changes. An answer
 * is made (and serialised, a slice at a time) while other requests are served; requests for it
 * meanwhile wait for the same bytes.
 */
import type { Response } from 'express';
import { jsonBytes, writeJson } from './send-json';

/** Bytes of answers kept after their last client is done (a default page's graph is about 2 MB). */
const KEPT_BYTES = 32 * 1024 * 1024;

/** An answer as made: its value, and whether it holds for the rest of its data version. */
export interface Made {
  value: unknown;
  lasting: boolean;
}

/** An answer's bytes, in the parts jsonBytes made (written one at a time, so a slow client is never handed more than one at once). */
interface Bytes {
  parts: Buffer[];
  length: number;
}

interface Entry {
  bytes: Bytes;
  users: number;
}

export class SharedAnswers {
  private version?: number;
  /** Answers being sent now, by key. */
  private readonly live = new Map<string, Entry>();
  /** Answers kept for later requests, oldest first. */
  private readonly kept = new Map<string, Entry>();
  private keptBytes = 0;

  /** Answers being made now, by key. */
  private readonly building = new Map<string, Promise<{ bytes: Bytes; lasting: boolean }>>();

  /**
   * Sends the answer named `key` (it must name everything the answer depends on besides the
   * dataset `version`), building it only if it is neither being sent, made nor kept. `keep`: worth
   * keeping after the last client is done. `build` says whether its answer lasts the version
   * (see Operation.lasting): one that does not goes only to the requests that waited for it.
   */
  async send(res: Response, version: number, key: string, keep: boolean, build: () => Made | Promise<Made>): Promise<void> {
    this.at(version);
    const found = this.live.get(key) ?? this.kept.get(key);
    const { bytes, lasting } = found ? { bytes: found.bytes, lasting: true } : await this.built(key, build);
    // A newer version came while it was made: this answer is still right for its version, not shared any more.
    if (version !== this.version || !lasting) return writeJson(res, bytes.parts);
    const mine = this.live.get(key) ?? this.kept.get(key) ?? { bytes, users: 0 };
    this.live.set(key, mine);
    mine.users++;
    // 'close' comes once a response has ended, whether it was read to the end or cut off.
    res.once('close', () => {
      if (--mine.users > 0 || this.live.get(key) !== mine) return;
      this.live.delete(key);
      if (!keep || this.version !== version || mine.bytes.length > KEPT_BYTES) return;
      this.forget(key);
      this.kept.set(key, mine);
      this.keptBytes += mine.bytes.length;
      while (this.keptBytes > KEPT_BYTES) this.forget(this.kept.keys().next().value as string);
    });
    return writeJson(res, mine.bytes.parts);
  }

  /** Drops what belongs to an older version than `version`. */
  private at(version: number): void {
    if (version === this.version) return;
    this.version = version;
    this.kept.clear();
    this.keptBytes = 0;
    this.live.clear(); // clients being sent an old answer hold their own reference to it
    this.building.clear(); // requests waiting for an old answer hold their own promise
  }

  /** The answer's bytes: made once however many requests ask while it is being made. */
  private built(key: string, build: () => Made | Promise<Made>): Promise<{ bytes: Bytes; lasting: boolean }> {
    let pending = this.building.get(key);
    if (!pending) {
      const made = (async (): Promise<{ bytes: Bytes; lasting: boolean }> => {
        const { value, lasting } = await build();
        const parts = await jsonBytes(value);
        return { bytes: { parts, length: parts.reduce((sum, p) => sum + p.length, 0) }, lasting };
      })();
      const done = (): void => {
        if (this.building.get(key) === made) this.building.delete(key);
      };
      made.then(done, done);
      this.building.set(key, made);
      pending = made;
    }
    return pending;
  }

  private forget(key: string): void {
    const entry = this.kept.get(key);
    if (!entry) return;
    this.kept.delete(key);
    this.keptBytes -= entry.bytes.length;
  }
}
