/**
 * A metric measured in the worker pool is sent the projection's node keys only when its options
 * name actors (the only time the thread reads them): at 50,000 actors copying them held the
 * request thread 10–20 ms per measurement. The values are those measured here either way.
 */
import { UndirectedGraph } from 'graphology';
import { compactGraph } from '../../server/algorithms/compact';
import { INLINE_ARCS } from '../../server/algorithms/parallel-job';
import { seededRandom } from '../../server/algorithms/random';
import { findMetric, measure, runInPool } from '../../server/graph/metrics';
import * as pool from '../../server/workers/pool';
import { closePool } from '../../server/workers/pool';

afterAll(() => closePool());

test('node keys go to the thread only with options that name actors; the values are the same', async () => {
  const random = seededRandom(4);
  const g = new UndirectedGraph();
  for (let i = 0; i < 2000; i++) g.addNode(`actor-${i}`);
  while (g.size * 2 < INLINE_ARCS + 1000) {
    const [s, t] = [Math.floor(random() * 2000), Math.floor(random() * 2000)];
    if (s !== t && !g.hasEdge(`actor-${s}`, `actor-${t}`)) g.addEdge(`actor-${s}`, `actor-${t}`);
  }
  const c = compactGraph(g, false);
  const def = findMetric('pagerank');
  if (!def) throw new Error('pagerank is registered');
  const spy = jest.spyOn(pool, 'runMetricTask');
  try {
    for (const options of [{}, { personalization: [['actor-7', 1]] as [string, number][] }]) {
      const run = await runInPool(def, c, options);
      const sent = spy.mock.calls[spy.mock.calls.length - 1][0];
      expect(sent.c.ids.length).toBe('personalization' in options ? c.ids.length : 0);
      const here = measure(def, c, options);
      c.ids.forEach((id, i) => expect(run.values[i]).toBeCloseTo(here.values[id], 12));
    }
    expect(spy).toHaveBeenCalledTimes(2);
  } finally {
    spy.mockRestore();
  }
});
