import { eventRelationSchema, plainEventRelationCheck } from '../../server/domain/schema';
import { validateDataset } from '../../server/data/validate-dataset';
import { DataValidationError } from '../../server/domain/errors';

const event = {
  source: 'state-a',
  target: 'state-b',
  type: 'opposes',
  origin: 'gdelt',
  events: 3,
  mentions: 0,
  sources: 2,
  goldstein: -10,
  tone: 100,
  firstSeen: '2024-02-29',
  lastSeen: '2024-03-01',
  urls: ['https://example.org/a'],
};

/** Records that differ from `event` in one field, or in the order or set of keys. */
const variants: Record<string, unknown>[] = [
  { ...event, source: 'State-A' },
  { ...event, target: 'a--b' },
  { ...event, origin: 'constructor' },
  { ...event, source: 'x'.repeat(500) },
  { ...event, type: 'likes' },
  { ...event, events: 0 },
  { ...event, events: 1.5 },
  { ...event, mentions: -1 },
  { ...event, sources: Number.NaN },
  { ...event, sources: 2 ** 60 },
  { ...event, goldstein: 10.5 },
  { ...event, goldstein: '3' },
  { ...event, tone: -Infinity },
  { ...event, firstSeen: '2026-02-29' },
  { ...event, lastSeen: '2024-3-01' },
  { ...event, urls: 'https://example.org/a' },
  { ...event, urls: Array.from({ length: 101 }, (_, i) => `u${i}`) },
  { ...event, urls: ['u'.repeat(2001)] },
  { ...event, urls: [7] },
  { ...event, extra: 1 },
  Object.fromEntries(Object.entries(event).reverse()),
  Object.fromEntries(Object.entries(event).filter(([k]) => k !== 'urls')),
  Object.assign(Object.create({ inherited: 1 }) as object, event),
];

test('a record the quick check passes is one zod accepts and gives back equal, keys in the same order', () => {
  const check = plainEventRelationCheck();
  for (const r of [event, { ...event, urls: [], goldstein: 0.25, tone: -3.5 }, { ...event, type: 'negotiates', source: 'b_1', target: 'a-2' }]) {
    // Twice: the second time the ids and dates are remembered.
    for (let i = 0; i < 2; i++) expect(check(r)).toBe(true);
    const parsed = eventRelationSchema.safeParse(r);
    expect(parsed.success).toBe(true);
    expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(r));
  }
});

test('a record the quick check refuses is left to zod: refused, or copied into the schema order', () => {
  const check = plainEventRelationCheck();
  // Ids seen valid before do not let an invalid one through.
  expect(check(event)).toBe(true);
  for (const r of variants) {
    expect(check(r)).toBe(false);
    const parsed = eventRelationSchema.safeParse(r);
    if (parsed.success) expect(JSON.stringify(parsed.data)).not.toBe(JSON.stringify(r));
  }
});

test('a dataset keeps the event records the quick check passes as they are and names the field of one it does not', () => {
  const actors = [
    { id: 'state-a', name: 'State A', kind: 'state' },
    { id: 'state-b', name: 'State B', kind: 'state' },
  ];
  const files = { actors: 'actors', relations: 'relations', eventRelations: 'events' };
  const ok = validateDataset({ documents: [], actors, relations: [], eventRelations: [event], files });
  expect(ok.eventRelations?.[0]).toBe(event);
  const reordered = Object.fromEntries(Object.entries(event).reverse());
  const copied = validateDataset({ documents: [], actors, relations: [], eventRelations: [reordered], files });
  expect(JSON.stringify(copied.eventRelations?.[0])).toBe(JSON.stringify(event));
  const bad = (): unknown => validateDataset({ documents: [], actors, relations: [], eventRelations: [event, { ...event, lastSeen: '2026-02-30' }], files });
  expect(bad).toThrow(DataValidationError);
  expect(bad).toThrow(/lastSeen/);
});
