/**
 * How extraction read a quote (rule, cue, argument spans) is kept per evidence item: through the
 * store, a dump and a restore; a store written before the columns existed opens and keeps its quotes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parseDatasetJson } from '../../server/data/load-dataset';
import { datasetToDump } from '../../server/data/to-dump';
import type { DatasetDump, EvidenceReading } from '../../server/domain/types';
import { ConflictError, SqliteRows } from '../../server/store/row-changes';
import { SqliteStore } from '../../server/store/sqlite-store';

// A made-up report: no bundled or corpus sentence.
const TEXT = 'Freedonia held talks with Sylvania on Monday. Both sides called them useful.';
const QUOTE = 'Freedonia held talks with Sylvania on Monday.';
const span = (words: string): [number, number] => [TEXT.indexOf(words), TEXT.indexOf(words) + words.length];
const READING: EvidenceReading = {
  rule: 'negotiates.verb',
  cue: 'held talks with',
  spans: { cue: span('held talks with'), source: span('Freedonia'), target: span('Sylvania') },
};

function dump(): DatasetDump {
  return {
    documents: [{ id: 'doc-f', title: 'Talks', outlet: 'Made-up Wire', date: '2026-03-02', text: TEXT }],
    actors: [
      { id: 'freedonia', name: 'Freedonia', kind: 'state', aliases: [] },
      { id: 'sylvania', name: 'Sylvania', kind: 'state', aliases: [] },
    ],
    relations: [
      {
        id: 'freedonia-negotiates-sylvania',
        source: 'freedonia',
        target: 'sylvania',
        type: 'negotiates',
        evidence: [{ document: 'doc-f', quote: QUOTE, start: 0, confidence: 0.81, method: 'extracted', ...READING }],
      },
      {
        id: 'curated-talks',
        source: 'sylvania',
        target: 'freedonia',
        type: 'negotiates',
        evidence: [{ document: 'doc-f', quote: 'Both sides called them useful.', start: TEXT.indexOf('Both') }],
      },
    ],
  };
}

const tempFile = (): string => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-reading-')), 'store.sqlite');

test('a store keeps rule, cue and spans per quote, and none for a curated quote', () => {
  const store = new SqliteStore(tempFile());
  try {
    store.replace(dump());
    const out = store.dump();
    expect(out.relations[0].evidence[0]).toEqual(dump().relations[0].evidence[0]);
    expect(out.relations[1].evidence[0]).not.toHaveProperty('rule');
    expect(out.relations[1].evidence[0]).not.toHaveProperty('spans');
    expect(out).toEqual(dump());
  } finally {
    store.close();
  }
});

test('a dump read back resolves the reading onto the evidence and writes it out again unchanged', () => {
  const ds = parseDatasetJson(JSON.parse(JSON.stringify(dump())), 'dump.json');
  expect(ds.relations[0].evidence[0]).toMatchObject({ ...READING, start: 0, end: QUOTE.length });
  expect(TEXT.slice(...ds.relations[0].evidence[0].spans!.cue)).toBe('held talks with');
  expect(ds.relations[1].evidence[0].rule).toBeUndefined();
  expect(datasetToDump(ds).relations).toEqual(dump().relations);
});

test('a store written before readings existed opens, keeps its quotes, and stores readings from then on', () => {
  const file = tempFile();
  const old = new Database(file);
  // The evidence table as it was: no rule, cue or spans columns.
  old.exec(`CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT NOT NULL, outlet TEXT NOT NULL, date TEXT NOT NULL, url TEXT, note TEXT, text TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, republishes TEXT);
    CREATE TABLE actors (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, affiliation TEXT, role TEXT, aliases TEXT NOT NULL, provisional INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE relations (id TEXT PRIMARY KEY, source TEXT NOT NULL REFERENCES actors(id), target TEXT REFERENCES actors(id), type TEXT NOT NULL, between_json TEXT, note TEXT);
    CREATE TABLE evidence (relation_id TEXT NOT NULL REFERENCES relations(id) ON DELETE CASCADE, document_id TEXT NOT NULL REFERENCES documents(id),
      quote TEXT NOT NULL, start INTEGER NOT NULL, confidence REAL NOT NULL, method TEXT NOT NULL, UNIQUE (relation_id, document_id, start, quote));
    INSERT INTO documents VALUES ('doc-f', 'Talks', 'Made-up Wire', '2026-03-02', NULL, NULL, '${TEXT}', 'x', NULL);
    INSERT INTO actors VALUES ('freedonia', 'Freedonia', 'state', NULL, NULL, '[]', 0), ('sylvania', 'Sylvania', 'state', NULL, NULL, '[]', 0);
    INSERT INTO relations VALUES ('freedonia-negotiates-sylvania', 'freedonia', 'sylvania', 'negotiates', NULL, NULL);
    INSERT INTO evidence VALUES ('freedonia-negotiates-sylvania', 'doc-f', '${QUOTE}', 0, 0.81, 'extracted');`);
  old.close();

  const store = new SqliteStore(file);
  try {
    const before = store.dump();
    expect(before.relations[0].evidence).toEqual([{ document: 'doc-f', quote: QUOTE, start: 0, confidence: 0.81, method: 'extracted' }]);
    // The old dump still loads: the fields are optional.
    expect(parseDatasetJson(before, 'old').relations[0].evidence[0].rule).toBeUndefined();

    const text = 'Sylvania held talks with Freedonia again. Nothing else.';
    const s = (w: string): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length];
    const reading: EvidenceReading = { rule: 'negotiates.verb', cue: 'held talks with', spans: { cue: s('held talks with'), source: s('Sylvania'), target: s('Freedonia') } };
    store.apply({
      document: { id: 'doc-g', title: 'Again', outlet: 'Made-up Wire', date: '2026-03-03', text },
      actors: [],
      relations: [{ source: 'sylvania', target: 'freedonia', type: 'negotiates', evidence: { document: 'doc-g', quote: 'Sylvania held talks with Freedonia again.', start: 0, confidence: 0.8, method: 'extracted', ...reading } }],
    });
    const after = store.dump().relations[0].evidence;
    expect(after).toHaveLength(2);
    expect(after[0]).not.toHaveProperty('rule');
    expect(after[1]).toMatchObject(reading);
  } finally {
    store.close();
  }
});

test('a logged row from before the columns existed still matches its row (absent reads as NULL), so old curations undo', () => {
  const file = tempFile();
  const store = new SqliteStore(file);
  store.replace(dump());
  store.close();
  const db = new Database(file);
  try {
    const rows = new SqliteRows(db);
    const [row] = rows.where('evidence', 'relation_id', 'curated-talks');
    const { rule: _r, cue: _c, spans: _s, ...logged } = row;
    expect(row).toMatchObject({ rule: null, cue: null, spans: null });
    // A retraction logged by an older version named the row without the new columns; undoing its undo deletes it again.
    expect(() => rows.apply([{ table: 'evidence', before: logged }])).not.toThrow();
    expect(rows.where('evidence', 'relation_id', 'curated-talks')).toEqual([]);
    // A row whose reading differs from the logged one is still a conflict.
    const [extracted] = rows.where('evidence', 'relation_id', 'freedonia-negotiates-sylvania');
    expect(() => rows.apply([{ table: 'evidence', before: { ...extracted, cue: 'talks' } }])).toThrow(ConflictError);
  } finally {
    db.close();
  }
});
