/** Answers made once and shared (api/shared-answers.ts), made while other requests are served. */
import express from 'express';
import type { Response } from 'express';
import { jsonBytes, serialisedOnce, writeJson } from '../../server/api/send-json';
import { seededRandom } from '../../server/algorithms/random';
import { SharedAnswers } from '../../server/api/shared-answers';
import { listen } from '../helpers/http-server';
import type { Running } from '../helpers/http-server';

/** jsonBytes's parts joined, as text. */
const jsonText = async (value: unknown): Promise<string> => Buffer.concat(await jsonBytes(value)).toString('utf8');

test('jsonBytes is JSON.stringify, as UTF-8, in parts of at most a few tens of KB, even when made over several turns', async () => {
  const value = { a: [1, 'é\u{1F600}', null, undefined, { b: undefined, c: [true] }], big: Array.from({ length: 50_000 }, (_, i) => ({ i, s: `n${i}` })), n: undefined };
  expect(await jsonText(value)).toBe(JSON.stringify(value));
  expect(await jsonText([])).toBe('[]');
  const parts = await jsonBytes(value);
  expect(parts.length).toBeGreaterThan(10);
  expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(64 * 1024);
});

test('a big answer to a client that takes every byte at once is written over several turns of the event loop, other work served in between', async () => {
  const parts = await jsonBytes({ list: Array.from({ length: 20_000 }, (_, i) => ({ other: `n${i}`, label: `Nom ${i} é`, weight: i })) });
  const bytes = parts.reduce((sum, p) => sum + p.length, 0);
  expect(bytes).toBeGreaterThan(1024 * 1024);
  // A response whose socket always has room (a loopback client reading as fast as it is written):
  // only turns given on purpose let other work in.
  const written: Buffer[] = [];
  let ended = false;
  const res = { destroyed: false, status: () => res, type: () => res, write: (chunk: Buffer) => written.push(chunk) > 0, end: () => void (ended = true) };
  let turns = 0;
  let counting = true;
  const count = (): void => {
    turns++;
    if (counting) setImmediate(count);
  };
  setImmediate(count);
  await writeJson(res as unknown as Response, parts); // the parts of Response writeJson uses
  counting = false;
  expect(ended).toBe(true);
  expect(Buffer.concat(written).equals(Buffer.concat(parts))).toBe(true);
  // At most 256 KB a turn: at least four turns for over 1 MB.
  expect(turns).toBeGreaterThanOrEqual(4);
});

test('a value marked serialisedOnce is serialised the first time and its text written again after', async () => {
  const relations = serialisedOnce({ negotiates: [{ other: 'b', label: 'Bé \u{1F30D}', weight: 2 }], opposes: [] });
  const first = { id: 'a', relations, centrality: { degree: 0.5 } };
  expect(await jsonText(first)).toBe(JSON.stringify(first));
  // Changed against the rule (the text is reused, not made again), which shows the reuse.
  relations.negotiates[0].weight = 3;
  const second = { id: 'a', relations, centrality: { degree: 0.25 } };
  expect(await jsonText(second)).toBe(JSON.stringify({ ...second, relations: { ...relations, negotiates: [{ ...relations.negotiates[0], weight: 2 }] } }));
  // A new marked value holding the same objects in its lists reuses their text.
  const next = serialisedOnce({ negotiates: [relations.negotiates[0], { other: 'c', label: 'C', weight: 1 }], opposes: [] });
  expect(await jsonText(next)).toBe('{"negotiates":[{"other":"b","label":"Bé \u{1F30D}","weight":2},{"other":"c","label":"C","weight":1}],"opposes":[]}');
  // An unmarked value is serialised each time.
  const plain = { list: [1] };
  await jsonText({ plain });
  plain.list.push(2);
  expect(await jsonText({ plain })).toBe('{"plain":{"list":[1,2]}}');
});

