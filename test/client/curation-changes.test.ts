/**
 * The words the curation controls use when someone else changed what they act on, and the order
 * their writes go in (each after the answer to the one before, which moved the version on).
 */
import type { RelationDetail } from '../../server/domain/curation';
import type { ActorDetail } from '../../client/api-types';
import { actorChanges, recordChanges } from '../../client/change-words';
import { InTurn } from '../../client/in-turn';

const actor = (over: Partial<ActorDetail>): ActorDetail =>
  ({ id: 'oman', name: 'Oman', kind: 'state', aliases: ['Oman'], relations: {}, centrality: {}, version: 3, ...over }) as ActorDetail;
const record = (over: Partial<RelationDetail>): RelationDetail =>
  ({ id: 'a-opposes-b', type: 'opposes', source: 'a', target: 'b', evidence: [], provenance: 'extracted', reviewed: false, version: 5, ...over }) as RelationDetail;

test('an actor renamed, retyped, affiliated and confirmed by someone else is described change by change', () => {
  const was = actor({ provisional: true });
  const now = actor({ name: 'Sultanate of Oman', kind: 'organization', affiliation: 'gulf-arab-states', aliases: ['Oman', 'Sultanate of Oman'], version: 9 });
  expect(actorChanges(was, now)).toEqual(['renamed “Oman” → “Sultanate of Oman”', 'kind State → Organisation', 'acts for none → gulf-arab-states', 'confirmed']);
  expect(actorChanges(was, was)).toEqual([]);
  // An alias gained without a rename (a merge into it) is named; the old name kept as an alias after a rename is not news.
  expect(actorChanges(actor({}), actor({ aliases: ['Oman', 'Muscat'] }))).toEqual(['new aliases Muscat']);
});

test('a relation record accepted or moved by someone else is described', () => {
  expect(recordChanges(record({}), record({ reviewed: true, version: 6 }))).toEqual(['accepted']);
  expect(recordChanges(record({}), record({ source: 'c', version: 6 }))).toEqual(['now c opposes b']);
});

test('writes in turn: the second starts only once the first has answered, even when the first fails', async () => {
  const turn = new InTurn();
  const seen: string[] = [];
  let release!: () => void;
  const first = turn.run(
    () =>
      new Promise<never>((_resolve, reject) => {
        seen.push('first sent');
        release = () => reject(new Error('refused'));
      }),
  );
  const second = turn.run(async () => {
    seen.push('second sent');
    return 2;
  });
  await new Promise((r) => setTimeout(r, 10));
  expect(seen).toEqual(['first sent']);
  release();
  await expect(first).rejects.toThrow('refused');
  await expect(second).resolves.toBe(2);
  expect(seen).toEqual(['first sent', 'second sent']);
});
