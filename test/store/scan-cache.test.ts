/**
 * A dump reads with a small page cache (SqliteStore's withScanCache: the server's start kept the
 * pages of its one full read for good) and leaves the connection's cache as it found it, whether
 * the read succeeds or fails, so writes keep the size they run with.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../server/store/sqlite-store';
import { base } from '../helpers/random-ingest';

function storeOf(): { store: SqliteStore; file: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-scan-cache-')), 'store.sqlite');
  const store = new SqliteStore(file);
  store.replace(base());
  return { store, file };
}

// The store's connection, read for its setting only (the store offers no way to set or read it).
const cacheSize = (store: SqliteStore): number => store['db'].pragma('cache_size', { simple: true }) as number;

/** Every cache_size a connection is given while `run` runs, in order. */
function cacheSizesSet(run: () => void): string[] {
  const pragma = jest.spyOn(Database.prototype, 'pragma');
  try {
    run();
    return pragma.mock.calls.map(([source]) => source).filter((s) => /^cache_size\s*=/.test(s));
  } finally {
    pragma.mockRestore();
  }
}

test("a dump runs with a 2 MB page cache and leaves the connection's own size after it, a size set on it too", () => {
  const { store } = storeOf();
  const before = cacheSize(store);
  expect(cacheSizesSet(() => store.dump({ asRows: true }))).toEqual(['cache_size = -2048', `cache_size = ${before}`]);
  expect(cacheSize(store)).toBe(before);
  store['db'].pragma('cache_size = -4000');
  store.dump();
  expect(cacheSize(store)).toBe(-4000);
  store.close();
});

test("a dump that fails leaves the connection's cache as it was", () => {
  const { store, file } = storeOf();
  const before = cacheSize(store);
  const other = new Database(file);
  other.exec('DROP TABLE evidence');
  other.close();
  expect(() => store.dump()).toThrow();
  expect(cacheSize(store)).toBe(before);
  store.close();
});
