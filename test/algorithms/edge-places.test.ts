/** A followed slice's index of edge places against the places of a plain array changed the same way. */
import { EdgePlaces } from '../../server/algorithms/edge-places';
import { seededRandom } from '../../server/algorithms/random';

test('random drops and appends, past the point where the stamps are renumbered: every key at its place in the changed array', () => {
  const random = seededRandom(21);
  let keys = Array.from({ length: 6000 }, (_, i) => `e${i}`);
  const places = new EdgePlaces((i) => keys[i], keys.length, 4096);
  let next = keys.length;
  for (let step = 0; step < 2500; step++) {
    const dropped = [...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => keys[Math.floor(random() * keys.length)]))];
    // An edge dropped may come back at the end (its ends turned round), as a change does.
    const appended = [...dropped.filter(() => random() < 0.5), ...Array.from({ length: Math.floor(random() * 3) }, () => `e${next++}`)];
    const gone = new Set(dropped);
    keys = [...keys.filter((k) => !gone.has(k)), ...appended];
    places.follow(dropped, appended, (i) => keys[i], keys.length);
    if (step % 250 === 0 || step > 2490) keys.forEach((k, i) => expect(places.get(k)).toBe(i));
  }
  expect(places.get('nothing')).toBeUndefined();
  expect(places.get(keys[0])).toBe(0);
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
