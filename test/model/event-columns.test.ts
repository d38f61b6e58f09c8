/**
 * The coded events held as columns (server/data/event-columns.ts): rows appended across the
 * columns' growth read back as the records they were made from (fields, order, figures a 32-bit
 * integer cannot hold, -0, URLs); an Explorer holds its dataset's events as rows and answers as
 * from the plain records; after ingests, after a curation that moves events, and after a reload
 * from the store, every event is a row and the rows are the store's records.
 */
import fs from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import os from 'node:os';
import path from 'node:path';
import { Curator } from '../../server/curation/curator';
import { EventColumns, EventRow, eventRecord } from '../../server/data/event-columns';
import { parseDatasetJson } from '../../server/data/load-dataset';
import type { EventRelation } from '../../server/domain/types';
import { buildGraph } from '../../server/graph/build';
import { seededRandom } from '../../server/algorithms/random';
import { Explorer } from '../../server/query/explorer';
import { SqliteStore } from '../../server/store/sqlite-store';
import { closePool } from '../../server/workers/pool';
import { codedOpposition } from '../helpers/event-relation';
import { edgesOf, sliceOf } from '../helpers/graph-contents';
import { base, randomChange } from '../helpers/random-ingest';

afterAll(() => closePool());

/** Records unlike each other in every field: more than 256 actors, counts past 2^8, 2^16 and 2^32, fractions, -0, URLs on some. */
function records(n: number): EventRelation[] {
  const out: EventRelation[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      codedOpposition(`a${i}`, `b${i % 11}`, i % 5 === 0 ? -0 : (i % 21) / 3 - 3.5, {
        type: i % 2 ? 'opposes' : 'negotiates',
        origin: i % 3 ? 'gdelt' : 'acled',
        events: i === 13 ? 2 ** 40 + 1 : 1 + i,
        ...(i === 350 ? { sources: 70000 } : i === 351 ? { sources: 2 ** 33 } : {}),
        mentions: i === 17 ? 3.5 : 2 * i,
        
        tone: i / 7,
        firstSeen: `2026-01-${String(1 + (i % 28)).padStart(2, '0')}`,
        lastSeen: `2026-02-${String(1 + (i % 28)).padStart(2, '0')}`,
        urls: i % 4 === 0 ? [`https://example.org/${i}`, `https://example.org/${i}/b`] : [],
      }),
    );
  }
  return out;
}

const FIELDS = ['source', 'target', 'type', 'origin', 'events', 'mentions', 'sources', 'goldstein', 'tone', 'firstSeen', 'lastSeen', 'urls'] as const;

test('rows appended across the growth of the columns read back as their records', () => {
  const columns = new EventColumns(2);
  const plain = records(400);
  plain[19].sources = -0;
  const rows = plain.map((r) => columns.hold(r));
  expect(columns.size).toBe(400);
  rows.forEach((row, i) => {
    expect(row).toBeInstanceOf(EventRow);
    for (const f of FIELDS) expect(Object.is(row[f], plain[i][f]) || (f === 'urls' && row.urls.join() === plain[i].urls.join())).toBe(true);
    expect(JSON.stringify(row)).toBe(JSON.stringify(plain[i]));
    expect(Object.keys(eventRecord(row))).toEqual([...FIELDS]);
    expect(eventRecord(row)).toEqual(plain[i]);
  });
  expect(Object.is(rows[0].goldstein, -0)).toBe(true);
  expect(Object.is(rows[19].sources, -0)).toBe(true);
  expect(rows[13].events).toBe(2 ** 40 + 1);
  expect(rows[17].mentions).toBe(3.5);
  expect(rows[350].sources).toBe(70000);
  expect(rows[351].sources).toBe(2 ** 33);
  expect(rows[399].source).toBe('a399');
  // A row is held once; a record that is not exactly a record's fields is kept as it is.
  expect(columns.hold(rows[3])).toBe(rows[3]);
  const odd = { ...plain[0], extra: 1 } as EventRelation;
  expect(columns.hold(odd)).toBe(odd);
  expect(columns.size).toBe(400);
  // Another set of columns keeps a row of these as it is (rows never change; lists find them by identity).
  const other = new EventColumns();
  expect(other.hold(rows[5])).toBe(rows[5]);
  expect(other.size).toBe(0);
});

test("a row's handle holds its row number alone (its columns are its class's), each columns' rows of a class of their own", () => {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  // One with no URLs (a row with some keeps them in a map).
  const one = records(2)[1];
  const [a, b] = [new EventColumns(), new EventColumns()];
  const [ra, rb] = [a.hold({ ...one }), b.hold({ ...one })];
  expect(Object.getPrototypeOf(ra)).not.toBe(Object.getPrototypeOf(rb));
  expect([EventRow.columnsOf(ra), EventRow.columnsOf(rb), EventRow.rowIn(ra, b)]).toEqual([a, b, -1]);
  const n = 200000;
  const columns = new EventColumns(n);
  const handles: EventRelation[] = new Array<EventRelation>(n);
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < n; i++) handles[i] = columns.hold(one);
  gc();
  // Object header (map, properties, elements) and the row: 32 bytes; with the columns too, 40.
  expect((process.memoryUsage().heapUsed - before) / n).toBeLessThan(36);
  expect(handles[n - 1].source).toBe(one.source);
});

