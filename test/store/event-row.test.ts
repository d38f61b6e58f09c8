import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { eventRelationSchema } from '../../server/domain/schema';
import { eventOfRow, makeSharer } from '../../server/store/row-records';

/** The compiled module (npm test builds first): the heap probe runs in a process of its own. */
const ROW_RECORDS = path.join(__dirname, '..', '..', 'dist', 'server', 'store', 'row-records.js');

const stats = { events: 2, mentions: 5, sources: 1, goldstein: -2.5, tone: 1.25, firstSeen: '2024-01-02', lastSeen: '2024-01-03', urls: ['https://example.org/a'] };
const row = (s: unknown): Parameters<typeof eventOfRow>[0] => ({ source: 'state-a', target: 'state-b', type: 'opposes', origin: 'gdelt', stats: JSON.stringify(s) });

test('a stored event row reads as the record zod gives, its ids, dates and fractional figures handed to `one`', () => {
  const seen: (string | number)[] = [];
  const r = eventOfRow(row(stats), (v) => (seen.push(v), v));
  expect(JSON.stringify(r)).toBe(JSON.stringify(eventRelationSchema.parse(r)));
  expect(seen).toEqual(['state-a', 'state-b', 'opposes', 'gdelt', '2024-01-02', '2024-01-03', -2.5, 1.25]);
  // Whole figures are not handed over: a field holds them without a box.
  seen.length = 0;
  const whole = eventOfRow(row({ ...stats, goldstein: -3, tone: 0 }), (v) => (seen.push(v), v));
  expect(seen).toEqual(['state-a', 'state-b', 'opposes', 'gdelt', '2024-01-02', '2024-01-03']);
  expect(JSON.stringify(whole)).toBe(JSON.stringify(eventRelationSchema.parse(whole)));
});

/**
 * Bytes of the heap a record holds, read with each record's own figures and with a shared `one`,
 * in a fresh process started with --expose-gc (the compiled module): in jest's worker, garbage of
 * the tests before made the heap's growth meaningless (a full run once measured -2,140 bytes a record).
 */
function heapPerRecord(): { own: number; shared: number } {
  const script = `const { eventOfRow, makeSharer } = require(${JSON.stringify(ROW_RECORDS)});
const n = 50000;
const stats = ${JSON.stringify(stats)};
const rows = Array.from({ length: n }, (_, i) => ({ source: 'state-a', target: 'state-b', type: 'opposes', origin: 'gdelt',
  stats: JSON.stringify({ ...stats, goldstein: [-2.5, 1.4, 3.3][i % 3], tone: [1.25, -0.75, 2.125, 0.5][i % 4], urls: [] }) }));
const perRecord = (make) => {
  gc(); gc();
  const before = process.memoryUsage().heapUsed;
  const records = Array.from({ length: n }, (_, i) => make(i));
  gc(); gc();
  const bytes = (process.memoryUsage().heapUsed - before) / n;
  if (records.length !== n) throw new Error('records lost');
  return bytes;
};
// Each way made once and dropped first: the first pass over the rows leaves the heap smaller than it found it.
perRecord((i) => eventOfRow(rows[i]));
const own = perRecord((i) => eventOfRow(rows[i]));
const one = makeSharer();
perRecord((i) => eventOfRow(rows[i], one));
const shared = perRecord((i) => eventOfRow(rows[i], one));
process.stdout.write(JSON.stringify({ own, shared }));`;
  const run = spawnSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`heap probe failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { own: number; shared: number };
}

test("records read with a shared `one` share their fractional Goldstein and tone: no box of a record's own for either", () => {
  const { own, shared } = heapPerRecord();
  // Two boxes a record (16 bytes each without pointer compression, 12 with) where each has its own.
  expect(own - shared).toBeGreaterThan(20);
  const one = makeSharer();
  const r = row({ ...stats, goldstein: 1.4, tone: -0.75 });
  expect(eventOfRow(r, one)).toEqual(eventOfRow(r));
}, 90_000);

test('events stored without URLs share one frozen empty list; a list with URLs is their own', () => {
  const none = [eventOfRow(row({ ...stats, urls: [] })), eventOfRow(row({ ...stats, urls: [] }))];
  expect(none[0].urls).toEqual([]);
  expect(none[0].urls).toBe(none[1].urls);
  expect(Object.isFrozen(none[0].urls)).toBe(true);
  expect(JSON.stringify(none[0])).toBe(JSON.stringify(eventRelationSchema.parse(none[0])));
  const some = [eventOfRow(row(stats)), eventOfRow(row(stats))];
  expect(some[0].urls).toEqual(stats.urls);
  expect(some[0].urls).not.toBe(some[1].urls);
});

test('stats with other fields or another order are read as they are, for validation to judge', () => {
  const extra = eventOfRow(row({ ...stats, note: 'x' }));
  expect(extra).toMatchObject({ note: 'x' });
  expect(eventRelationSchema.safeParse(extra).success).toBe(false);
  const reordered = eventOfRow(row(Object.fromEntries(Object.entries(stats).reverse())));
  expect(Object.keys(reordered).slice(4)).toEqual(Object.keys(stats).reverse());
  const missing = eventOfRow(row({ ...stats, urls: undefined }));
  expect(eventRelationSchema.safeParse(missing).success).toBe(false);
});
