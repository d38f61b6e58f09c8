/**
 * Traversal jobs add their chunks to the total in chunk order (server/algorithms/traversal-kernels.ts),
 * so an answer is the same to the last bit from run to run and on one thread or two. Added in the
 * order the pool's threads happened to finish, edge betweenness differed in its last bit between two
 * runs of the same query.
 */
import { compactGraph } from '../../server/algorithms/compact';
import { edgeBetweenness, edgeBetweennessInPool } from '../../server/algorithms/edge-betweenness';
import { betweennessCentrality, betweennessInPool } from '../../server/algorithms/sampled-betweenness';
import { closePool } from '../../server/workers/pool';
import { scaleFreeGraph } from '../helpers/scale-free-graph';

jest.setTimeout(120_000);
afterAll(closePool);

/** The exact bytes of a float array: equal only when every value is equal to the last bit. */
const bits = (a: Float64Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

const c = compactGraph(scaleFreeGraph(1500, 4, 5));

test('edge betweenness: four runs on two threads and one on this thread give the same bits', async () => {
  const one = edgeBetweenness(c, { method: 'exact', threads: 1 });
  const runs = [];
  for (let i = 0; i < 4; i++) runs.push(await edgeBetweennessInPool(c, { method: 'exact', threads: 2 }));
  expect(runs.map((r) => r.threads)).toEqual([2, 2, 2, 2]);
  expect(new Set(runs.map((r) => bits(r.values)))).toEqual(new Set([bits(one.values)]));
});

test('node betweenness: the same bits on two threads as on one, run after run', async () => {
  const one = betweennessCentrality(c, { method: 'exact', threads: 1 });
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await betweennessInPool(c, { method: 'exact', threads: 2 }));
  expect(new Set(runs.map((r) => bits(r.values)))).toEqual(new Set([bits(one.values)]));
});

test('many jobs at once, some cancelled mid-run and some asking more threads than the pool has, all settle; those not cancelled give the same bits', async () => {
  const one = betweennessCentrality(c, { method: 'exact', threads: 1 });
  const controllers = Array.from({ length: 6 }, () => new AbortController());
  const jobs = controllers.map((controller, i) => betweennessInPool(c, { method: 'exact', threads: i % 3 === 2 ? 5 : 2 }, i % 2 ? controller.signal : undefined));
  await new Promise((resolve) => setTimeout(resolve, 5));
  for (let i = 1; i < 6; i += 2) controllers[i].abort(new Error('client went away'));
  const settled = await Promise.allSettled(jobs);
  // Six jobs on a pool of two: the last cancelled one is still queued when cancelled.
  expect(settled.some((s) => s.status === 'rejected')).toBe(true);
  settled.forEach((s, i) => {
    if (i % 2 === 0) expect(s.status).toBe('fulfilled');
    if (s.status === 'fulfilled') expect(bits(s.value.values)).toBe(bits(one.values));
    else expect((s.reason as Error).message).toBe('client went away');
  });
  // The pool still answers after the cancelled jobs.
  expect(bits((await betweennessInPool(c, { method: 'exact', threads: 2 })).values)).toBe(bits(one.values));
});

test("a job whose pool is closed under it (its threads stopped, running or queued) rejects rather than waits, and the pool answers again after", async () => {
  const one = betweennessCentrality(c, { method: 'exact', threads: 1 });
  const job = betweennessInPool(c, { method: 'exact', threads: 2 });
  await new Promise((resolve) => setTimeout(resolve, 50));
  await closePool();
  await expect(job).rejects.toThrow();
  expect(bits((await betweennessInPool(c, { method: 'exact', threads: 2 })).values)).toBe(bits(one.values));
});
