/** The SQLite store: seed and dump round trip, atomic apply, duplicates, integrity, backup, reopen. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadDataset, parseDatasetJson } from '../../server/data/load-dataset';
import { datasetToDump } from '../../server/data/to-dump';
import { SqliteStore } from '../../server/store/sqlite-store';
import { openStore } from '../../server/store/open-store';
import type { ChangeSet } from '../../server/domain/change';
import { tinyData, writeDataDir } from '../helpers/tiny-dataset';

const tmp = (): string => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-store-')), 'store.sqlite');
const bundledDump = datasetToDump(loadDataset());

const change = (): ChangeSet => ({
  document: { id: 'doc-c', title: 'C', outlet: 'Outlet C', date: '2026-01-09', text: 'Epsilon met Alpha in Geneva. Delta struck Alpha once more.' },
  actors: [{ id: 'epsilon', name: 'Epsilon', kind: 'person', aliases: [], provisional: true }],
  relations: [
    { source: 'epsilon', target: 'alpha', type: 'negotiates', evidence: { document: 'doc-c', quote: 'Epsilon met Alpha in Geneva.', start: 0, confidence: 0.8, method: 'extracted' } },
    { source: 'delta', target: 'alpha', type: 'opposes', evidence: { document: 'doc-c', quote: 'Delta struck Alpha once more.', start: 29, confidence: 0.9, method: 'extracted' } },
  ],
});

test('a seeded store dumps exactly the dataset it was given, and the dump validates', () => {
  const store = new SqliteStore(tmp());
  store.replace(bundledDump);
  const dump = store.dump();
  expect(dump).toEqual(JSON.parse(JSON.stringify(bundledDump)));
  expect(parseDatasetJson(dump, 'dump').relations.length).toBe(loadDataset().relations.length);
  store.close();
});

test('openStore seeds an empty store once, and the data survives reopening', () => {
  const file = tmp();
  const dir = writeDataDir(tinyData());
  const first = openStore(file, dir);
  expect(first.seeded).toBe(true);
  first.store.apply(change());
  first.store.close();
  const again = openStore(file, dir);
  expect(again.seeded).toBe(false);
  expect(again.dataset.documents.map((d) => d.id)).toEqual(['doc-a', 'doc-b', 'doc-c']);
  expect(again.dataset.actors.find((a) => a.id === 'epsilon')).toMatchObject({ provisional: true });
  again.store.close();
});

test('apply corroborates an existing relation and creates a new one', () => {
  const { store } = openStore(tmp(), writeDataDir(tinyData()));
  const applied = store.apply(change());
  expect(applied.map((a) => [a.relationId, a.status])).toEqual([
    ['epsilon-negotiates-alpha', 'new'],
    ['delta-opposes-alpha', 'corroborated'],
  ]);
  const rel = store.dump().relations.find((r) => r.id === 'delta-opposes-alpha')!;
  expect(rel.evidence.map((e) => e.document)).toEqual(['doc-a', 'doc-b', 'doc-c']);
  expect(rel.evidence[2]).toMatchObject({ confidence: 0.9, method: 'extracted' });
  store.close();
});

test('a failing verification leaves the store exactly as it was', () => {
  const { store } = openStore(tmp(), writeDataDir(tinyData()));
  const before = store.dump();
  expect(() =>
    store.apply(change(), () => {
      throw new Error('simulated crash before commit');
    }),
  ).toThrow('simulated crash');
  expect(store.dump()).toEqual(before);
  // A change referring to an unknown actor fails on the foreign key and also writes nothing.
  const bad = change();
  bad.actors = [];
  expect(() => store.apply(bad)).toThrow();
  expect(store.dump()).toEqual(before);
  store.close();
});

test('the same text is found as a duplicate', () => {
  const { store } = openStore(tmp(), writeDataDir(tinyData()));
  store.apply(change());
  expect(store.findDocumentByText(change().document.text)).toMatchObject({ id: 'doc-c' });
  expect(store.findDocumentByText('something else')).toBeUndefined();
  store.close();
});

test('integrity check passes and an online backup opens as a full copy', async () => {
  const { store } = openStore(tmp(), writeDataDir(tinyData()));
  expect(store.integrityCheck()).toEqual([]);
  const copy = tmp();
  await store.backup(copy);
  const b = new SqliteStore(copy);
  expect(b.dump()).toEqual(store.dump());
  b.close();
  store.close();
});

test('a store path that cannot be opened is a clear error', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-store-')), 'a-folder');
  fs.mkdirSync(file);
  expect(() => new SqliteStore(file)).toThrow(/ACTOR_GRAPH_DB: cannot open the store/);
});

test('documents without a signature are found after every way one can be stored, though the scan is skipped once all are signed', () => {
  const file = tmp();
  const { store, dataset } = openStore(file, writeDataDir(tinyData()));
  const seeded = datasetToDump(dataset);
  const other = new SqliteStore(file);
  const unsigned = (): string[] => store.documentsWithoutSignature(100).map((d) => d.id);
  const signAll = (): void => store.saveSignatures(store.documentsWithoutSignature(100).map((d) => ({ id: d.id, signature: new Uint32Array([1, 2, 3, 4]) })));
  try {
    expect(unsigned()).toEqual(seeded.documents.map((d) => d.id));
    signAll();
    expect(unsigned()).toEqual([]);
    // Stored unsigned by this connection (a change without a signature), then signed with one.
    store.apply(change());
    expect(unsigned()).toEqual(['doc-c']);
    signAll();
    expect(unsigned()).toEqual([]);
    store.apply({ ...change(), document: { ...change().document, id: 'doc-d', text: `${change().document.text} Again.` }, actors: [], signature: new Uint32Array([5, 6, 7, 8]) });
    expect(unsigned()).toEqual([]);
    // Another process stores one unsigned.
    other.apply({ ...change(), document: { ...change().document, id: 'doc-e', text: `${change().document.text} Once more.` }, actors: [] });
    expect(unsigned()).toEqual(['doc-e']);
    signAll();
    // This connection replaces the whole store (a restore, a curation replay).
    store.replace(seeded);
    expect(unsigned()).toEqual(seeded.documents.map((d) => d.id));
  } finally {
    other.close();
    store.close();
  }
});
