/**
 * An actor's kind as a store row holds it (server/store/row-records.ts kindOf): each known kind is
 * read as itself, and a word the code does not know is not turned into one it does, so loading the
 * store refuses it, naming the field.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ACTOR_KINDS } from '../../server/domain/types';
import { openStore } from '../../server/store/open-store';
import { actorOfRow, type ActorRow } from '../../server/store/row-records';
import { tinyData, writeDataDir } from '../helpers/tiny-dataset';

const row = (kind: string): ActorRow => ({ id: 'alpha', name: 'Alpha', kind: kind as ActorRow['kind'], affiliation: null, role: null, aliases: '[]', provisional: 0 });

/** A seeded store whose actor "beta" (a state with no affiliation) has `kind` written straight into its row. */
function storeWithKind(kind: string): { file: string; dir: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-kind-')), 'store.sqlite');
  const dir = writeDataDir(tinyData());
  openStore(file, dir).store.close();
  const db = new Database(file);
  db.prepare('UPDATE actors SET kind = ? WHERE id = ?').run(kind, 'beta');
  db.close();
  return { file, dir };
}

test('each known kind is read as itself, from a string the row made', () => {
  // Built at run time, as a row's string is: not the literal the code holds.
  for (const kind of ACTOR_KINDS) expect(actorOfRow(row([...kind].join(''))).kind).toBe(kind);
});

test('a kind the code does not know is kept as stored, not read as a known one', () => {
  for (const kind of ['planet', 'State', 'stat', 'states', '']) expect(actorOfRow(row(kind)).kind).toBe(kind);
});

test('a store row of each known kind loads with that kind', () => {
  for (const kind of ACTOR_KINDS) {
    const { file, dir } = storeWithKind(kind);
    const { store, dataset } = openStore(file, dir);
    expect(dataset.actors.find((a) => a.id === 'beta')?.kind).toBe(kind);
    store.close();
  }
});

test('a store row with an unknown kind is refused on load, naming the field', () => {
  for (const kind of ['planet', 'State']) {
    const { file, dir } = storeWithKind(kind);
    expect(() => openStore(file, dir)).toThrow(/"beta".*field "kind"/);
  }
});
