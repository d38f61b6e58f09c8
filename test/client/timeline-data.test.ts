import { activity, nextStart, stepEnd, stepStart, stepsCovering } from '../../client/timeline-data';
import type { DatedItem } from '../../client/state';

test('a step starts on the day, the Monday of its ISO week, or the 1st of its month', () => {
  expect(stepStart('2026-02-05', 'day')).toBe('2026-02-05');
  // 5 February 2026 is a Thursday; 1 February a Sunday (its week began on 26 January).
  expect(stepStart('2026-02-05', 'week')).toBe('2026-02-02');
  expect(stepStart('2026-02-01', 'week')).toBe('2026-01-26');
  expect(stepStart('2026-02-05', 'month')).toBe('2026-02-01');
});

test('steps end the day before the next: weeks across a year end, February in a leap year', () => {
  expect(stepEnd('2025-12-29', 'week')).toBe('2026-01-04');
  expect(stepEnd('2024-02-01', 'month')).toBe('2024-02-29');
  expect(stepEnd('2026-12-01', 'month')).toBe('2026-12-31');
  expect(nextStart('2026-12-01', 'month')).toBe('2027-01-01');
  expect(stepsCovering('2026-01-12', '2026-02-05', 'month')).toEqual(['2026-01-01', '2026-02-01']);
  expect(stepsCovering('2026-01-30', '2026-02-02', 'day')).toEqual(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']);
});

test('activity counts items per step and relation type', () => {
  const items: DatedItem[] = [
    { date: '2026-01-12', type: 'negotiates' },
    { date: '2026-01-28', type: 'negotiates' },
    { date: '2026-02-03', type: 'opposes' },
    { date: '2026-02-05', type: 'opposes' },
    { date: '2026-02-05', type: 'negotiates' },
  ];
  const a = activity(items, '2026-01-12', '2026-02-05', 'month', ['negotiates', 'mediates', 'opposes']);
  expect(a.starts).toEqual(['2026-01-01', '2026-02-01']);
  expect(a.counts.get('negotiates')).toEqual([2, 1]);
  expect(a.counts.get('mediates')).toEqual([0, 0]);
  expect(a.counts.get('opposes')).toEqual([0, 2]);
  expect(a.max).toBe(2);
});
