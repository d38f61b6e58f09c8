/** 32-bit FNV-1a of a key's code units, then mixed (murmur3's finaliser) so neighbouring keys spread: for the hash tables of typed arrays that stand for Maps of keys (edge-places.ts, records-by-key.ts). */
export function hashOfKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
