/** The configured store opened for the CLI, and its dataset for the read commands. */
import { loadStoreConfig } from '../config';
import { warnOnStderr } from '../data/repair-reserved-ids';
import type { Dataset } from '../domain/types';
import { openStore, type OpenedStore } from '../store/open-store';

/** The configured store (seeded on first use), its warnings worded for a command-line user. */
export function openCliStore(): OpenedStore {
  const config = loadStoreConfig();
  return openStore(config.ACTOR_GRAPH_DB, config.ACTOR_GRAPH_DATA, warnOnStderr, 'cli');
}

/** The dataset in the configured store, for the CLI's read commands. */
export function storeDataset(): Dataset {
  const { store, dataset } = openCliStore();
  store.close();
  return dataset;
}
