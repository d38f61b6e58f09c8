/** A gazetteer snapshot tells an unchanged or appended-to list from any other, and keeps its record of an appended-to list by appending. */
import type { Actor } from '../../server/domain/types';
import { GazetteerSnapshot } from '../../server/extract/gazetteer-snapshot';

const actor = (id: string): Actor => ({ id, name: id, kind: 'person', aliases: [] });

test('actors appended since the last record are told, whether or not it was recorded in between', () => {
  const list: Actor[] = [actor('a'), actor('b')];
  const snapshot = new GazetteerSnapshot();
  expect(snapshot.appendedSince(list)).toBeUndefined();
  snapshot.record(list);
  expect(snapshot.appendedSince(list)).toEqual([]);
  list.push(actor('c'));
  expect(snapshot.appendedSince(list)?.map((a) => a.id)).toEqual(['c']);
  snapshot.record(list);
  expect(snapshot.appendedSince(list)).toEqual([]);
  list.push(actor('d'), actor('e'));
  snapshot.record(list);
  list.push(actor('f'));
  expect(snapshot.appendedSince(list)?.map((a) => a.id)).toEqual(['f']);
});

test('a replaced or removed actor, or another list, is not an append', () => {
  const list: Actor[] = [actor('a'), actor('b'), actor('c')];
  const snapshot = new GazetteerSnapshot();
  snapshot.record(list);
  list.push(actor('d'));
  snapshot.record(list);
  list[1] = actor('b');
  expect(snapshot.appendedSince(list)).toBeUndefined();
  snapshot.record(list);
  expect(snapshot.appendedSince(list)).toEqual([]);
  list.pop();
  expect(snapshot.appendedSince(list)).toBeUndefined();
  expect(snapshot.appendedSince([...list])).toBeUndefined();
  snapshot.record(list);
  expect(snapshot.appendedSince(list)).toEqual([]);
  snapshot.clear();
  expect(snapshot.appendedSince(list)).toBeUndefined();
});
