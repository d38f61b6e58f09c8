/**
 * The review queue while others work, in Chromium against a write server with a token: a live update
 * (another analyst's curation over HTTP) leaves the analyst's place in the queue alone — the selected
 * entry keeps the focus and its place on screen, a reason being typed keeps its text and caret — and
 * the next key acts on that entry with its current version (no 409). When the selected entry itself
 * is taken by someone else, the selection moves to the next entry and the queue says why.
 */
import type { WriteServer } from '../helpers/write-server';
import { startCurationServer } from './curation-server';
import { openPage, startHarness } from './harness';
import type { Harness, OpenPage } from './harness';

jest.setTimeout(180_000);

const TOKEN = 'e2e-review-queue-token-0123';

let h: Harness;
let srv: WriteServer;
const open: OpenPage[] = [];

beforeAll(async () => {
  srv = await startCurationServer(TOKEN);
  h = await startHarness({ server: srv });
}, 180_000);

afterEach(async () => {
  // The browser logs the 401 before the token is given; nothing else may fail (a 409 least of all).
  for (const o of open) expect(o.errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  await Promise.all(open.splice(0).map((o) => o.context.close()));
});

afterAll(async () => {
  await h?.close();
});

type Page = OpenPage['page'];

const log = () => srv.store.dump().curation?.log ?? [];

async function until(check: () => boolean, what: string, withinMs = 30_000): Promise<void> {
  for (const started = Date.now(); !check(); ) {
    if (Date.now() - started > withinMs) throw new Error(`e2e: the store never showed ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A curation sent by another analyst's client; the page hears of it only through the live update. */
async function curateElsewhere(relation: string, op: 'accept' | 'reject', body: Record<string, unknown> = {}): Promise<void> {
  const res = await fetch(`${srv.base}/api/relations/${encodeURIComponent(relation)}/${op}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ ...body, by: 'another-analyst' }),
  });
  expect(res.status).toBe(200);
}

/** The queue's entries as the page lists them, and its opened page (live stream open). */
async function queuePage(): Promise<{ p: Page; ids: string[]; total: number; errors: string[] }> {
  const o = await openPage(h);
  open.push(o);
  const p = o.page;
  await p.waitForSelector('#graph[data-live="open"]');
  await p.locator('#review li[data-relation]').first().waitFor();
  const ids = await p.locator('#review li[data-relation]').evaluateAll((els) => els.map((e) => e.getAttribute('data-relation') as string));
  const total = Number(/^(\d+) relation/.exec((await p.locator('#review-summary').textContent()) ?? '')?.[1]);
  return { p, ids, total, errors: o.errors };
}

/** Where the focus is: the queue entry holding it, the focused element's tag and caret, and the entry's offset in the list's view. */
interface Place {
  relation: string | null;
  tag: string;
  caret: number | null;
  top: number | null;
}
function placeOf(p: Page): Promise<Place> {
  return p.evaluate(() => {
    type Box = { top: number };
    type Elem = { tagName: string; selectionStart?: number | null; closest(s: string): (Elem & { getAttribute(n: string): string | null; getBoundingClientRect(): Box }) | null };
    const doc = (globalThis as unknown as { document: { activeElement: Elem; querySelector(s: string): { getBoundingClientRect(): Box } } }).document;
    const a = doc.activeElement;
    const li = a.closest('li[data-relation]');
    const list = doc.querySelector('#review .review-list');
    return {
      relation: li?.getAttribute('data-relation') ?? null,
      tag: a.tagName,
      caret: a.selectionStart ?? null,
      top: li ? Math.round(li.getBoundingClientRect().top - list.getBoundingClientRect().top) : null,
    };
  });
}

/** Presses Tab until the focus is on `relation`'s entry itself (or, with `field`, on its reason field). */
async function tabTo(p: Page, relation: string, field = false): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const at = await placeOf(p);
    if (at.relation === relation && (field ? at.tag === 'INPUT' : at.tag === 'LI')) return;
    await p.keyboard.press('Tab');
  }
  throw new Error(`e2e: Tab never reached ${field ? 'the reason field of ' : ''}${relation}`);
}

async function giveToken(p: Page): Promise<void> {
  await p.locator('#token-dialog[open]').waitFor();
  await p.fill('#token-input', TOKEN);
  await p.keyboard.press('Enter');
}

test('another analyst accepts an entry above the selected one: the selection keeps its focus and place, and A accepts it at once', async () => {
  const { p, ids, total } = await queuePage();
  expect(ids.length).toBeGreaterThanOrEqual(5);
  // Down the queue with the keyboard to the fourth entry: the list has scrolled to show it.
  await p.locator('#review li[data-relation]').first().focus();
  const chosen = ids[3];
  await tabTo(p, chosen);
  const before = await placeOf(p);
  expect(before).toMatchObject({ relation: chosen, tag: 'LI' });

  const events = log().length;
  await curateElsewhere(ids[0], 'accept');
  await p.locator('#review-summary', { hasText: new RegExp(`^${total - 1} relation`) }).waitFor();
  await p.locator(`#review li[data-relation="${ids[0]}"]`).waitFor({ state: 'detached' });

  // Same entry, still focused and marked as the current one, at the same height in the list's view.
  expect(await placeOf(p)).toEqual(before);
  expect(await p.locator(`#review li[data-relation="${chosen}"]`).getAttribute('aria-current')).toBe('true');

  await p.keyboard.press('a');
  await giveToken(p);
  await until(() => log().length === events + 2, 'the page\'s accept');
  // That entry, and taken first time: the other analyst's accept and this one, nothing refused.
  expect(log().slice(events).map((e) => [e.op, e.subjects, e.by === 'another-analyst'])).toEqual([
    ['relation.accept', [`relation:${ids[0]}`], true],
    ['relation.accept', [`relation:${chosen}`], false],
  ]);
  expect(srv.store.dump().curation?.reviewed.map((r) => r.relation)).toContain(chosen);
});

