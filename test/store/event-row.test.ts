import { eventRelationSchema } from '../../server/domain/schema';
import { EVENT_ROW_COLUMNS, eventOfRow, statsColumns, statsColumnsOfText } from '../../server/store/row-records';
import type { EventRow } from '../../server/store/row-records';

const stats = { events: 2, mentions: 5, sources: 1, goldstein: -2.5, tone: 1.25, firstSeen: '2024-01-02', lastSeen: '2024-01-03', urls: ['https://example.org/a'] };
const ends = { source: 'state-a', target: 'state-b', type: 'opposes', origin: 'gdelt' } as const;
/** A row as the store writes `s` (typed columns when they fit, else the JSON text). */
const row = (s: unknown): EventRow => Object.fromEntries(EVENT_ROW_COLUMNS.map((c, i) => [c, [...Object.values(ends), ...statsColumns(s)][i]])) as unknown as EventRow;

test('a stored event row reads as the record zod gives', () => {
  const r = eventOfRow(row(stats));
  expect(JSON.stringify(r)).toBe(JSON.stringify(eventRelationSchema.parse(r)));
  const whole = eventOfRow(row({ ...stats, goldstein: -3, tone: 0 }));
  expect(JSON.stringify(whole)).toBe(JSON.stringify(eventRelationSchema.parse(whole)));
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

test('stats that fit go into the typed columns, URLs as JSON only when there are some', () => {
  expect(statsColumns(stats)).toEqual([2, 5, 1, -2.5, 1.25, '2024-01-02', '2024-01-03', JSON.stringify(stats.urls), null]);
  expect(statsColumns({ ...stats, urls: [] })).toEqual([2, 5, 1, -2.5, 1.25, '2024-01-02', '2024-01-03', null, null]);
});

test('stats that fit no typed column are kept as their JSON, and an old text as it was', () => {
  const unfit = [{ ...stats, note: 'x' }, { ...stats, events: '3' }, { ...stats, tone: -0 }, { ...stats, goldstein: NaN }, { ...stats, mentions: Infinity }, Object.fromEntries(Object.entries(stats).reverse())];
  for (const s of unfit) expect(statsColumns(s)).toEqual([null, null, null, null, null, null, null, null, JSON.stringify(s)]);
  for (const text of ['{"events": 2', '[]', '{ "events": 2 }']) expect(statsColumnsOfText(text)[8]).toBe(text);
  expect(statsColumnsOfText(JSON.stringify(stats))).toEqual(statsColumns(stats));
});
