/**
 * The worker pool (server/workers/pool.ts): metrics without traversals and Louvain run as pool tasks
 * with the values they have in place; a cancelled traversal job rejects and frees the pool; the
 * pool size setting is checked.
 */
import { communitiesInPool, communitiesOf } from '../../server/graph/communities';
import { edgeBetweenness, linkOrder, linkOrderInPool } from '../../server/algorithms/edge-betweenness';
import { compactGraph } from '../../server/algorithms/compact';
import { findMetric, measure, measureInPool } from '../../server/graph/metrics';
import { betweennessInPool } from '../../server/algorithms/sampled-betweenness';
import { closePool, makePool, poolNice, poolSize, poolTasksPending, poolTasksSubmitted } from '../../server/workers/pool';
import { ActorGraphError } from '../../server/domain/errors';
import { scaleFreeGraph } from '../helpers/scale-free-graph';
import { POOL_RESOURCE_LIMITS } from '../../server/workers/thread-limits';

jest.setTimeout(120_000);
afterAll(closePool);

// 3,000 actors and about 12,000 relations: over the size below which work stays on this thread.
const c = compactGraph(scaleFreeGraph(3000, 4, 1));

test('PageRank and eigenvector in a pool task equal the same metric run here', async () => {
  for (const id of ['pagerank', 'eigenvector']) {
    const before = poolTasksSubmitted();
    const pooled = await measureInPool(findMetric(id)!, c);
    expect(poolTasksSubmitted() - before).toBe(1);
    expect(pooled).toEqual(measure(findMetric(id)!, c));
  }
});

test('Louvain in a pool task equals Louvain here, membership still a record without prototype', async () => {
  const before = poolTasksSubmitted();
  const pooled = await communitiesInPool(c, { seed: 3 });
  expect(poolTasksSubmitted() - before).toBe(1);
  const here = communitiesOf(c, { seed: 3 });
  expect(pooled.communities).toEqual(here.communities);
  expect(pooled.modularity).toBe(here.modularity);
  expect({ ...pooled.membership }).toEqual({ ...here.membership });
  expect(Object.getPrototypeOf(pooled.membership)).toBeNull();
});

test("edge betweenness's links are sorted in a pool task as in place", async () => {
  // 6,000 actors and about 24,000 links: over the size below which the sort stays on this thread.
  const big = compactGraph(scaleFreeGraph(6000, 4, 2));
  const r = edgeBetweenness(big, { k: 20, seed: 1 });
  const before = poolTasksSubmitted();
  const pooled = await linkOrderInPool(r);
  expect(poolTasksSubmitted() - before).toBe(1);
  expect(Array.from(pooled)).toEqual(Array.from(linkOrder(r)));
});

test('a cancelled traversal job rejects and its threads stop early', async () => {
  const whole = performance.now();
  await betweennessInPool(c, { method: 'exact', threads: 2 });
  const wholeMs = performance.now() - whole;
  const controller = new AbortController();
  const job = betweennessInPool(c, { method: 'exact', threads: 2 }, controller.signal);
  setTimeout(() => controller.abort(new Error('gone')), 20);
  const started = performance.now();
  await expect(job).rejects.toThrow('gone');
  while (poolTasksPending() > 0) await new Promise((r) => setTimeout(r, 5));
  // Each thread stops after its current chunk (a sixteenth of its share), not at the end.
  expect(performance.now() - started).toBeLessThan(wholeMs / 2);
});

test("the pool's threads start with their small young generation, not V8's default for a main thread", async () => {
  const made = makePool();
  try {
    await made.run({ c, options: { seed: 3 } }, { name: 'communities' });
    expect(made.threads.length).toBeGreaterThan(0);
    // V8's default is 48 MB (two 16 MB semi-spaces and the space objects are promoted through).
    for (const t of made.threads) expect(t.resourceLimits?.maxYoungGenerationSizeMb).toBe(POOL_RESOURCE_LIMITS.maxYoungGenerationSizeMb);
    expect(POOL_RESOURCE_LIMITS.maxYoungGenerationSizeMb).toBeLessThan(48);
  } finally {
    await made.destroy();
  }
});

test('ACTOR_GRAPH_WORKERS sets the pool size and is checked', () => {
  expect(poolSize({ ACTOR_GRAPH_WORKERS: '3' })).toBe(3);
  expect(poolSize({})).toBeGreaterThanOrEqual(1);
  expect(() => poolSize({ ACTOR_GRAPH_WORKERS: '0' })).toThrow(/ACTOR_GRAPH_WORKERS/);
});

test('ACTOR_GRAPH_WORKER_NICE sets the threads\' priority and is checked', () => {
  expect(poolNice({})).toBe(10);
  expect(poolNice({ ACTOR_GRAPH_WORKER_NICE: '0' })).toBe(0);
  expect(() => poolNice({ ACTOR_GRAPH_WORKER_NICE: '-5' })).toThrow(/ACTOR_GRAPH_WORKER_NICE/);
});

test("a thread's answer to a task the pool no longer knows (aborted as it finished) is a warning, not the end of the server", async () => {
  const made = makePool();
  const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
  try {
    // What piscina emits then (its onMessage, for a result whose task an abort took away).
    expect(() => made.emit('error', new Error('Unexpected message from Worker: { taskId: 30 }'))).not.toThrow();
    expect(warn).toHaveBeenCalledWith('worker pool: Unexpected message from Worker: { taskId: 30 }', 'ActorGraphPoolWarning');
  } finally {
    warn.mockRestore();
    await made.destroy();
  }
});

test('a metric that does not converge in a pool task fails as it does here: the same error, code and status (a 422, not a 500)', async () => {
  const def = findMetric('eigenvector')!;
  // Too few iterations for this graph: the power iteration stops short, in the thread.
  const options = { max_iter: 2 };
  let here: unknown;
  try {
    measure(def, c, options);
  } catch (e) {
    here = e;
  }
  expect(here).toBeInstanceOf(ActorGraphError);
  const before = poolTasksSubmitted();
  const pooled = await measureInPool(def, c, options).catch((e: unknown) => e);
  expect(poolTasksSubmitted() - before).toBe(1);
  expect(pooled).toBeInstanceOf(ActorGraphError);
  expect(pooled).toMatchObject({ message: (here as Error).message, code: 'not_converged', status: 422 });
});
