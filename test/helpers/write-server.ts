/** A full server (store + extraction + write routes) on a free port, for ingest tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../server/app';
import { Curator } from '../../server/curation/curator';
import { DEFAULT_DATA_DIR } from '../../server/data/paths';
import { extractInProcess } from '../../server/extract/run-extraction';
import { Ingestor } from '../../server/ingest/ingestor';
import { Explorer } from '../../server/query/explorer';
import { openStore } from '../../server/store/open-store';
import { StoreWriter } from '../../server/store/store-writer';
import type { DatasetStore } from '../../server/store/types';
import type { FetchLimits } from '../../server/ingest/web/safe-fetch';
import { listen } from './http-server';
import type { Running } from './http-server';

export interface WriteServer extends Running {
  store: DatasetStore;
  explorer: Explorer;
  ingestor: Ingestor;
  dbFile: string;
}

export function tempDbFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-db-')), 'store.sqlite');
}

/** `writer`: ingests commit in a store-writer thread, as the server (server/index.ts) has them; else on this thread. */
export async function startWriteServer(opts: { token?: string; dbFile?: string; dataDir?: string; fetchLimits?: FetchLimits; writer?: boolean } = {}): Promise<WriteServer> {
  const dbFile = opts.dbFile ?? tempDbFile();
  const { store, dataset } = openStore(dbFile, opts.dataDir ?? DEFAULT_DATA_DIR);
  const explorer = new Explorer(dataset);
  const writer = opts.writer ? new StoreWriter(dbFile) : undefined;
  const ingestor = new Ingestor(store, explorer, extractInProcess, { commit: writer?.commit });
  const curator = new Curator(store, explorer, () => ingestor.announceCuration(), () => ingestor.catchUpWithStore());
  const running = await listen(createApp({ explorer, ingestor, curator, token: opts.token, logError: () => undefined, fetchLimits: opts.fetchLimits }));
  return {
    ...running,
    store,
    explorer,
    ingestor,
    dbFile,
    close: async () => {
      await running.close();
      await writer?.close();
      store.close();
    },
  };
}