test("a list marked serialisedOnce is encoded once: later answers around it hand on the same bytes, and still read as JSON.stringify's", async () => {
  const list = serialisedOnce(Array.from({ length: 3000 }, (_, i) => ({ other: `n${i}`, label: `Nom ${i} é`, weight: i })));
  const relations = serialisedOnce({ negotiates: list, opposes: [] });
  const first = { id: 'a', relations, centrality: { degree: 0.5 } };
  const second = { id: 'a', relations: serialisedOnce({ ...relations, opposes: [{ other: 'z', weight: 1 }] }), centrality: { degree: 0.25 } };
  const [one, two] = [await jsonBytes(first), await jsonBytes(second)];
  expect(Buffer.concat(one).toString('utf8')).toBe(JSON.stringify(first));
  expect(Buffer.concat(two).toString('utf8')).toBe(JSON.stringify(second));
  const shared = one.filter((part) => two.includes(part));
  expect(Buffer.concat(shared).toString('utf8')).toBe(JSON.stringify(list));
});

test('a list made anew around the items of an earlier one (entries added, dropped, replaced) reads as JSON.stringify, and hands on the bytes of the blocks it did not change', async () => {
  const random = seededRandom(5);
  let list = Array.from({ length: 3000 }, (_, i) => ({ other: `n${i}`, label: `Nom ${i} é`, weight: i }));
  let before = await jsonBytes({ list: serialisedOnce(list) });
  for (let step = 0; step < 30; step++) {
    const next = list.slice();
    const at = (): number => Math.floor(random() * next.length);
    next.splice(at(), 0, { other: `new${step}`, label: 'Nouveau \u{1F30D}', weight: step });
    next.splice(at(), 1);
    const replaced = at();
    next[replaced] = { ...next[replaced], weight: -step };
    const value = { list: serialisedOnce(next), odd: [null, undefined, 'x'] };
    const parts = await jsonBytes(value);
    expect(Buffer.concat(parts).toString('utf8')).toBe(JSON.stringify(value));
    // Three edits touch at most five blocks of about 64 items (47 in all, each its own part; a
    // drop of a block's last item joins two); the answer's own fields around the list are two parts more.
    const old = new Set(before);
    const made = parts.filter((p) => !old.has(p) && p.length > 1);
    expect(made.length).toBeLessThanOrEqual(7);
    expect(parts.length - made.length).toBeGreaterThan(60);
    [list, before] = [next, parts];
  }
  // A list of values that are not objects reads as JSON.stringify too.
  const plain = serialisedOnce([1, 'a', null, undefined, true]);
  expect(await jsonText({ plain })).toBe(JSON.stringify({ plain }));
});

describe('over HTTP', () => {
  let srv: Running;
  let version = 1;
  let builds = 0;
  let lasting = true;
  let release: () => void = () => undefined;
  const shared = new SharedAnswers();

  beforeAll(async () => {
    const app = express();
    // The answer names the version it was made for, once `release` is called.
    app.get('/answer', (_req, res) => {
      const v = version;
      return shared.send(res, v, 'k', true, async () => {
        builds++;
        await new Promise<void>((r) => (release = r));
        return { value: { version: v }, lasting };
      });
    });
    srv = await listen(app);
  });
  afterAll(() => srv.close());

  const get = async (): Promise<unknown> => (await fetch(`${srv.base}/answer`)).json();
  const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 50));

  test('requests while an answer is being made wait for the same one; a newer version makes its own, and the older requests get theirs', async () => {
    const first = get();
    const second = get();
    await tick();
    expect(builds).toBe(1);
    const releaseFirst = release;
    version = 2;
    const newer = get();
    await tick();
    expect(builds).toBe(2);
    releaseFirst();
    expect(await first).toEqual({ version: 1 });
    expect(await second).toEqual({ version: 1 });
    release();
    expect(await newer).toEqual({ version: 2 });
    // Kept for the next request of the same version.
    expect(await get()).toEqual({ version: 2 });
    expect(builds).toBe(2);
  });

  test('an answer that does not last its version goes to the requests that waited for it only', async () => {
    version = 3;
    lasting = false;
    const [first, second] = [get(), get()];
    await tick();
    release();
    expect([await first, await second]).toEqual([{ version: 3 }, { version: 3 }]);
    expect(builds).toBe(3);
    lasting = true;
    const again = get();
    await tick();
    expect(builds).toBe(4);
    release();
    expect(await again).toEqual({ version: 3 });
    expect(await get()).toEqual({ version: 3 });
    expect(builds).toBe(4);
  });
});
