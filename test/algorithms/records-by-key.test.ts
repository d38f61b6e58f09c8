import { RecordsByKey } from '../../server/algorithms/records-by-key';

const rec = (id: string) => ({ id });

test('a key with one record holds the record itself, and a list from the second on, in order', () => {
  const groups = new RecordsByKey<{ id: string }>();
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
  const groups = new RecordsByKey<{ id: string }>();
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
  const groups = new RecordsByKey<{ id: string }>();
  const [a, b] = [rec('a'), rec('b')];
  groups.add('k', a);
  groups.add('k', b);
  groups.several('k')?.reverse();
  expect(groups.get('k')).toEqual([b, a]);
});
