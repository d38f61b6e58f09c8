/**
 * Live updates in a real browser against the write-enabled server (store + extraction): articles
 * posted while the page is open show up in the drawn graph without a reload. What was drawn stays
 * where it was (positions, camera, selection, open panel); one notice says what arrived, with the
 * latest titles, and offers to show it; new actors are marked until the notice is dismissed.
 * Every article here is made up for the test.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { RenderedNode } from '../../client/test-handle';
import { camera, renderedEdges, renderedNodes, settled, useHarness } from './harness';
import { startWriteServer } from '../helpers/write-server';
import { projectRoot } from '../../server/data/paths';

jest.setTimeout(180_000);

const t = useHarness({ server: startWriteServer });


interface Report {
  actors: { id: string; name: string; status: string }[];
  relations: { source: string; target: string; type: string }[];
}

async function post(base: string, text: string, title: string): Promise<Report> {
  const res = await fetch(`${base}/api/documents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text, outlet: 'Test Wire', date: '2026-02-08', title }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Report;
}

/** Opens the page on an actor, waits for the stream, then moves the camera the way a user would (wheel zoom). */
async function openOn(actor: string, name: RegExp): Promise<Page> {
  const { page: p } = await t.page(`?actor=${actor}`);
  await p.locator('#panel h2', { hasText: name }).waitFor();
  await p.waitForSelector('#graph[data-live="open"]');
  await settled(p);
  const box = await p.locator('#graph').boundingBox();
  if (!box) throw new Error('no graph box');
  await p.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.6);
  await p.mouse.wheel(0, 240);
  await settled(p);
  return p;
}

const byId = (nodes: RenderedNode[]): Map<string, RenderedNode> => new Map(nodes.map((n) => [n.id, n]));

/** Every actor drawn before is drawn at the same place (CSS pixels in the graph container). */
function expectKept(before: RenderedNode[], after: RenderedNode[]): void {
  const now = byId(after);
  const moved = before.filter((b) => {
    const a = now.get(b.id);
    return !a || Math.abs(a.x - b.x) > 0.5 || Math.abs(a.y - b.y) > 0.5;
  });
  expect(moved.map((m) => m.id)).toEqual([]);
}

test('one article: drawn actors, camera, selection and panel stay; a notice names it, marks the new actors and shows them', async () => {
  const p = await openOn('witkoff', /Witkoff/);
  const url = p.url();
  const cam = await camera(p);
  const before = await renderedNodes(p);
  const selectedBefore = before.find((n) => n.id === 'witkoff');
  expect(selectedBefore?.faded).toBe(false);
  const loads = await p.locator('#graph').getAttribute('data-loads');

  const report = await post(
    t.harness().base,
    'Envoy Dara Quillan negotiated with Witkoff over a ferry agreement. Norway mediated between Quillan and Sweden in Oslo.',
    'Ferry talks in Oslo',
  );
  const fresh = report.actors.filter((a) => a.status === 'new').map((a) => a.id);
  expect(fresh.length).toBeGreaterThan(0);

  await p.waitForFunction((n) => (globalThis as any).document.querySelector('#graph').dataset.loads !== n, loads);
  await p.waitForSelector('#graph[data-status="ready"]');
  const after = await renderedNodes(p);
  expectKept(before, after);
  expect(await camera(p)).toEqual(cam);

  const notice = p.locator('#notices .live-notice');
  await notice.waitFor();
  const text = await notice.textContent();
  expect(text).toMatch(/1 new article/);
  expect(text).toContain('Ferry talks in Oslo');
  expect(text).toMatch(new RegExp(`${fresh.length} new actors?`));
  expect(text).toMatch(/\d+ new relations?/);

  // The new actors are drawn and marked; the ones drawn before are not.
  const now = byId(after);
  for (const id of fresh) expect(now.get(id)?.isNew).toBe(true);
  expect(before.filter((b) => now.get(b.id)?.isNew).map((b) => b.id)).toEqual([]);
  const edges = await renderedEdges(p);
  expect(edges.some((e) => e.isNew && (fresh.includes(e.source) || fresh.includes(e.target)))).toBe(true);
  // The legend says what the mark means.
  await p.locator('#legend', { hasText: /new since/i }).waitFor();

  // Same view: URL, selection, panel and camera as they were; the selection keeps its focus.
  expect(p.url()).toBe(url);
  expect(await p.locator('#panel h2').textContent()).toMatch(/Witkoff/);
  expect(await p.locator('#panel').isVisible()).toBe(true);
  expect(await camera(p)).toEqual(cam);
  expect(now.get('witkoff')?.faded).toBe(false);
  expect(await p.evaluate(() => (globalThis as any).performance.getEntriesByType('navigation').length)).toBe(1);

  // "Show" moves the camera onto the new actors.
  await notice.getByRole('button', { name: 'Show' }).click();
  await p.waitForFunction((c) => JSON.stringify((globalThis as any).__actorGraph.camera()) !== c, JSON.stringify(cam));
  await settled(p);
  const size = await p.evaluate(() => (globalThis as any).__actorGraph.size() as { width: number; height: number });
  const shown = byId(await renderedNodes(p));
  for (const id of fresh) {
    const n = shown.get(id);
    expect(n && n.x > 0 && n.x < size.width && n.y > 0 && n.y < size.height).toBe(true);
  }

  // Dismissing the notice removes the marks.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await notice.waitFor({ state: 'detached' });
  expect((await renderedNodes(p)).filter((n) => n.isNew)).toEqual([]);
});

