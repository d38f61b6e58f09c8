/**
 * Writes from one set of controls go one after another: each reads the version to send when its
 * turn comes, after the answer to the one before (which moved the version on) is in.
 */
export class InTurn {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.last.then(task);
    this.last = next.catch(() => undefined);
    return next;
  }
}
