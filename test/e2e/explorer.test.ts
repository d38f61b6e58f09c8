/**
 * The explorer page in a real browser (Debian's Chromium via playwright-core) against the real
 * server: it loads cleanly, draws the actors, opens an actor's evidence, filters in place,
 * searches by alias, exports a graph graphology can import, and reopens a view from its URL.
 * Run `npm run build` first: the server serves the built client from dist/client.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MultiGraph } from 'graphology';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../server/data/paths';
import { clickActor, renderedEdges, renderedNodes, useHarness, waitForDrawn } from './harness';

jest.setTimeout(180_000);

const { page, api } = useHarness();

/** Waits until the camera, which animates, has the actor at the centre of the graph area. */
const centred = (p: Page, id: string): Promise<unknown> =>
  p.waitForFunction((actor) => {
    const g = (globalThis as any).__actorGraph;
    const n = g.nodes().find((x: { id: string }) => x.id === actor);
    const { width, height } = g.size();
    return n && Math.abs(n.x - width / 2) < 6 && Math.abs(n.y - height / 2) < 6;
  }, id);

/** Waits until the details panel shows the named actor. */
const panelShows = (p: Page, name: string): Promise<void> => p.locator('#panel h2', { hasText: new RegExp(`^${name}$`) }).waitFor();

test('the default view loads without console errors, draws every actor with a legend, and is saved as the screenshot', async () => {
  const { page: p, errors } = await page();
  const { actors } = await api<{ actors: { id: string; name: string }[] }>('/api/actors');
  const nodes = await renderedNodes(p);
  expect(nodes.filter((n) => !n.hidden).map((n) => n.id).sort()).toEqual(actors.map((a) => a.id).sort());
  expect(nodes.map((n) => n.label)).toEqual(expect.arrayContaining(['United States', 'Iran', 'Oman', 'Israel', 'Donald Trump']));

  // Symmetric relations are drawn without arrow heads, directed ones with.
  const edges = await renderedEdges(p);
  expect(new Set(edges.map((e) => e.relation))).toEqual(new Set(['negotiates', 'mediates', 'opposes']));
  for (const e of edges) {
    if (e.relation === 'negotiates') expect(['straight', 'curved']).toContain(e.program);
    else expect(['straightArrow', 'curvedArrow']).toContain(e.program);
  }
  // Parallel relations between the same pair are separate curves.
  const usIran = edges.filter((e) => [e.source, e.target].sort().join() === 'iran,united-states');
  expect(usIran.length).toBeGreaterThan(1);
  expect(usIran.every((e) => e.program.startsWith('curved'))).toBe(true);

  const legend = p.locator('#legend');
  await expect(legend.isVisible()).resolves.toBe(true);
  for (const word of ['negotiates', 'mediates', 'opposes', 'State', 'Person']) {
    expect(await legend.textContent()).toContain(word);
  }
  // Size is set by the first centrality answer; wait for it so the picture is final.
  await p.waitForSelector('#centrality table');
  await p.waitForTimeout(300);
  fs.mkdirSync(path.join(projectRoot(), 'docs'), { recursive: true });
  await p.screenshot({ path: path.join(projectRoot(), 'docs', 'screenshot.png') });
  expect(errors).toEqual([]);
});

test('clicking an actor opens its panel with its name and quotes found in the source article', async () => {
  const { page: p, errors } = await page();
  await clickActor(p, 'oman');
  await panelShows(p, 'Oman');
  const quotes = (await p.locator('#panel .quote-text').allTextContents()).map((q) => q.replace(/^“|”$/g, ''));
  expect(quotes.length).toBeGreaterThan(0);
  const { documents } = await api<{ documents: { id: string }[] }>('/api/documents');
  const texts = await Promise.all(documents.map((d) => api<{ text: string }>(`/api/documents/${d.id}`).then((x) => x.text)));
  for (const q of quotes) expect(texts.some((t) => t.includes(q))).toBe(true);
  expect(p.url()).toContain('actor=oman');

  // The quote opens its article with the sentence highlighted in place.
  await p.locator('#panel button.quote').first().click();
  const mark = p.locator('#document-viewer mark');
  await mark.waitFor();
  expect(await mark.textContent()).toBe(quotes[0]);
  await p.keyboard.press('Escape');
  await p.locator('#document-viewer').waitFor({ state: 'hidden' });
  expect(errors).toEqual([]);
});