test('a batch of 20 articles: one notice with the count and the latest titles, reloads coalesced, the view kept', async () => {
  const p = await openOn('oman', /^Oman$/);
  let inFlight = 0;
  let maxInFlight = 0;
  let aborted = 0;
  const isGraph = (u: string): boolean => new URL(u).pathname === '/api/graph';
  p.on('request', (r) => {
    if (!isGraph(r.url())) return;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
  });
  p.on('requestfinished', (r) => {
    if (isGraph(r.url())) inFlight--;
  });
  p.on('requestfailed', (r) => {
    if (!isGraph(r.url())) return;
    inFlight--;
    aborted++;
  });
  const url = p.url();
  const cam = await camera(p);
  const before = await renderedNodes(p);

  const first = ['Tove', 'Ilan', 'Kiri', 'Maren', 'Osk', 'Pell', 'Rune', 'Sela', 'Tamsin', 'Ulva'];
  const last = ['Estrade', 'Marrow'];
  const fresh: string[] = [];
  for (let i = 0; i < 20; i++) {
    const name = `${first[i % first.length]} ${last[Math.floor(i / first.length)]}`;
    const report = await post(t.harness().base, `Mediator ${name} held talks with Oman about harbour fees in round ${i + 1}.`, `Harbour round ${i + 1}`);
    fresh.push(...report.actors.filter((a) => a.status === 'new').map((a) => a.id));
  }
  expect(fresh.length).toBeGreaterThanOrEqual(10);

  const notice = p.locator('#notices .live-notice');
  await p.locator('#notices .live-notice', { hasText: '20 new articles' }).waitFor();
  // Settled once the last reload has landed: every new actor is drawn and marked.
  await p.waitForFunction(
    (ids) => {
      const marked = new Set(((globalThis as any).__actorGraph.nodes() as RenderedNode[]).filter((n) => n.isNew).map((n) => n.id));
      return ids.every((id) => marked.has(id));
    },
    fresh,
  );
  const text = (await notice.textContent()) ?? '';
  // The latest titles, newest first; older ones are counted, not listed.
  expect(text).toContain('Harbour round 20');
  expect(text).toContain('Harbour round 18');
  expect(text).not.toContain('Harbour round 1:');
  expect(text.indexOf('Harbour round 20')).toBeLessThan(text.indexOf('Harbour round 19'));
  expect(await p.locator('#notices .live-notice').count()).toBe(1);
  expect(await p.locator('#notices .toast').count()).toBeLessThanOrEqual(1);
  // One graph request at a time, none thrown away half-way.
  expect(maxInFlight).toBeLessThanOrEqual(1);
  expect(aborted).toBe(0);

  expectKept(before, await renderedNodes(p));
  expect(await camera(p)).toEqual(cam);
  expect(p.url()).toBe(url);
  expect(await p.locator('#panel h2').textContent()).toBe('Oman');
  // The picture for the README: the notice with what each of the latest articles brought, the new actors ringed.
  await notice.locator('summary').click();
  await notice.locator('.live-notice-details li', { hasText: 'Harbour round 16' }).waitFor();
  await p.screenshot({ path: path.join(projectRoot(), 'docs', 'live-update.png') });
  // Only what arrived is marked.
  expect((await renderedNodes(p)).filter((n) => n.isNew).map((n) => n.id).sort()).toEqual([...fresh].sort());
});

test('a relayout asked for on the server (POST /api/layout) is drawn: the page shows what a fresh page shows', async () => {
  const { page: p } = await t.page('');
  await p.waitForSelector('#graph[data-live="open"]');
  await p.waitForSelector('#graph[data-status="ready"]');
  const base = t.harness().base;
  let loads = await p.locator('#graph').getAttribute('data-loads');
  await post(base, 'Envoy Mira Tolland negotiated with Oman over a shipping accord in Muscat.', 'Shipping talks in Muscat');
  await p.waitForFunction((n) => (globalThis as any).document.querySelector('#graph').dataset.loads !== n, loads);
  loads = await p.locator('#graph').getAttribute('data-loads');
  const res = await fetch(`${base}/api/layout`, { method: 'POST' });
  expect(res.status).toBe(200);
  await p.waitForFunction((n) => (globalThis as any).document.querySelector('#graph').dataset.loads !== n, loads);
  await p.waitForSelector('#graph[data-status="ready"]');
  await settled(p);
  const { page: fresh } = await t.page('');
  await fresh.waitForSelector('#graph[data-status="ready"]');
  await settled(fresh);
  const drawn = byId(await renderedNodes(p));
  const expected = await renderedNodes(fresh);
  expect(expected.length).toBeGreaterThan(0);
  const off = expected.filter((e) => {
    const d = drawn.get(e.id);
    return !d || Math.abs(d.x - e.x) > 0.5 || Math.abs(d.y - e.y) > 0.5;
  });
  expect(off.map((o) => o.id)).toEqual([]);
});
