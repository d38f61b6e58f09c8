import { eventRelationSchema } from '../../server/domain/schema';
import { eventOfRow } from '../../server/store/row-records';

const stats = { events: 2, mentions: 5, sources: 1, goldstein: -2.5, tone: 1.25, firstSeen: '2024-01-02', lastSeen: '2024-01-03', urls: ['https://example.org/a'] };
const row = (s: unknown): Parameters<typeof eventOfRow>[0] => ({ source: 'state-a', target: 'state-b', type: 'opposes', origin: 'gdelt', stats: JSON.stringify(s) });

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
