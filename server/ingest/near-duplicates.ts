/**
 * Near-duplicates: the same story republished with another headline, byline or a paragraph more.
 * Each text becomes the set of its 5-word shingles (lower-cased words, punctuation ignored); a
 * MinHash signature of 128 values estimates the Jaccard similarity of two such sets (the share of
 * positions where the signatures agree). Candidates are found by locality-sensitive hashing (32
 * bands of 4 values, stored and indexed in the store), so a check reads a few rows, not every
 * signature; each candidate is then compared on its whole signature.
 *
 * NEAR_DUPLICATE_THRESHOLD = 0.5: a republication that adds a paragraph to five keeps about 0.8,
 * one cut to half its length about 0.5; different reports of the same event, even sharing a long
 * quote, stay under 0.1 (see test/ingest/near-duplicates.test.ts). On real State Department texts
 * (test/fixtures/republished) it links 8 reissues (0.52–0.91) and none of 10 near-misses (≤ 0.49),
 * with little margin: templated statements and yearly messages come close. With 32 bands of 4, a pair at
 * 0.5 becomes a candidate with probability 1 - (1 - 0.5^4)^32 ≈ 0.87, at 0.7 ≈ 0.9996.
 */

/** Estimated Jaccard similarity from which a new text is linked to a stored one. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
/** Texts with fewer shingles than this (a few sentences) are never linked: short bulletins share too much boilerplate. */
const MIN_SHINGLES = 40;

const SHINGLE_WORDS = 5;
const SIGNATURE_SIZE = 128;
const BANDS = 32;
const ROWS = SIGNATURE_SIZE / BANDS;

/** FNV-1a, 32 bits. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: mixes a 32-bit value so that each seed acts as its own permutation. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds, so signatures computed today match those stored earlier. */
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x7f4a7c15));

/** Hashes of the text's distinct word 5-grams. */
function shingleHashes(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/** The MinHash signature of a text, or undefined when it is too short to compare. */
export function signatureOf(text: string): Uint32Array | undefined {
  const shingles = shingleHashes(text);
  if (shingles.size < MIN_SHINGLES) return undefined;
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const x of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix(x ^ SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two texts' shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** One hash per band (as a signed 32-bit integer, which SQLite stores compactly). */
export function bandHashes(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[b * ROWS + r], 0x01000193);
    out.push(h | 0);
  }
  return out;
}

export const signatureToBytes = (sig: Uint32Array): Buffer => Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
export const signatureFromBytes = (b: Buffer): Uint32Array => new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
