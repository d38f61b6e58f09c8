/** Opens the store, seeding it from the curated data on first use; also the reset operation. */
import { loadDataset, parseDatasetJson } from '../data/load-dataset';
import { datasetToDump } from '../data/to-dump';
import type { Dataset } from '../domain/types';
import { SqliteStore } from './sqlite-store';
import type { DatasetStore } from './types';

export interface OpenedStore {
  store: DatasetStore;
  dataset: Dataset;
  /** True when this call seeded an empty store. */
  seeded: boolean;
}

/** Replaces the store's content with the curated data (validated first, so a bad seed writes nothing). */
export function reseed(store: DatasetStore, dataPath: string): Dataset {
  const dataset = loadDataset(dataPath);
  store.replace(datasetToDump(dataset));
  return dataset;
}

export function openStore(dbPath: string, dataPath: string): OpenedStore {
  const store = new SqliteStore(dbPath);
  try {
    if (store.isEmpty()) return { store, dataset: reseed(store, dataPath), seeded: true };
    return { store, dataset: parseDatasetJson(store.dump(), 'store'), seeded: false };
  } catch (e) {
    store.close();
    throw e;
  }
}
