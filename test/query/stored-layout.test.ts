/** A layout kept in the store is reused at the next start instead of laying the graph out again. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadDataset } from '../../server/data/load-dataset';
import { datasetToDump } from '../../server/data/to-dump';
import type { Positions } from '../../server/graph/layout';
import { Explorer } from '../../server/query/explorer';
import { SqliteStore } from '../../server/store/sqlite-store';
import { parseDatasetJson } from '../../server/data/load-dataset';
import { closePool } from '../../server/workers/pool';
import { bigDataset } from '../e2e/big-dataset';

afterAll(() => closePool());

const dataset = loadDataset();
const ids = dataset.actors.map((a) => a.id);
/** Places no layout would choose, so seeing them proves they were reused. */
const marked = (keep: readonly string[]): Positions => Object.fromEntries(keep.map((id, i) => [id, { x: 1000 + i / 3, y: -7 - i }]));

test('a first start lays out and reports the layout; a start given it lays nothing out and draws it exactly', async () => {
  const made: Positions[] = [];
  const first = new Explorer(dataset, { onLayout: (p) => made.push(p) });
  const laidOut = first.layout();
  expect(made).toHaveLength(1);
  expect(made[0]).toEqual(laidOut);

  const given = marked(ids);
  const again: Positions[] = [];
  const next = new Explorer(dataset, { positions: given, onLayout: (p) => again.push(p) });
  expect(next.layout()).toEqual(given);
  const drawn = (await next.view()).graph.nodes;
  for (const n of drawn) expect({ x: n.attributes?.x, y: n.attributes?.y }).toEqual(given[n.key]);
  expect(again).toHaveLength(0);
});

test('actors without a kept place are placed beside their neighbours; a mostly new graph is laid out afresh', () => {
  const most = ids.slice(0, ids.length - 2);
  const made: Positions[] = [];
  const partly = new Explorer(dataset, { positions: { ...marked(most), gone: { x: 1, y: 1 } }, onLayout: (p) => made.push(p) });
  const pos = partly.layout();
  for (const id of most) expect(pos[id]).toEqual(marked(most)[id]);
  for (const id of ids) expect(Number.isFinite(pos[id].x) && Number.isFinite(pos[id].y)).toBe(true);
  expect(pos.gone).toBeUndefined();
  expect(made).toHaveLength(0);

  const few = new Explorer(dataset, { positions: marked(ids.slice(0, 3)), onLayout: (p) => made.push(p) });
  expect(few.layout()[ids[0]]).not.toEqual(marked(ids)[ids[0]]);
  expect(made).toHaveLength(1);
});

test('the store keeps positions of its actors, replaces them whole, and drops them with their actor', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-positions-')), 'store.sqlite');
  const store = new SqliteStore(file);
  store.replace(datasetToDump(dataset));
  expect(store.positions()).toEqual({});
  store.savePositions({ ...marked(ids), 'not-stored': { x: 0.1, y: 0.2 } });
  store.close();
  const reopened = new SqliteStore(file);
  expect({ ...reopened.positions() }).toEqual(marked(ids));
  reopened.savePositions(marked(ids.slice(0, 2)));
  expect({ ...reopened.positions() }).toEqual(marked(ids.slice(0, 2)));
  // A restore replaces the actors, and their places go with them.
  reopened.replace(datasetToDump(dataset));
  expect(reopened.positions()).toEqual({});
  reopened.close();
});

test('a start without a kept layout places a big graph at once and lays it out in the pool, a small one here', async () => {
  const big = parseDatasetJson(bigDataset(3000, 9000, 5), 'generated');
  const made: Positions[] = [];
  const first = new Explorer(big, { onLayout: (p) => made.push(p) });
  expect(first.layingOut).toBe(false);
  expect(first.placeQuickly()).toBe(true);
  // Readers (health) are told a layout is due from the quick placement on, not only once it runs.
  expect(first.layingOut).toBe(true);
  const quick = { ...first.layout() };
  expect(Object.keys(quick)).toHaveLength(3000);
  expect(made).toHaveLength(0);
  expect((await first.view()).overview).toBeDefined();
  const version = first.version;
  await first.relayout();
  expect(first.layingOut).toBe(false);
  expect(first.version).toBeGreaterThan(version);
  expect(made).toHaveLength(1);
  expect(first.layout()).toEqual(made[0]);
  expect(first.layout()).not.toEqual(quick);

  // The next start takes the kept layout and neither places nor lays out anything.
  const next = new Explorer(big, { positions: made[0], onLayout: (p) => made.push(p) });
  expect(next.placeQuickly()).toBe(false);
  expect(next.layingOut).toBe(false);
  expect(next.layout()).toEqual(made[0]);
  expect(made).toHaveLength(1);

  const small: Positions[] = [];
  const bundled = new Explorer(dataset, { onLayout: (p) => small.push(p) });
  expect(bundled.placeQuickly()).toBe(false);
  expect(small).toHaveLength(1);
  expect(bundled.layout()).toEqual(new Explorer(dataset).layout());
});
