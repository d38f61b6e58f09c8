/** Calendar periods of centrality over time and the diff's START..END syntax. */
import { parsePeriod, periodsCovering } from '../../server/query/periods';

test('weeks run Monday to Sunday across a year end, clipped to the first and last date', () => {
  expect(periodsCovering('2025-12-31', '2026-01-13', 'week')).toEqual([
    { label: '2025-12-29', since: '2025-12-31', until: '2026-01-04' },
    { label: '2026-01-05', since: '2026-01-05', until: '2026-01-11' },
    { label: '2026-01-12', since: '2026-01-12', until: '2026-01-13' },
  ]);
});

test('months of every length, February of a leap year included; days one by one', () => {
  expect(periodsCovering('2024-01-15', '2024-03-02', 'month')).toEqual([
    { label: '2024-01', since: '2024-01-15', until: '2024-01-31' },
    { label: '2024-02', since: '2024-02-01', until: '2024-02-29' },
    { label: '2024-03', since: '2024-03-01', until: '2024-03-02' },
  ]);
  expect(periodsCovering('2026-02-27', '2026-03-01', 'day').map((p) => p.label)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
});

test('400 periods answer, 401 are refused naming by', () => {
  expect(periodsCovering('2026-01-01', '2027-02-04', 'day')).toHaveLength(400);
  expect(() => periodsCovering('2026-01-01', '2027-02-05', 'day')).toThrow(/^by: 2026-01-01 to 2027-02-05 holds more than 400 days/);
});

test('START..END with open ends, one day, and errors naming the parameter', () => {
  expect(parsePeriod('before', '2026-01-01..2026-01-31')).toEqual({ since: '2026-01-01', until: '2026-01-31' });
  expect(parsePeriod('before', '..2026-01-31')).toEqual({ until: '2026-01-31' });
  expect(parsePeriod('after', '2026-02-01..')).toEqual({ since: '2026-02-01' });
  expect(parsePeriod('after', '2026-02-01')).toEqual({ since: '2026-02-01', until: '2026-02-01' });
  expect(parsePeriod('after', '..')).toEqual({});
  expect(() => parsePeriod('after', '2026-02-01..2026-02-03..2026-02-05')).toThrow(/^after: must be START\.\.END/);
  expect(() => parsePeriod('after', '2026-13-01..')).toThrow(/^after: /);
  expect(() => parsePeriod('before', undefined)).toThrow(/^before: is required/);
});
