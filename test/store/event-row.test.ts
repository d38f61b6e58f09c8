import v8 from 'node:v8';
import vm from 'node:vm';
import { eventRelationSchema } from '../../server/domain/schema';
import { eventOfRow, makeSharer } from '../../server/store/row-records';

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

/** Bytes of the heap each of `n` records made by `make` holds, after a full collection before and after. */
function heapPerRecord(n: number, make: (i: number) => object): number {
  // A full collection on demand: jest runs without --expose-gc.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  // Made once and dropped first: the first pass over the rows leaves the heap smaller than it found it.
  for (let i = 0; i < n; i++) make(i);
  gc();
  const before = process.memoryUsage().heapUsed;
  const records = Array.from({ length: n }, (_, i) => make(i));
  gc();
  const bytes = (process.memoryUsage().heapUsed - before) / n;
  expect(records).toHaveLength(n);
  return bytes;
}

test("records read with a shared `one` share their fractional Goldstein and tone: no box of a record's own for either", () => {
  const n = 50_000;
  const rows = Array.from({ length: n }, (_, i) => row({ ...stats, goldstein: [-2.5, 1.4, 3.3][i % 3], tone: [1.25, -0.75, 2.125, 0.5][i % 4], urls: [] }));
  const one = makeSharer();
  const own = heapPerRecord(n, (i) => eventOfRow(rows[i]));
  const shared = heapPerRecord(n, (i) => eventOfRow(rows[i], one));
  // Two boxes a record (16 bytes each without pointer compression, 12 with) where each has its own.
  expect(own - shared).toBeGreaterThan(20);
  expect(eventOfRow(rows[5], one)).toEqual(eventOfRow(rows[5]));
});

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