test('the selected entry is rejected by someone else: the selection moves to the next entry, the queue says why, and A accepts that one', async () => {
  const { p, ids } = await queuePage();
  expect(ids.length).toBeGreaterThanOrEqual(3);
  await p.locator('#review li[data-relation]').first().focus();
  const chosen = ids[1];
  await tabTo(p, chosen);

  const events = log().length;
  await curateElsewhere(chosen, 'reject', { reason: 'not in the article' });
  await p.locator('#review .review-note', { hasText: /rejected by another-analyst/ }).waitFor();
  await p.locator(`#review li[data-relation="${chosen}"]`).waitFor({ state: 'detached' });
  expect(await placeOf(p)).toMatchObject({ relation: ids[2], tag: 'LI' });

  await p.keyboard.press('a');
  await giveToken(p);
  await until(() => log().length === events + 2, 'the page\'s accept');
  expect(log().slice(events).map((e) => [e.op, e.subjects])).toEqual([
    ['relation.reject', [`relation:${chosen}`]],
    ['relation.accept', [`relation:${ids[2]}`]],
  ]);
});

test('a rejection reason being typed keeps its text, focus and caret through a live update, and Enter rejects that entry with it', async () => {
  const { p, ids } = await queuePage();
  expect(ids.length).toBeGreaterThanOrEqual(2);
  await p.locator('#review li[data-relation]').first().focus();
  const chosen = ids[1];
  await tabTo(p, chosen, true);
  await p.keyboard.type('same sentence as another report');
  const typed = await placeOf(p);
  expect(typed).toMatchObject({ relation: chosen, tag: 'INPUT', caret: 'same sentence as another report'.length });

  await curateElsewhere(ids[0], 'accept');
  await p.locator(`#review li[data-relation="${ids[0]}"]`).waitFor({ state: 'detached' });
  expect(await placeOf(p)).toEqual(typed);
  expect(await p.locator(`#review li[data-relation="${chosen}"] input`).inputValue()).toBe('same sentence as another report');

  await p.keyboard.press('Enter');
  await giveToken(p);
  await until(() => (srv.store.dump().curation?.rejected ?? []).some((r) => r.relation.id === chosen), 'the page\'s rejection');
  expect(srv.store.dump().curation?.rejected.find((r) => r.relation.id === chosen)?.reason).toBe('same sentence as another report');
});

test('someone else merges the selected entry\'s actor away: the entry stays selected, shows the new name, says so, and A sends the new version (no 409)', async () => {
  const { p, ids, errors } = await queuePage();
  const queue = (await (await fetch(`${srv.base}/api/review?limit=50`)).json()) as { items: { relation: string; source: string; target?: string; version: number }[] };
  const item = queue.items.find((i) => ids.includes(i.relation) && i.target !== undefined && i.source !== 'oman' && i.target !== 'oman');
  if (!item) throw new Error('e2e: no queued relation between two actors other than Oman');
  await p.locator('#review li[data-relation]').first().focus();
  await tabTo(p, item.relation);
  const before = await placeOf(p);

  const events = log().length;
  // Another analyst merges its source into Oman: the relation is moved (its version moves on) and stays unreviewed.
  const res = await fetch(`${srv.base}/api/actors/${encodeURIComponent(item.source)}/merge`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ into: 'oman', by: 'another-analyst' }),
  });
  expect(res.status).toBe(200);
  const entry = p.locator(`#review li[data-relation="${item.relation}"]`);
  await entry.locator('.notice', { hasText: /Someone else changed this relation.*Oman/ }).waitFor();
  await entry.locator('.review-ends', { hasText: 'Oman' }).waitFor();
  expect((await placeOf(p)).relation).toBe(before.relation);
  expect((await placeOf(p)).tag).toBe('LI');

  await p.keyboard.press('a');
  await giveToken(p);
  await until(() => log().length === events + 2, 'the page\'s accept');
  const [merge, accept] = log().slice(events);
  expect(merge.op).toBe('actor.merge');
  expect(accept).toMatchObject({ op: 'relation.accept', subjects: [`relation:${item.relation}`] });
  // Taken first time: sent with the version the merge made (the one first listed would get a 409).
  expect(errors.filter((e) => /status of 409/.test(e))).toEqual([]);
});

test('the curation log takes new events at the top without drawing the others anew: a focused Undo button keeps its focus', async () => {
  const { p, ids } = await queuePage();
  await p.locator('#audit-box summary').click();
  const top = p.locator('#audit li[data-event]').first();
  await top.waitFor();
  const topEvent = await top.getAttribute('data-event');
  // Marks the element itself: an entry drawn anew would not carry the mark.
  await top.evaluate((li) => {
    (li as unknown as { kept: boolean }).kept = true;
  });
  await top.locator('button', { hasText: 'Undo' }).focus();

  await curateElsewhere(ids[0], 'accept');
  await p.locator('#audit li[data-event]').first().locator('.audit-what', { hasText: ids[0] }).waitFor();
  const was = p.locator(`#audit li[data-event="${topEvent}"]`);
  expect(await was.evaluate((li) => (li as unknown as { kept?: boolean }).kept)).toBe(true);
  expect(await was.locator('button').evaluate((b) => b === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);
});
