/** Opens the store, seeding it from the curated data on first use; also the reset operation. */
import { loadDataset, parseDatasetJson } from '../data/load-dataset';
import { describeRepair, repairReservedIds, warnOnStderr } from '../data/repair-reserved-ids';
import type { Repair, Warn } from '../data/repair-reserved-ids';
import { datasetToDump } from '../data/to-dump';
import type { Dataset, DatasetDump } from '../domain/types';
import { SqliteStore } from './sqlite-store';
import type { DatasetStore } from './types';

export interface OpenedStore {
  store: DatasetStore;
  dataset: Dataset;
  /** True when this call seeded an empty store. */
  seeded: boolean;
}

/** Replaces the store's content with the curated data (validated first, so a bad seed writes nothing). */
export function reseed(store: DatasetStore, dataPath: string, warn: Warn = warnOnStderr): Dataset {
  const dataset = loadDataset(dataPath, warn);
  store.replace(datasetToDump(dataset));
  return dataset;
}

/**
 * The store's dataset, with reserved ids an older version stored (an actor "constructor") repaired
 * for good in one transaction, committed only if the repaired dataset validates, and reported once
 * to `warn`. A read-only store is repaired in memory.
 */
function storedDataset(store: SqliteStore, warn: Warn): Dataset {
  // The coded events as rows of columns, as the Explorer holds them (see DatasetStore.dump).
  const dump = store.dump({ asRows: true });
  // Looked for in a read first: opening takes the write lock only when there is something to repair.
  const found = repairReservedIds(dump);
  if (!found.renames.length) return parseDatasetJson(dump, 'store');
  if (store.readOnly) {
    warn(describeRepair(`${store.file} (read-only: repaired in memory only)`, found.renames));
    return parseDatasetJson(found.records, 'store');
  }
  let repair: Repair<DatasetDump> = found;
  let repaired: Dataset | undefined;
  const after = store.rewrite((d) => {
    repair = repairReservedIds(d);
    if (!repair.renames.length) return undefined;
    repaired = parseDatasetJson(repair.records, 'store'); // throws, and so rolls back, if still invalid
    return repair.records;
  });
  if (!repaired) return parseDatasetJson(after, 'store');
  warn(describeRepair(store.file, repair.renames));
  return repaired;
}

/** Who opens the store: it decides what a store opened for reading only means to its user. */
export type StoreOpener = 'server' | 'cli';

/**
 * What a store opened for reading only means, in the words of whoever opened it: an HTTP client's
 * writes get a 503; a command-line user gets no status code but needs to know which commands still
 * work and what to do for the others (the reason before it says which applies).
 */
const READ_ONLY_MEANS: Record<StoreOpener, string> = {
  server: 'writes answer 503 until the store can be opened for writing',
  cli: 'commands that only read it work; those that change it (ingest, relation, actor, document, undo, reset, restore, feeds add and feeds poll) stop with an error until the cause in brackets is dealt with: make ACTOR_GRAPH_DB and its folder writable, use the newer version that wrote it, or set ACTOR_GRAPH_DB to another file',
};

/** Opens the store at `dbPath`, seeding it from `dataPath` when empty; repairs are reported to `warn`. */
export function openStore(dbPath: string, dataPath: string, warn: Warn = warnOnStderr, opener: StoreOpener = 'server'): OpenedStore {
  const store = new SqliteStore(dbPath);
  // Said once at the start: a store that cannot be written (a read-only path, or a schema migration
  // that failed and was rolled back) still serves reads, and writes are refused until it is reopened.
  if (store.readOnly) warn(`${dbPath}: opened for reading only (${store.readOnlyBecause ?? 'read-only'}); ${READ_ONLY_MEANS[opener]}`);
  try {
    if (store.isEmpty()) return { store, dataset: reseed(store, dataPath, warn), seeded: true };
    return { store, dataset: storedDataset(store, warn), seeded: false };
  } catch (e) {
    store.close();
    throw e;
  }
}
