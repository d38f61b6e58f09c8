/** A store written before near-duplicates existed opens, gains the column and tables, and keeps its data. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../server/store/sqlite-store';

test('an older store gets documents.republishes and the signature tables', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-migrate-')), 'old.sqlite');
  const old = new Database(file);
  old.exec(`CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT NOT NULL, outlet TEXT NOT NULL, date TEXT NOT NULL, url TEXT, note TEXT, text TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE);
    INSERT INTO documents VALUES ('d1', 'T', 'O', '2026-01-01', NULL, NULL, 'Some text.', 'x');`);
  old.close();
  const store = new SqliteStore(file);
  try {
    expect(store.dump().documents).toEqual([{ id: 'd1', title: 'T', outlet: 'O', date: '2026-01-01', text: 'Some text.' }]);
    expect(store.documentsWithoutSignature(10)).toEqual([{ id: 'd1', text: 'Some text.' }]);
    store.saveSignatures([{ id: 'd1', signature: undefined }]);
    expect(store.documentsWithoutSignature(10)).toEqual([]);
  } finally {
    store.close();
  }
});
