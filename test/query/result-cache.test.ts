/** The results cache: joined flights, cancellation when every caller has gone, versions, and the byte bound. */
import { cacheBudget, estimateBytes, ResultCache } from '../../server/query/result-cache';

/** A computation the test resolves by hand, recording the signal it was given. */
function manual<T>() {
  let resolve!: (v: T) => void;
  let signal!: AbortSignal;
  const compute = (s: AbortSignal): Promise<T> => {
    signal = s;
    return new Promise<T>((r, reject) => {
      resolve = r;
      s.addEventListener('abort', () => reject(s.reason));
    });
  };
  return { compute, resolve: (v: T) => resolve(v), signal: () => signal };
}

test('an identical request joins the one in flight; the answer is then kept', async () => {
  const cache = new ResultCache(1e6);
  const m = manual<number[]>();
  const a = cache.getAsync('k', m.compute);
  const b = cache.getAsync('k', m.compute);
  m.resolve([1, 2, 3]);
  expect(await a).toBe(await b);
  expect(cache.computations).toBe(1);
  expect(await cache.getAsync('k', m.compute)).toEqual([1, 2, 3]);
  expect(cache.computations).toBe(1);
});

test('the work is cancelled only when every caller has gone, and is not kept', async () => {
  const cache = new ResultCache(1e6);
  const m = manual<string>();
  const one = new AbortController();
  const two = new AbortController();
  const a = cache.getAsync('k', m.compute, one.signal);
  const b = cache.getAsync('k', m.compute, two.signal);
  one.abort();
  await expect(a).rejects.toBeDefined();
  expect(m.signal().aborted).toBe(false);
  two.abort();
  await expect(b).rejects.toBeDefined();
  expect(m.signal().aborted).toBe(true);
  // The next request starts afresh rather than joining the cancelled work.
  const again = manual<string>();
  const c = cache.getAsync('k', again.compute);
  again.resolve('fresh');
  expect(await c).toBe('fresh');
  expect(cache.computations).toBe(2);
});

test('a new dataset version drops entries and does not keep older flights', async () => {
  const cache = new ResultCache(1e6);
  expect(cache.get('k', () => 'old')).toBe('old');
  const m = manual<string>();
  const pending = cache.getAsync('f', m.compute);
  cache.clear();
  m.resolve('stale');
  expect(await pending).toBe('stale');
  expect(cache.stats().entries).toBe(0);
  expect(cache.get('k', () => 'new')).toBe('new');
});

test('the cache never holds more than its bound', () => {
  const cache = new ResultCache(100_000);
  for (let i = 0; i < 200; i++) {
    cache.get(`k${i}`, () => new Float64Array(1000)); // about 8 kB each
    expect(cache.stats().bytes).toBeLessThanOrEqual(100_000);
  }
  expect(cache.stats().entries).toBeLessThan(13);
  // The most recent entries are the ones kept.
  let recomputed = false;
  cache.get('k199', () => ((recomputed = true), new Float64Array(0)));
  expect(recomputed).toBe(false);
});

test('estimates count typed arrays by bytes and strings by characters, not class instances', () => {
  expect(estimateBytes(new Float64Array(1000))).toBeGreaterThanOrEqual(8000);
  expect(estimateBytes({ a: 'x'.repeat(500) })).toBeGreaterThanOrEqual(1000);
  class Big {
    data = new Float64Array(1e5);
  }
  expect(estimateBytes({ shared: new Big() })).toBeLessThan(200);
});

test('ACTOR_GRAPH_CACHE_MB sets the bound and is checked', () => {
  expect(cacheBudget({ ACTOR_GRAPH_CACHE_MB: '2' })).toBe(2 * 1024 * 1024);
  expect(cacheBudget({})).toBe(256 * 1024 * 1024);
  expect(() => cacheBudget({ ACTOR_GRAPH_CACHE_MB: 'lots' })).toThrow(/ACTOR_GRAPH_CACHE_MB/);
});

test('a long array is sized from a sample, close to its full measure', () => {
  const ranking = Array.from({ length: 20_000 }, (_v, i) => ({ rank: i + 1, id: `actor-${i}`, value: i / 3 }));
  const exact = ranking.reduce((sum, r) => sum + estimateBytes(r), 16 + 8 * ranking.length);
  const estimate = estimateBytes(ranking);
  expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.05);
});

test("a big record (a metric's values by actor) is sized from a sample of its entries, close to its full measure", () => {
  const values: Record<string, number> = {};
  for (let i = 0; i < 20_000; i++) values[`actor-${i}`] = i / 7;
  const exact = Object.entries(values).reduce((sum, [k, v]) => sum + 16 + 2 * k.length + estimateBytes(v), 32);
  let reads = 0;
  const counted = new Proxy(values, { get: (t, k) => (reads++, Reflect.get(t, k)) });
  const estimate = estimateBytes(counted);
  expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.05);
  expect(reads).toBeLessThanOrEqual(300);
});
