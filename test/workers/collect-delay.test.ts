/**
 * A worker thread collects a moment after its last task, and at most once in a while: a full
 * collection costs what the thread holds, so a stream of tasks must not pay one each
 * (server/workers/collect-after-task.ts).
 */
import { collectDelay } from '../../server/workers/collect-after-task';

test('the first collection comes a moment after the task', () => {
  expect(collectDelay(-Infinity, 1_000)).toBe(150);
});

test('a task soon after a collection puts the next one off to the end of the interval, not forever', () => {
  expect(collectDelay(10_000, 10_400)).toBe(4_600);
  expect(collectDelay(10_000, 14_990)).toBe(150);
});

test('long after a collection, the next again comes a moment after the task', () => {
  expect(collectDelay(10_000, 60_000)).toBe(150);
});
