/**
 * What a gazetteer was when last seen, so a change costs what it changes: the store's actor list
 * is one array that ingests only append to, and its actors are values (an edit replaces the
 * object or the whole list), so comparing element identities — no hashing of names — tells
 * "unchanged" and "actors appended" apart from everything else.
 */
import type { Actor } from '../domain/types';
import type { Gazetteer } from './types';

export class GazetteerSnapshot {
  private source?: Gazetteer;
  private seen: Actor[] = [];

  /**
   * The actors appended to `gazetteer` since it was last recorded (empty when unchanged), or
   * undefined when it is another list or an actor before the end was replaced or removed.
   */
  appendedSince(gazetteer: Gazetteer): readonly Actor[] | undefined {
    return this.onlyAppended(gazetteer) ? gazetteer.slice(this.seen.length) : undefined;
  }

  /**
   * Records `gazetteer` as it is now: the actors appended to the list last recorded are appended
   * to the copy kept of it. A whole copy at each ingest (50,000 actors: a 400 KB array, made
   * straight in V8's old space) was most of what the extraction's bookkeeping left there.
   */
  record(gazetteer: Gazetteer): void {
    if (this.onlyAppended(gazetteer)) {
      for (let i = this.seen.length; i < gazetteer.length; i++) this.seen.push(gazetteer[i]);
      return;
    }
    this.source = gazetteer;
    this.seen = [...gazetteer];
  }

  /** Whether `gazetteer` is the list last recorded with actors only appended to it since. */
  private onlyAppended(gazetteer: Gazetteer): boolean {
    if (gazetteer !== this.source || gazetteer.length < this.seen.length) return false;
    for (let i = 0; i < this.seen.length; i++) if (gazetteer[i] !== this.seen[i]) return false;
    return true;
  }

  /** Forgets what was seen: the next gazetteer counts as a new list. */
  clear(): void {
    this.source = undefined;
    this.seen = [];
  }
}
