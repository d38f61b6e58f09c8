import { ActorIndex, fold, initials } from '../../client/actor-search';
import type { ActorSummary } from '../../client/api-types';

const actor = (id: string, name: string, kind: ActorSummary['kind'], aliases: string[] = [], relationCount = 1, affiliation?: string): ActorSummary =>
  ({ id, name, kind, aliases, relationCount, affiliation }) as ActorSummary;

const ACTORS = [
  actor('united-states', 'United States', 'state', ['the United States', 'Washington', 'U.S.'], 20),
  actor('us-military', 'U.S. military', 'military', ['the U.S. military'], 2, 'united-states'),
  actor('trump', 'Donald Trump', 'person', ['Trump', 'President Trump'], 12, 'united-states'),
  actor('araghchi', 'Abbas Araghchi', 'person', ['Araghchi'], 5, 'iran'),
  actor('iran', 'Iran', 'state', ['Tehran', 'Iranian'], 25),
  actor('iranian-officials', 'Iranian officials', 'organization', [], 3, 'iran'),
  actor('turkiye', 'Türkiye', 'state', ['Turkey'], 4),
  actor('gulf', 'Gulf Arab states', 'state', [], 2),
];

const first = (q: string): string | undefined => new ActorIndex(ACTORS).find(q)[0]?.actor.id;

test('folding drops accents, case and the dots of abbreviations', () => {
  expect(fold('Türkiye')).toBe('turkiye');
  expect(fold('U.S.')).toBe('us');
  expect(initials('the United States')).toBe('us');
  expect(initials('Iran')).toBe('');
});

test('an acronym finds the actor, by alias or by initials', () => {
  expect(first('US')).toBe('united-states');
  expect(first('gas')).toBe('gulf');
  expect(new ActorIndex(ACTORS).find('US')[0].via).toBe('U.S.');
});

test('typos are forgiven', () => {
  expect(first('Araqchi')).toBe('araghchi');
  expect(first('trmp')).toBe('trump');
  expect(first('Tehrn')).toBe('iran');
});

test('accents are folded both ways, and prefixes match', () => {
  expect(first('turkiye')).toBe('turkiye');
  expect(first('Türk')).toBe('turkiye');
  expect(first('Ira')).toBe('iran');
});

test('the exact name comes first, and an alias match says which alias', () => {
  const found = new ActorIndex(ACTORS).find('Iran');
  expect(found[0].actor.id).toBe('iran');
  expect(found[0].via).toBeNull();
  expect(new ActorIndex(ACTORS).find('Tehran')[0].via).toBe('Tehran');
});

test('numbers are matched exactly, not fuzzily', () => {
  const many = Array.from({ length: 50 }, (_, i) => actor(`a${i}`, `ACTOR ${1230 + i}`, 'organization'));
  const found = new ActorIndex(many).find('ACTOR 1234');
  expect(found.map((m) => m.actor.name)).toEqual(['ACTOR 1234']);
});

test('nothing to search for finds nothing', () => {
  expect(new ActorIndex(ACTORS).find(' .. ')).toEqual([]);
});

test('a lone letter is no prefix (it would match everyone); a later word is', () => {
  const many = Array.from({ length: 30 }, (_, i) => actor(`a${i}`, `ACTOR ${100 + i}`, 'organization'));
  expect(new ActorIndex(many).find('A')).toEqual([]);
  expect(new ActorIndex(many).find('ACTOR 1').length).toBe(8);
});