test('holdAll replaces each record where it stands, in order, and keeps what it cannot hold', () => {
  const plain = records(40);
  const list = [...plain];
  const odd = { ...plain[1], note: 'x' } as EventRelation;
  list[1] = odd;
  const columns = new EventColumns(4);
  columns.holdAll(list);
  expect(list[1]).toBe(odd);
  list.forEach((e, i) => {
    if (i !== 1) expect(e).toBeInstanceOf(EventRow);
    expect(JSON.stringify(e)).toBe(JSON.stringify(i === 1 ? odd : plain[i]));
  });
});

test("an Explorer holds its dataset's coded events as rows and its graph and slice are those of the plain records", () => {
  const dump = base();
  const plain = parseDatasetJson(JSON.parse(JSON.stringify(dump)), 'plain');
  const dataset = parseDatasetJson(dump, 'held');
  const explorer = new Explorer(dataset);
  const events = explorer.getDataset().eventRelations ?? [];
  expect(events.length).toBeGreaterThan(0);
  for (const e of events) expect(e).toBeInstanceOf(EventRow);
  expect(JSON.stringify(events)).toBe(JSON.stringify(plain.eventRelations));
  expect(edgesOf(explorer.graph())).toEqual(edgesOf(buildGraph(plain)));
  expect(sliceOf(explorer.slice())).toEqual(sliceOf(new Explorer(plain).slice()));
});

function storeOf(dump = base()): SqliteStore {
  const store = new SqliteStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-event-columns-')), 'store.sqlite'));
  store.replace(dump);
  return store;
}

/** Every coded event of `explorer` is a row, and the rows are the store's records in its order; a reload holds the same. */
function expectRowsOfStore(explorer: Explorer, store: SqliteStore): void {
  const events = explorer.getDataset().eventRelations ?? [];
  for (const e of events) expect(e).toBeInstanceOf(EventRow);
  const stored = store.dump().eventRelations ?? [];
  expect(events.map(eventRecord)).toEqual(stored);
  const reloaded = new Explorer(parseDatasetJson(store.dump(), 'store'));
  expect(JSON.stringify(reloaded.getDataset().eventRelations ?? [])).toBe(JSON.stringify(stored));
  expect(edgesOf(explorer.graph())).toEqual(edgesOf(reloaded.graph()));
}

test('after ingests, the coded events are still rows equal to the stored records', () => {
  const store = storeOf();
  const explorer = new Explorer(parseDatasetJson(store.dump(), 'store'));
  explorer.slice().endsByNumber();
  const random = seededRandom(5);
  for (let step = 0; step < 10; step++) {
    const d = explorer.getDataset();
    const change = randomChange(step, random, d.actors.map((a) => a.id), d.documents.filter((x) => !x.republishes).map((x) => x.id));
    explorer.applyIngest({ change, applied: store.apply(change) }, explorer.checkIngest(change));
  }
  expectRowsOfStore(explorer, store);
});

test('a curation that moves and combines coded events holds the new ones as rows, and an undo too', () => {
  const dump = base();
  const events = dump.eventRelations ?? [];
  const [first] = events;
  // Events of two actors with one other, so a merge combines two rows into one and drops one between them.
  events.push({ ...first, source: 'gamma', target: 'delta', type: 'opposes', events: 4, goldstein: -2.5 });
  events.push({ ...first, source: 'beta', target: 'delta', type: 'opposes', events: 2, goldstein: 1.25 });
  events.push({ ...first, source: 'gamma', target: 'beta', type: 'opposes', events: 1, goldstein: 0.5 });
  const store = storeOf(dump);
  const explorer = new Explorer(parseDatasetJson(store.dump(), 'store'));
  explorer.graph();
  const curator = new Curator(store, explorer);
  const merged = curator.run('actor.merge', 'gamma', { into: 'beta' }, 'ana');
  expect(explorer.getDataset().eventRelations?.some((e) => e.source === 'gamma' || e.target === 'gamma')).toBe(false);
  expectRowsOfStore(explorer, store);
  curator.run('undo', String(merged.event.id), {}, 'ana');
  expectRowsOfStore(explorer, store);
});

test('two Explorers given one dataset object each stay in step with the store after a curation in one of them', () => {
  const dump = base();
  const [first] = dump.eventRelations ?? [];
  dump.eventRelations?.push({ ...first, source: 'gamma', target: 'delta', type: 'opposes', events: 4, goldstein: -2.5 });
  dump.eventRelations?.push({ ...first, source: 'beta', target: 'delta', type: 'opposes', events: 2, goldstein: 1.25 });
  const store = storeOf(dump);
  const dataset = parseDatasetJson(store.dump(), 'store');
  const explorer = new Explorer(dataset);
  explorer.graph();
  // A library user's second view of the same loaded dataset, made after the first built its index.
  const other = new Explorer(dataset);
  other.graph();
  new Curator(store, explorer).run('actor.merge', 'gamma', { into: 'beta' }, 'ana');
  expectRowsOfStore(explorer, store);
});
