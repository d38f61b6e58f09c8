/** The dataset in the configured store (seeded on first use), for the CLI's read commands. */
import { loadStoreConfig } from '../config';
import type { Dataset } from '../domain/types';
import { openStore } from '../store/open-store';

export function storeDataset(): Dataset {
  const config = loadStoreConfig();
  const { store, dataset } = openStore(config.ACTOR_GRAPH_DB, config.ACTOR_GRAPH_DATA);
  store.close();
  return dataset;
}
