/**
 * A store read for a load (`dump({ asRows: true })`): its coded events come as rows of columns,
 * checked there (EventColumns.rowsPass, endsPass) by the schema's rules. The same dataset as the
 * plain records gives, and every fault in a stored event refused with the message the plain
 * records' check gives.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EventRow, eventRecord } from '../../server/data/event-columns';
import { parseDatasetJson } from '../../server/data/load-dataset';
import { SqliteStore } from '../../server/store/sqlite-store';
import { base } from '../helpers/random-ingest';

function storeOf(): { store: SqliteStore; file: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-dump-rows-')), 'store.sqlite');
  const store = new SqliteStore(file);
  store.replace(base());
  return { store, file };
}

/** Runs `sql` on the store's file through a connection of its own, foreign keys off (so an event may name an unknown actor). */
function corrupt(file: string, sql: string): void {
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  db.exec(sql);
  db.close();
}

/** The message a load gives, or '' when it loads. */
function loadError(load: () => unknown): string {
  try {
    load();
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

test('rows read for a load are the records, and load as the records do, kept as they are', () => {
  const { store } = storeOf();
  const records = store.dump();
  const rows = store.dump({ asRows: true });
  for (const e of rows.eventRelations ?? []) expect(e).toBeInstanceOf(EventRow);
  expect((rows.eventRelations ?? []).map(eventRecord)).toEqual(records.eventRelations);
  const loaded = parseDatasetJson(rows, 'store');
  // The rows passed the columns' check: kept as they are, not copied.
  (loaded.eventRelations ?? []).forEach((e, i) => expect(e).toBe(rows.eventRelations?.[i]));
  expect(JSON.stringify(loaded)).toBe(JSON.stringify(parseDatasetJson(records, 'store')));
  store.close();
});

/**
 * SQL that moves a row's stats from the typed columns into the JSON text `stats` (how stats that fit
 * no column are stored), with `fields` (JSON object members, SQL) put after them.
 */
const asJson = (fields: string): string =>
  `stats = json_set(json_object('events', events, 'mentions', mentions, 'sources', sources, 'goldstein', goldstein, 'tone', tone, 'firstSeen', first_seen, 'lastSeen', last_seen, 'urls', json(coalesce(urls, '[]'))), ${fields}),
   events = NULL, mentions = NULL, sources = NULL, goldstein = NULL, tone = NULL, first_seen = NULL, last_seen = NULL, urls = NULL`;

test('stats kept as JSON text read as the same stats in typed columns do', () => {
  const { store, file } = storeOf();
  const typed = JSON.stringify(store.dump());
  corrupt(file, `UPDATE event_relations SET ${asJson(`'$.urls', json(coalesce(urls, '[]'))`)}`);
  expect(new Database(file).prepare('SELECT COUNT(*) AS n FROM event_relations WHERE stats IS NULL').get()).toEqual({ n: 0 });
  expect(JSON.stringify(store.dump())).toBe(typed);
  expect(JSON.stringify(parseDatasetJson(store.dump({ asRows: true }), 'store'))).toBe(JSON.stringify(parseDatasetJson(JSON.parse(typed), 'store')));
  store.close();
});

/** Each fault, written into the stored events as SQL, and part of the message it must give. */
const FAULTS: [string, string, string][] = [
  ['a bad slug as an end', `UPDATE event_relations SET source = 'Bad Slug' WHERE rowid = 2`, 'slug'],
  ['a reserved id as origin', `UPDATE event_relations SET origin = 'constructor' WHERE rowid = 1`, 'reserved'],
  ['an unknown type', `UPDATE event_relations SET type = 'befriends' WHERE rowid = 2`, 'type'],
  ['an unknown actor', `UPDATE event_relations SET target = 'nobody' WHERE rowid = 2`, 'unknown actor id "nobody"'],
  ['an actor related to itself', `UPDATE event_relations SET target = source WHERE rowid = 1`, 'cannot relate to itself'],
  ['no events', `UPDATE event_relations SET events = 0 WHERE rowid = 2`, 'events'],
  ['a count missing', `UPDATE event_relations SET events = NULL WHERE rowid = 2`, 'events'],
  ['a fractional count', `UPDATE event_relations SET mentions = 2.5 WHERE rowid = 1`, 'mentions'],
  ['a negative count of sources', `UPDATE event_relations SET sources = -1 WHERE rowid = 2`, 'sources'],
  ['a Goldstein mean out of range', `UPDATE event_relations SET goldstein = 10.5 WHERE rowid = 2`, 'goldstein'],
  ['a tone out of range', `UPDATE event_relations SET tone = -101 WHERE rowid = 1`, 'tone'],
  ['a date that does not exist', `UPDATE event_relations SET first_seen = '2026-02-30' WHERE rowid = 2`, 'calendar'],
  ['a date written otherwise', `UPDATE event_relations SET last_seen = '1 March 2026' WHERE rowid = 1`, 'YYYY-MM-DD'],
  ['a URL too long', `UPDATE event_relations SET urls = json_array('https://example.org/' || printf('%.3000c', 'x')) WHERE rowid = 2`, 'urls'],
  ['a count written as text', `UPDATE event_relations SET events = 'three' WHERE rowid = 1`, 'events'],
  ['a count written as text in stored stats', `UPDATE event_relations SET ${asJson(`'$.events', '3'`)} WHERE rowid = 1`, 'events'],
  ['a field the schema does not know', `UPDATE event_relations SET ${asJson(`'$.note', 'x'`)} WHERE rowid = 2`, 'note'],
];

test.each(FAULTS)('%s is refused with the message the plain records give', (_what, sql, part) => {
  const { store, file } = storeOf();
  corrupt(file, sql);
  const plain = loadError(() => parseDatasetJson(store.dump(), 'store'));
  expect(plain).toContain(part);
  expect(loadError(() => parseDatasetJson(store.dump({ asRows: true }), 'store'))).toBe(plain);
  store.close();
});
