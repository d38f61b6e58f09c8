/**
 * Live updates in a real browser against the write-enabled server (store + extraction): an
 * article posted while the page is open shows up in the drawn graph without a reload, with a
 * short notice, and the page keeps its URL, selection and camera.
 */
import { openPage, renderedEdges, renderedNodes, startHarness } from './harness';
import type { Harness, OpenPage } from './harness';
import { startWriteServer } from '../helpers/write-server';

jest.setTimeout(120_000);

const ARTICLE = 'Norway hosted talks between Sweden and Denmark. Sweden and Denmark negotiated a fishing deal in Oslo.';

let h: Harness;
const open: OpenPage[] = [];

beforeAll(async () => {
  h = await startHarness({ server: await startWriteServer() });
}, 120_000);

afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.context.close()));
});

afterAll(async () => {
  await h?.close();
});

test('a new article appears in the open page in place: new actors and relations drawn, URL, selection and camera kept', async () => {
  const o = await openPage(h, '?actor=oman');
  open.push(o);
  const { page: p, errors } = o;
  await p.locator('#panel h2', { hasText: /^Oman$/ }).waitFor();
  await p.waitForSelector('#graph[data-live="open"]');
  // Let the camera finish centring on Oman before taking its state.
  await p.waitForTimeout(700);
  const url = p.url();
  const camera = await p.evaluate(() => (globalThis as any).__actorGraph.camera());
  const loads = await p.locator('#graph').getAttribute('data-loads');
  const before = await renderedNodes(p);
  expect(before.some((n) => /sweden/i.test(n.label))).toBe(false);

  const res = await fetch(`${h.base}/api/documents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: ARTICLE, outlet: 'Test Wire', date: '2026-02-08', title: 'Nordic talks' }),
  });
  expect(res.status).toBe(201);
  const report = (await res.json()) as { actors: { id: string; name: string }[]; relations: { source: string; target: string; type: string }[] };
  expect(report.relations.length).toBeGreaterThan(0);

  // The page reloads the graph by itself (no navigation) and says so.
  await p.waitForFunction((n) => (globalThis as any).document.querySelector('#graph').dataset.loads !== n, loads);
  await p.locator('#notices', { hasText: 'Updated: 1 new document' }).waitFor();
  const nodes = await renderedNodes(p);
  const edges = await renderedEdges(p);
  for (const a of report.actors) expect(nodes.find((n) => n.id === a.id && !n.hidden)).toBeTruthy();
  for (const r of report.relations) {
    const drawn = edges.find(
      (e) => e.relation === r.type && !e.hidden && (e.source === r.source ? e.target === r.target : r.type === 'negotiates' && e.source === r.target && e.target === r.source),
    );
    expect(drawn).toBeTruthy();
  }
  expect(nodes.map((n) => n.label)).toEqual(expect.arrayContaining(['Sweden', 'Denmark']));

  // Same page, same view: URL, selection and camera as they were.
  expect(p.url()).toBe(url);
  expect(await p.locator('#panel h2').textContent()).toBe('Oman');
  expect(await p.evaluate(() => (globalThis as any).__actorGraph.camera())).toEqual(camera);
  expect(await p.evaluate(() => (globalThis as any).performance.getEntriesByType('navigation').length)).toBe(1);
  // The new actors can be found by name at once.
  await p.locator('#search-input').fill('Denma');
  await p.locator('#search-input-list [role="option"]', { hasText: 'Denmark' }).waitFor();
  expect(errors).toEqual([]);
});
