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
