/**
 * What a store's schema version guards beyond the move itself (schema-version.ts): a store written
 * by a newer version is opened for reading only and left untouched; a store being moved by another
 * process is waited for, not given up on after the ordinary write wait; a store opened for reading
 * only says why in the 503 its writes get.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SCHEMA_VERSION } from '../../server/store/schema-version';
import { SqliteStore } from '../../server/store/sqlite-store';

const tmpFile = (name: string): string => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-schema-guard-')), name);

const versionOf = (file: string): unknown => {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true });
  } finally {
    db.close();
  }
};

test('a store from a newer version opens for reading only, says which versions, and is not written to', () => {
  const file = tmpFile('newer.sqlite');
  new SqliteStore(file).close();
  const db = new Database(file);
  db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  // A table this code does not know, as a newer version might have made: opening must not touch it.
  db.exec('CREATE TABLE later_things (x TEXT)');
  db.close();
  const bytes = fs.readFileSync(file);
  const store = new SqliteStore(file);
  try {
    expect(store.readOnly).toBe(true);
    expect(store.readOnlyBecause).toMatch(new RegExp(`schema version ${SCHEMA_VERSION + 1}.*newer.*reads up to ${SCHEMA_VERSION}`));
    // The cause reaches a writer's 503 (never the path).
    let refused: unknown;
    try {
      store.saveSignatures([]);
    } catch (e) {
      refused = e;
    }
    expect(refused).toMatchObject({ status: 503, message: expect.stringMatching(/read-only.*newer/) });
    expect((refused as Error).message).not.toContain(path.dirname(file));
  } finally {
    store.close();
  }
  expect(versionOf(file)).toBe(SCHEMA_VERSION + 1);
  expect(fs.readFileSync(file).equals(bytes)).toBe(true);
});

/** An old store (before version 1): its coded events' stats one JSON text. */
function oldStore(file: string): void {
  const db = new Database(file);
  db.exec(`CREATE TABLE actors (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, affiliation TEXT, role TEXT, aliases TEXT NOT NULL, provisional INTEGER NOT NULL DEFAULT 0);
CREATE TABLE event_relations (source TEXT NOT NULL REFERENCES actors(id), target TEXT NOT NULL REFERENCES actors(id), type TEXT NOT NULL, origin TEXT NOT NULL, stats TEXT NOT NULL, PRIMARY KEY (source, target, type, origin));
INSERT INTO actors (id, name, kind, aliases) VALUES ('a', 'A', 'state', '[]'), ('b', 'B', 'state', '[]');`);
  db.prepare("INSERT INTO event_relations VALUES ('a', 'b', 'opposes', 'gdelt', ?)").run(
    JSON.stringify({ events: 2, mentions: 3, sources: 1, goldstein: -1, tone: 0.5, firstSeen: '2026-01-01', lastSeen: '2026-01-02', urls: [] }),
  );
  db.pragma('journal_mode = WAL');
  db.close();
}

test('a store whose move another process holds the lock for longer than a write waits is waited for, and opens for writing', async () => {
  const file = tmpFile('old.sqlite');
  oldStore(file);
  // Another process takes the write lock (as its own move would) and keeps it 6.5 s, beyond the
  // 5 s an ordinary write waits (LOCK_WAIT_MS).
  const holder = spawn(process.execPath, ['-e', `
    const D = require('better-sqlite3');
    const db = new D(${JSON.stringify(file)});
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, 6500);
  `], { cwd: path.join(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (d: Buffer) => d.toString().includes('locked') && resolve());
      holder.on('exit', () => reject(new Error('the lock holder ended early')));
    });
    // Opening blocks this thread while it waits, as the server's start does.
    const store = new SqliteStore(file);
    try {
      expect(store.readOnlyBecause).toBeUndefined();
      expect(store.readOnly).toBe(false);
      expect(store.dump().eventRelations?.map((e) => e.events)).toEqual([2]);
    } finally {
      store.close();
    }
    expect(versionOf(file)).toBe(SCHEMA_VERSION);
  } finally {
    holder.kill();
  }
}, 30_000);
