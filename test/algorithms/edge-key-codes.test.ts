import { edgeKeyCode, keyOfCode } from '../../server/algorithms/edge-key-codes';

test('a key made of a prefix, the ends and a separator is made again from its code, either way round', () => {
  for (const [key, source, target] of [
    ['opposes:a->b', 'a', 'b'],
    ['negotiates:a--b', 'b', 'a'],
    ['x->y', 'x', 'y'],
    ['rel:a-->b', 'a', '>b'],
  ]) {
    const code = edgeKeyCode(key, source, target);
    expect(code).toBeGreaterThan(0);
    expect(code).toBeLessThan(1 << 16);
    expect(keyOfCode(code, source, target)).toBe(key);
  }
});

test('a key not made of its ends has no code (the chunk holds it)', () => {
  expect(edgeKeyCode('e17', 'a', 'b')).toBe(0);
  expect(edgeKeyCode('opposes:a->c', 'a', 'b')).toBe(0);
  expect(edgeKeyCode('opposes:a=>b', 'a', 'b')).toBe(0);
  expect(edgeKeyCode('b', 'a', 'b')).toBe(0);
});
