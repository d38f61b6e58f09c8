/**
 * Long work on the request thread done a few milliseconds at a time, other requests served in
 * between: one declaration of how long a turn lasts and how work gives the event loop a turn.
 */

/** Work done between turns of the event loop (serialising an answer, listing an actor's relations). */
const TURN_MS = 8;

/** Resolves after the event loop has had a turn (I/O and timers served). */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Tells work that checks it often when its turn is over (TURN_MS since it started or last paused). */
export class Turn {
  private started = performance.now();

  over(): boolean {
    return performance.now() - this.started > TURN_MS;
  }

  /** Gives the event loop a turn; the next turn starts after it. */
  async pause(): Promise<void> {
    await nextTurn();
    this.started = performance.now();
  }
}
