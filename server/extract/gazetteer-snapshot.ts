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
    if (gazetteer !== this.source || gazetteer.length < this.seen.length) return undefined;
    for (let i = 0; i < this.seen.length; i++) if (gazetteer[i] !== this.seen[i]) return undefined;
    return gazetteer.slice(this.seen.length);
  }

  /** Records `gazetteer` as it is now. */
  record(gazetteer: Gazetteer): void {
    this.source = gazetteer;
    this.seen = [...gazetteer];
  }

  /** Forgets what was seen: the next gazetteer counts as a new list. */
  clear(): void {
    this.source = undefined;
    this.seen = [];
  }
}
