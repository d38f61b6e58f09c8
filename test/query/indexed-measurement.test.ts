/**
 * The Explorer keeps a metric's values by node index (indexed-measurement.ts): one actor's value is
 * read without a record over every actor, and the results cache sizes the measurement from a sample
 * of its keys and its typed array's length, not by enumerating 50,000 keys.
 */
import Graph from 'graphology';
import { compactGraph } from '../../server/algorithms/compact';
import { findMetric, measure, runInPool } from '../../server/graph/metrics';
import { keyedMeasurement, valueOf } from '../../server/query/indexed-measurement';
import type { IndexedMeasurement } from '../../server/query/indexed-measurement';
import { estimateBytes } from '../../server/query/result-cache';

function star(): Graph {
  const g = new Graph({ type: 'undirected', multi: true });
  // A name that is a key of every plain object is data here, as any actor's id is.
  for (const id of ['hub', 'a', 'b', 'c', '__proto__', 'constructor']) g.addNode(id);
  for (const id of ['a', 'b', 'c', '__proto__']) g.addEdge('hub', id);
  return g;
}

test("an actor's value by index is the keyed measurement's, for every actor; none for an actor not in the projection", async () => {
  const def = findMetric('pagerank');
  if (!def) throw new Error('pagerank is registered');
  const c = compactGraph(star(), false);
  const m: IndexedMeasurement = { ...(await runInPool(def, c)), ids: c.ids };
  const keyed = measure(def, c);
  for (const id of c.ids) expect(valueOf(m, id)).toBe(keyed.values[id]);
  expect(valueOf(m, 'nobody')).toBeUndefined();
  expect(valueOf(m, 'toString')).toBeUndefined();
  expect(keyedMeasurement(m)).toEqual(keyed);
  expect(Object.getPrototypeOf(keyedMeasurement(m).values)).toBeNull();
});

test('the results cache sizes a 50,000-actor measurement from a sample of its keys, near what the keyed record is sized at', () => {
  const n = 50_000;
  const names = Array.from({ length: n }, (_, i) => `actor-${i}-of-the-living-graph`);
  let read = 0;
  // Counts the keys the estimate reads: a walk over every actor fails the bound below.
  const ids = new Proxy(names, {
    get(target, p, receiver): unknown {
      if (typeof p === 'string' && /^\d+$/.test(p)) read++;
      return Reflect.get(target, p, receiver) as unknown;
    },
  });
  const m: IndexedMeasurement = { values: new Float64Array(n).fill(1 / n), method: 'exact', ids };
  const bytes = estimateBytes(m);
  expect(read).toBeLessThanOrEqual(1_000);
  const asRecord = estimateBytes(keyedMeasurement({ ...m, ids: names }));
  expect(bytes).toBeGreaterThan(asRecord / 2);
  expect(bytes).toBeLessThan(asRecord * 2);
});

test('one actor is found by a scan of the projection, not an index of every actor; past a few dozen actors the index is made once', () => {
  const n = 50_000;
  const names = Array.from({ length: n }, (_, i) => `actor-${i}`);
  let read = 0;
  const ids = new Proxy(names, {
    get(target, p, receiver): unknown {
      if (typeof p === 'string' && /^\d+$/.test(p)) read++;
      return Reflect.get(target, p, receiver) as unknown;
    },
  });
  const m: IndexedMeasurement = { values: Float64Array.from(names, (_, i) => i), method: 'exact', ids };
  expect(valueOf(m, 'actor-10')).toBe(10);
  expect(valueOf(m, 'actor-10')).toBe(10);
  // One scan, stopped at the actor: an index of all 50,000 reads every key.
  expect(read).toBeLessThanOrEqual(11);
  for (let i = 0; i < 200; i++) expect(valueOf(m, `actor-${i * 250}`)).toBe(i * 250);
  expect(valueOf(m, 'nobody')).toBeUndefined();
  expect(read).toBeLessThan(40 * n);
});
