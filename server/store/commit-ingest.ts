/**
 * An ingest's commit, planned on the model at change-log position `basis`: written in one
 * transaction holding the write lock only if nothing was logged since (else nothing is written and
 * the planner catches up and plans again). The server runs it in the store-writer thread
 * (store-writer.ts), so its commit and fsync happen off the request thread; the CLI runs it on its
 * own connection.
 */
import type { AppliedRelation, ChangeSet } from '../domain/change';
import type { DatasetStore } from './types';

/** Committed, with what the store made of the relations and the change log's position of the commit; or `stale`. */
export type CommitOutcome = { applied: AppliedRelation[]; seq: number } | { stale: true };

export type CommitIngest = (change: ChangeSet, basis: number) => Promise<CommitOutcome>;

export function commitIngest(store: DatasetStore, change: ChangeSet, basis: number): CommitOutcome {
  const applied = store.writeTransaction(() => (store.logEnd() === basis ? store.apply(change) : undefined));
  // The connection's log position is its own entry once the transaction has committed.
  return applied ? { applied, seq: store.loggedAt() } : { stale: true };
}

/** Commits on `store`'s own connection, on this thread. */
export const commitInProcess =
  (store: DatasetStore): CommitIngest =>
  async (change, basis) =>
    commitIngest(store, change, basis);
