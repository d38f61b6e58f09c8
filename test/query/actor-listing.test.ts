/** The actor panel's order within a type: a total order, so a changed entry has one place to go. */
import type { ActorRelation } from '../../server/domain/api';
import { compareListed } from '../../server/query/actor-listing';

const entry = (key: string, other: string, weight: number): ActorRelation => ({ key, other, weight }) as ActorRelation;

test('heaviest first, then by the other actor, then by key: two relations of a type with one actor, one each way, never tie', () => {
  const there = entry('opposes:a->b', 'b', 2);
  const back = entry('opposes:b->a', 'b', 2);
  expect(compareListed(there, back)).toBeLessThan(0);
  expect(compareListed(back, there)).toBeGreaterThan(0);
  expect(compareListed(there, there)).toBe(0);
  const listed = [back, entry('opposes:a->c', 'c', 5), there, entry('opposes:a->a2', 'a2', 2)].sort(compareListed);
  expect(listed.map((x) => x.key)).toEqual(['opposes:a->c', 'opposes:a->a2', 'opposes:a->b', 'opposes:b->a']);
});
