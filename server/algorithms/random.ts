import { sharedInts } from './shared-ints';

/** A small seeded PRNG (mulberry32) so layouts and community detection repeat run after run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** k distinct sources drawn uniformly (a partial Fisher–Yates shuffle), in increasing order. */
export function drawSources(n: number, k: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  // On shared memory, so the worker reads the list without a copy.
  const out = sharedInts(k);
  out.set(pool.subarray(0, k));
  return out.sort();
}

