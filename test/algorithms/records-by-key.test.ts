import { RecordsByKey } from '../../server/algorithms/records-by-key';

const rec = (id: string, key = 'k') => ({ id, key });
type Rec = ReturnType<typeof rec>;
const byKey = (r: Rec): string => r.key;

test('a key with one record holds the record itself, and a list from the second on, in order', () => {
  const groups = new RecordsByKey<Rec>(byKey);
  const [a, b, c] = [rec('a'), rec('b'), rec('c')];
  groups.add('k', a);
  expect(groups.several('k')).toBeUndefined();
  expect(groups.get('k')).toEqual([a]);
  groups.add('k', b);
  groups.add('k', c);
  expect(groups.several('k')).toEqual([a, b, c]);
  expect(groups.get('missing')).toBeUndefined();
  expect(groups.find('k', (x) => x.id === 'b')).toBe(b);
  expect(groups.find('k', (x) => x.id === 'z')).toBeUndefined();
  expect([...groups]).toEqual([['k', [a, b, c]]]);
});

test('removing records goes back to the record itself, then drops the key', () => {
  const groups = new RecordsByKey<Rec>(byKey);
  const [a, b, c] = [rec('a'), rec('b'), rec('c')];
  for (const x of [a, b, c]) groups.add('k', x);
  groups.remove('k', b);
  expect(groups.get('k')).toEqual([a, c]);
  groups.remove('k', a);
  expect(groups.several('k')).toBeUndefined();
  expect(groups.get('k')).toEqual([c]);
  expect(groups.find('k', (x) => x === c)).toBe(c);
  groups.remove('k', a); // not there: nothing changes
  expect(groups.has('k')).toBe(true);
  groups.remove('k', c);
  expect(groups.has('k')).toBe(false);
  expect([...groups]).toEqual([]);
});

test('a list held for several records is the one the groups read, so reordering it reorders them', () => {
  const groups = new RecordsByKey<Rec>(byKey);
  const [a, b] = [rec('a'), rec('b')];
  groups.add('k', a);
  groups.add('k', b);
  groups.several('k')?.reverse();
  expect(groups.get('k')).toEqual([b, a]);
});

test('keys keep the order they came in through growth, removals and a key added again, as a Map does', () => {
  const groups = new RecordsByKey<Rec>(byKey);
  const map = new Map<string, Rec[]>();
  const records = Array.from({ length: 3000 }, (_, i) => rec(`r${i}`, `k${(i * 7919) % 1000}`));
  const add = (r: Rec): void => {
    groups.add(r.key, r);
    map.set(r.key, [...(map.get(r.key) ?? []), r]);
  };
  const remove = (r: Rec): void => {
    groups.remove(r.key, r);
    const rest = (map.get(r.key) ?? []).filter((x) => x !== r);
    if (rest.length) map.set(r.key, rest);
    else map.delete(r.key);
  };
  records.slice(0, 2000).forEach(add);
  records.slice(0, 1500).forEach(remove);
  records.slice(2000).forEach(add);
  records.slice(0, 300).forEach(add);
  expect([...groups]).toEqual([...map]);
  for (const key of ['k0', 'k1', 'k999', 'missing']) expect(groups.get(key)).toEqual(map.get(key));
  expect(groups.has('k5')).toBe(map.has('k5'));
});