test('unticking "opposes" removes those relations from the drawn graph, in place', async () => {
  const { page: p, errors } = await page();
  const before = await renderedEdges(p);
  expect(before.filter((e) => e.relation === 'opposes' && !e.hidden).length).toBeGreaterThan(0);
  const loads = await p.locator('#graph').getAttribute('data-loads');
  await p.locator('input[name="types"][value="opposes"]').uncheck();
  await p.waitForFunction((n) => (globalThis as any).document.querySelector('#graph').dataset.loads !== n, loads);
  await waitForDrawn(p);
  const after = await renderedEdges(p);
  expect(after.filter((e) => e.relation === 'opposes')).toEqual([]);
  expect(after.filter((e) => e.relation === 'negotiates').length).toBe(before.filter((e) => e.relation === 'negotiates').length);
  expect(await p.locator('#legend').textContent()).toContain('filtered out');
  expect(p.url()).toContain('types=negotiates,mediates');
  expect(errors).toEqual([]);
});

test('searching "Tehran" finds Iran, centres the camera on it and opens its panel', async () => {
  const { page: p, errors } = await page();
  await p.locator('#search-input').fill('Tehran');
  const option = p.locator('#search-input-list [role="option"]').first();
  await option.waitFor();
  expect(await option.textContent()).toContain('Iran');
  await p.keyboard.press('Enter');
  await panelShows(p, 'Iran');
  await centred(p, 'iran');
  expect(errors).toEqual([]);
});

test('the JSON export downloads a graph that graphology can import, and PNG a snapshot', async () => {
  const { page: p, errors } = await page();
  const [download] = await Promise.all([p.waitForEvent('download'), p.locator('button[data-export="json"]').click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const file = await download.path();
  const g = new MultiGraph();
  g.import(JSON.parse(fs.readFileSync(file, 'utf8')));
  const drawn = await renderedNodes(p);
  expect(g.order).toBe(drawn.length);
  expect(g.hasNode('iran')).toBe(true);
  expect(g.size).toBe((await renderedEdges(p)).length);

  // The PNG snapshot of the current view is a real PNG file.
  const [png] = await Promise.all([p.waitForEvent('download'), p.locator('button[data-export="png"]').click()]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const bytes = fs.readFileSync(await png.path());
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(errors).toEqual([]);
});

test('a URL with a selected actor, filters and metric reopens that view', async () => {
  const { page: p, errors } = await page('?actor=israel&metric=betweenness&types=opposes');
  await panelShows(p, 'Israel');
  await centred(p, 'israel');
  expect(await p.locator('#panel').textContent()).toContain('opposes');
  expect(await p.locator('#metric').inputValue()).toBe('betweenness');
  expect(await p.locator('input[name="types"][value="negotiates"]').isChecked()).toBe(false);
  expect(new Set((await renderedEdges(p)).map((e) => e.relation))).toEqual(new Set(['opposes']));
  expect(errors).toEqual([]);
});

test('loading errors and empty results are shown, not left blank', async () => {
  const empty = await page('?minEvidence=1000');
  expect(await empty.page.locator('#graph').getAttribute('data-status')).toBe('empty');
  expect(await empty.page.locator('#status').textContent()).toContain('No relation matches');

  const o = await page();
  await o.context.route('**/api/graph**', (route) => route.abort('connectionrefused'));
  await o.page.locator('#min-evidence').fill('2');
  await o.page.locator('#min-evidence').dispatchEvent('change');
  await o.page.waitForSelector('#graph[data-status="error"]');
  expect(await o.page.locator('#status').textContent()).toContain('Cannot reach the server');
  await o.context.unroute('**/api/graph**');
  await o.page.locator('#status button', { hasText: 'Retry' }).click();
  await waitForDrawn(o.page);
});
