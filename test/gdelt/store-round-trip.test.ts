/**
 * A GDELT import stored and read back (the store's typed stats columns, schema-version.ts): the same
 * coded events, figure for figure and in order, and the same graph, whether read as records or as
 * the rows a server's start reads.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eventRecord } from '../../server/data/event-columns';
import { parseDatasetJson } from '../../server/data/load-dataset';
import { importGdelt } from '../../server/gdelt/import';
import { gdeltDump } from '../../server/gdelt/to-dump';
import { buildGraph } from '../../server/graph/build';
import { SqliteStore } from '../../server/store/sqlite-store';

const SAMPLE = path.join(__dirname, '..', 'fixtures', 'gdelt', 'sample.export.CSV');

test('an imported dataset restored into the store reads back with the same stats and gives the same graph', async () => {
  const imported = parseDatasetJson(gdeltDump(await importGdelt([SAMPLE])), 'import');
  // The fixture's edges have one URL and several, whole and fractional means (events without URLs: test/store/event-row.test.ts).
  expect(imported.eventRelations?.some((e) => e.urls.length === 1)).toBe(true);
  expect(imported.eventRelations?.some((e) => e.urls.length > 1)).toBe(true);
  expect(imported.eventRelations?.some((e) => !Number.isInteger(e.tone))).toBe(true);
  const store = new SqliteStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-gdelt-store-')), 'store.sqlite'));
  try {
    store.replace(imported);
    const records = parseDatasetJson(store.dump(), 'store');
    const rows = parseDatasetJson(store.dump({ asRows: true }), 'store');
    expect(JSON.stringify(records)).toBe(JSON.stringify(imported));
    expect((rows.eventRelations ?? []).map(eventRecord)).toEqual(imported.eventRelations);
    const graph = JSON.stringify(buildGraph(imported).export());
    expect(JSON.stringify(buildGraph(records).export())).toBe(graph);
    expect(JSON.stringify(buildGraph(rows).export())).toBe(graph);
  } finally {
    store.close();
  }
});
