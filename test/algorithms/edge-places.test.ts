/** A followed slice's index of edge places against the places of a plain array changed the same way. */
import { EdgePlaces } from '../../server/algorithms/edge-places';
import { seededRandom } from '../../server/algorithms/random';

/**
 * `steps` random changes of `start` keys (each dropping 1–`maxDrops` keys, some of which come back
 * at the end, and appending up to `maxNew` new ones), checking every key's place now and then. Each
 * state's keys are an array of their own, as each slice's are (the index reads a state's keys until
 * the next change hands it the next state's).
 */
function followRandomChanges(start: number, steps: number, maxDrops: number, maxNew: number, dropsKept: number, seed: number): void {
  const random = seededRandom(seed);
  let keys = Array.from({ length: start }, (_, i) => `e${i}`);
  const first = keys;
  const places = new EdgePlaces((i) => first[i], keys.length, dropsKept);
  let next = keys.length;
  for (let step = 0; step < steps; step++) {
    const dropped = keys.length ? [...new Set(Array.from({ length: 1 + Math.floor(random() * maxDrops) }, () => keys[Math.floor(random() * keys.length)]))] : [];
    // An edge dropped may come back at the end (its ends turned round), as a change does.
    const appended = [...dropped.filter(() => random() < 0.5), ...Array.from({ length: Math.floor(random() * (maxNew + 1)) }, () => `e${next++}`)];
    const gone = new Set(dropped);
    const changed = [...keys.filter((k) => !gone.has(k)), ...appended];
    places.follow(dropped, appended, (i) => changed[i], changed.length);
    keys = changed;
    if (step % 250 === 0 || step > steps - 10) keys.forEach((k, i) => expect(places.get(k)).toBe(i));
  }
  expect(places.get('nothing')).toBeUndefined();
  for (const k of ['e-1', `e${next}`, '']) expect(places.get(k)).toBeUndefined();
  if (keys.length) expect(places.get(keys[0])).toBe(0);
}

test('random drops and appends, past the point where the stamps are renumbered: every key at its place in the changed array', () => {
  followRandomChanges(6000, 2500, 4, 2, 4096, 21);
});

test('a few keys grown to many, the table filling up and made larger again and again: every key at its place', () => {
  followRandomChanges(10, 1200, 2, 12, 65_536, 5);
});

test('keys alike but for a few characters in the middle, many dropped and appended: each found at its place, a missing one not found', () => {
  // Keys differing only late, many removed and appended: probes run through removed slots and others' keys.
  followRandomChanges(2000, 500, 8, 8, 65_536, 8);
  const keys = Array.from({ length: 2000 }, (_, i) => `negotiates:${'a'.repeat(30)}${i}--${'b'.repeat(30)}`);
  const places = new EdgePlaces((i) => keys[i], keys.length);
  keys.forEach((k, i) => expect(places.get(k)).toBe(i));
  expect(places.get(`negotiates:${'a'.repeat(30)}2000--${'b'.repeat(30)}`)).toBeUndefined();
});

test('an index made in steps gives the places one made at once gives; a lookup or a change before the last step finishes it', () => {
  const keys = Array.from({ length: 5000 }, (_, i) => `e${i}`);
  const stepped = EdgePlaces.inSteps((i) => keys[i], keys.length);
  let steps = 0;
  while (!stepped.fillSome(700)) steps++;
  expect(steps).toBe(7);
  keys.forEach((k, i) => expect(stepped.get(k)).toBe(i));
  expect(stepped.fillSome(700)).toBe(true);

  const looked = EdgePlaces.inSteps((i) => keys[i], keys.length);
  looked.fillSome(1000);
  expect(looked.get('e4999')).toBe(4999);
  const changed = EdgePlaces.inSteps((i) => keys[i], keys.length);
  changed.fillSome(1000);
  const after = [...keys.filter((k) => k !== 'e10' && k !== 'e3000'), 'e10', 'new'];
  changed.follow(['e10', 'e3000'], ['e10', 'new'], (i) => after[i], after.length);
  after.forEach((k, i) => expect(changed.get(k)).toBe(i));
  expect(changed.get('e3000')).toBeUndefined();
});
