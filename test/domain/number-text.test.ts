/** The one reading of typed numbers, shared by query options, flags, environment variables and the page's address. */
import { readNumber } from '../../server/domain/number-text';
import { envNumber } from '../../server/env-number';
import { loadConfig } from '../../server/config';

test('a number is read only when the text is exactly one, within bounds', () => {
  expect(readNumber('12', { min: 0, max: 100, whole: true })).toEqual({ value: 12 });
  expect(readNumber('-2.5e1', { min: -100, max: 0 })).toEqual({ value: -25 });
  expect(readNumber('.5', { min: 0, max: 1, open: true })).toEqual({ value: 0.5 });
  for (const text of ['', ' 12', '12 ', '0x10', 'Infinity', 'NaN', '1,000', '+3']) {
    expect(readNumber(text, { min: -Infinity, max: Infinity })).toEqual({ problem: `must be a number, got ${JSON.stringify(text)}` });
  }
  expect(readNumber('1.5', { min: 0, max: 9, whole: true })).toEqual({ problem: 'must be a whole number, got "1.5"' });
  expect(readNumber('10', { min: 0, max: 9, whole: true })).toEqual({ problem: 'must be between 0 and 9, got 10' });
  expect(readNumber('0', { min: 0, max: 1, open: true })).toEqual({ problem: 'must be above 0 and at most 1, got 0' });
  expect(readNumber('all', { min: 0, max: 1, word: 'none' })).toEqual({ problem: 'must be a number or "none", got "all"' });
});

test('an environment variable: unset or empty gives the fallback, a bad value names the variable', () => {
  expect(envNumber({}, 'X_WORKERS', { min: 1, max: 8, whole: true }, 2)).toBe(2);
  expect(envNumber({ X_WORKERS: '' }, 'X_WORKERS', { min: 1, max: 8, whole: true }, 2)).toBe(2);
  expect(envNumber({ X_WORKERS: '4' }, 'X_WORKERS', { min: 1, max: 8, whole: true }, 2)).toBe(4);
  expect(envNumber({}, 'X_LIMIT', { min: 1, max: 8, whole: true })).toBeUndefined();
  expect(() => envNumber({ X_WORKERS: ' 4' }, 'X_WORKERS', { min: 1, max: 8, whole: true }, 2)).toThrow('invalid environment variable X_WORKERS: must be a whole number, got " 4"');
  expect(() => envNumber({ X_WORKERS: '9' }, 'X_WORKERS', { min: 1, max: 8, whole: true }, 2)).toThrow('invalid environment variable X_WORKERS: must be between 1 and 8, got 9');
});

test("the server's settings read numbers the same way: an empty PORT is the default, a hex or spaced one is refused", () => {
  expect(loadConfig({ PORT: '' }).PORT).toBe(3000);
  expect(loadConfig({ PORT: '0', ACTOR_GRAPH_FEED_POLL: '2.5' })).toMatchObject({ PORT: 0, ACTOR_GRAPH_FEED_POLL: 2.5 });
  expect(() => loadConfig({ PORT: '0x50' })).toThrow('invalid environment variable PORT: must be a whole number, got "0x50"');
  expect(() => loadConfig({ ACTOR_GRAPH_WRITE_RATE: ' 60' })).toThrow(/ACTOR_GRAPH_WRITE_RATE: must be a whole number/);
  expect(() => loadConfig({ ACTOR_GRAPH_FEED_POLL: '-1' })).toThrow('invalid environment variable ACTOR_GRAPH_FEED_POLL: must be at least 0 and at most 10080, got -1');
});
