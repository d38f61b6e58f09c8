/**
 * The page an analyst keeps open (issue #15), on the bundled story in Debian's Chromium: path
 * steps read in the arrows' direction with their quotes, numbers printed right, Back and Forward
 * walk through the analyst's choices, the graph stays put when the panel opens, fuzzy search,
 * one fading rule, metric scopes said, a usable phone layout and clear notices for bad links.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { clickActor, renderedNodes, useHarness, waitForDrawn } from './harness';

jest.setTimeout(180_000);

const { page, api } = useHarness();

interface Actor {
  id: string;
  name: string;
}

const panelShows = (p: Page, name: string): Promise<void> => p.locator('#panel h2', { hasText: new RegExp(`^${name}$`) }).waitFor();

/** An actor's disc on the page, in page coordinates. */
async function discAt(p: Page, id: string): Promise<{ x: number; y: number }> {
  const node = (await renderedNodes(p)).find((n) => n.id === id);
  const box = await p.locator('#graph').boundingBox();
  if (!node || !box) throw new Error(`e2e: ${id} is not drawn`);
  return { x: box.x + node.x, y: box.y + node.y };
}

test('each path step states its relations in their true direction, with their quotes', async () => {
  const { page: p, errors } = await page('?from=mossad&to=oman');
  const { actors } = await api<{ actors: Actor[] }>('/api/actors');
  const name = new Map(actors.map((a) => [a.id, a.name]));
  const path = await api<{ steps: { relations: { source: string; target: string; type: string; evidence: { quote: string }[] }[] }[] }>(
    '/api/path?from=mossad&to=oman',
  );
  await p.locator('.path-steps').waitFor();
  const statements = await p.locator('.path-steps .path-relation .relation-statement').allTextContents();
  const expected = path.steps.flatMap((s) => s.relations.map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)}`));
  expect(expected).toContain('Oman mediates Iran');
  expect(statements.map((s) => s.replace(/\s+/g, ' ').trim())).toEqual(expected);
  const quotes = (await p.locator('.path-steps .quote-text').allTextContents()).map((q) => q.replace(/^“|”$/g, ''));
  expect(quotes).toEqual(path.steps.flatMap((s) => s.relations.flatMap((r) => r.evidence.map((e) => e.quote))));
  expect(errors).toEqual([]);
});

test('centrality values are printed in full: tiny values keep their exponent, float noise is 0', async () => {
  const { page: p, errors } = await page('?metric=eigenvector');
  await p.locator('#centrality table').waitFor();
  const cells = await p.locator('#centrality tbody td.num:last-child').allTextContents();
  const values = cells.map((c) => Number(c.replace(/,/g, '')));
  expect(values.every((v) => Number.isFinite(v))).toBe(true);
  // The table is ranked by value: what is printed must read in that order.
  for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1]);
  const ranking = await api<{ ranking: { id: string; value: number }[] }>('/api/centrality?metric=eigenvector');
  const noise = ranking.ranking.filter((r) => r.value !== 0 && Math.abs(r.value) < 1e-12);
  for (const r of noise) expect(await p.locator(`#centrality tr[data-actor="${r.id}"] td.num:last-child`).textContent()).toBe('0');
  expect(errors).toEqual([]);
});

test('selections and filter changes are history entries: Back and Forward walk through them', async () => {
  const { page: p, errors } = await page();
  const start = p.url();
  await clickActor(p, 'oman');
  await panelShows(p, 'Oman');
  // Apart by more than sigma's double-click delay (two quick clicks zoom in), as a person clicks.
  await p.waitForTimeout(500);
  await clickActor(p, 'qatar');
  await panelShows(p, 'Qatar');
  await p.locator('input[name="types"][value="opposes"]').uncheck();
  await p.waitForFunction(() => (globalThis as any).location.search.includes('types='));

  await p.evaluate(() => (globalThis as any).history.back());
  await p.waitForFunction(() => !(globalThis as any).location.search.includes('types='));
  expect(await p.locator('input[name="types"][value="opposes"]').isChecked()).toBe(true);
  await panelShows(p, 'Qatar');
  await p.evaluate(() => (globalThis as any).history.back());
  await panelShows(p, 'Oman');
  expect(p.url()).toContain('actor=oman');
  await p.evaluate(() => (globalThis as any).history.back());
  await p.locator('#panel').waitFor({ state: 'hidden' });
  expect(p.url()).toBe(start);
  await p.evaluate(() => (globalThis as any).history.forward());
  await panelShows(p, 'Oman');
  await waitForDrawn(p);
  expect(errors).toEqual([]);
});

test('opening the panel leaves the graph in place: a second click on the same spot hits the same actor', async () => {
  const { page: p, errors } = await page();
  const before = await discAt(p, 'oman');
  await clickActor(p, 'oman');
  await panelShows(p, 'Oman');
  await p.waitForTimeout(400);
  const after = await discAt(p, 'oman');
  expect(Math.abs(after.x - before.x)).toBeLessThan(2);
  expect(Math.abs(after.y - before.y)).toBeLessThan(2);
  await p.mouse.click(before.x, before.y);
  await p.waitForTimeout(400);
  expect(await p.locator('#panel').isVisible()).toBe(true);
  expect(p.url()).toContain('actor=oman');

  // An actor the panel would cover is brought into view beside it, label included.
  await p.keyboard.press('Escape');
  await p.locator('#panel').waitFor({ state: 'hidden' });
  const rightmost = (await renderedNodes(p)).sort((a, b) => b.x - a.x)[0];
  await clickActor(p, rightmost.id);
  await panelShows(p, rightmost.label);
  await p.waitForTimeout(800);
  const panelBox = await p.locator('#panel').boundingBox();
  const moved = await discAt(p, rightmost.id);
  expect(panelBox).not.toBeNull();
  expect(moved.x + 60).toBeLessThan(panelBox!.x);
  expect(errors).toEqual([]);
});

test('search is fuzzy, folds accents, knows acronyms, and shows kind and affiliation', async () => {
  const { page: p, errors } = await page();
  const first = async (q: string): Promise<string> => {
    await p.locator('#search-input').fill(q);
    const option = p.locator('#search-input-list [role="option"]').first();
    await option.waitFor();
    return (await option.textContent()) ?? '';
  };
  expect(await first('US')).toContain('United States');
  expect(await first('Araqchi')).toContain('Abbas Araghchi');
  expect(await first('trmp')).toContain('Donald Trump');
  expect(await first('turkiye')).toContain('Türkiye');
  // Two actors of one name are told apart by kind and affiliation.
  const barnea = await first('Barnea');
  expect(barnea).toContain('Person');
  expect(barnea).toContain('Mossad');
  expect(errors).toEqual([]);
});

test('faded actors follow one rule, the legend’s: grey discs and grey labels, whatever their kind', async () => {
  // Under "mediates" only, some actors are left without a relation: they are faded.
  const { page: p, errors } = await page('?types=mediates');
  const swatch = await p.locator('#legend .legend-faded .swatch').evaluate((s) => (s as any).style.getPropertyValue('--swatch'));
  const nodes = await renderedNodes(p);
  const faded = nodes.filter((n) => n.faded);
  expect(faded.length).toBeGreaterThan(0);
  for (const n of faded) {
    expect(n.color).toBe(swatch.trim());
    expect(n.labelColor).toBe(faded[0].labelColor);
  }
  expect(new Set(faded.map((n) => n.kind)).size).toBeGreaterThan(1);
  // Faded by a selection: the same grey.
  await clickActor(p, 'oman');
  await panelShows(p, 'Oman');
  const dim = (await renderedNodes(p)).filter((n) => n.faded);
  expect(dim.length).toBeGreaterThan(0);
  for (const n of dim) expect([n.color, n.labelColor]).toEqual([swatch.trim(), faded[0].labelColor]);
  expect(errors).toEqual([]);
});

test('the panel says the scope of each centrality value and agrees with the filtered table', async () => {
  const { page: p, errors } = await page('?actor=iran&metric=betweenness&types=negotiates,opposes');
  await panelShows(p, 'Iran');
  await p.locator('#centrality tr[data-actor="iran"]').waitFor();
  const inTable = (await p.locator('#centrality tr[data-actor="iran"] td.num:last-child').textContent())?.trim();
  const row = p.locator('#panel .centrality-facts [data-metric="betweenness"]');
  await row.waitFor();
  const text = (await row.textContent()) ?? '';
  expect(text).toContain(`${inTable} under the current filters`);
  expect(text).toMatch(/whole graph/);
  expect(errors).toEqual([]);
});

test('on a phone (390×844) nothing is clipped horizontally and the panel opens above the legend', async () => {
  const { page: p, errors } = await page('', { width: 390, height: 844 });
  const overflow = await p.evaluate(() => {
    const d = (globalThis as any).document;
    const wide = [...d.querySelectorAll('body *')].filter((e: any) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.right > d.documentElement.clientWidth + 1 && e.closest('[hidden]') === null;
    });
    return { scroll: d.documentElement.scrollWidth, client: d.documentElement.clientWidth, wide: wide.map((e: any) => e.className || e.tagName) };
  });
  expect(overflow.wide).toEqual([]);
  expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
  const nodes = await renderedNodes(p);
  const labelled = nodes.filter((n) => n.labelDrawn);
  expect(labelled.length / nodes.length).toBeGreaterThanOrEqual(0.75);
  // No label is cut by the right edge of the graph.
  const width = (await p.locator('#graph').boundingBox())!.width;
  const boxes = await p.evaluate(() => (globalThis as any).__actorGraph.labelBoxes() as { x: number; width: number }[]);
  for (const b of boxes) expect(b.x + b.width).toBeLessThanOrEqual(width);
  await clickActor(p, 'iran');
  await panelShows(p, 'Iran');
  const panel = await p.locator('#panel').boundingBox();
  const legend = await p.locator('#legend').boundingBox();
  expect(panel && legend).toBeTruthy();
  // The panel is on screen without scrolling, and drawn over the legend rather than below it.
  expect(panel!.y).toBeLessThan(844);
  expect(panel!.y).toBeLessThan(legend!.y);
  const onTop = await p.evaluate(([x, y]) => (globalThis as any).document.elementFromPoint(x, y)?.closest('#panel') !== null, [panel!.x + 20, panel!.y + 20]);
  expect(onTop).toBe(true);
  expect(errors).toEqual([]);
});

test('bad links are named in a notice and ignored; the graph still loads', async () => {
  const bad = await page('?since=2026-13-45&actor=nobody');
  expect(await bad.page.locator('#graph').getAttribute('data-status')).toBe('ready');
  const notices = bad.page.locator('#notices');
  await notices.getByText(/since/).waitFor();
  expect(await notices.textContent()).toContain('2026-13-45');
  await notices.getByText(/unknown actor nobody/i).waitFor();
  expect(bad.page.url()).not.toContain('since=');
});

test('small things: the path list does not cover its button, "Minimum evidence", notices cover no actor', async () => {
  const { page: p, errors } = await page();
  expect(await p.locator('label[for="min-evidence"]').textContent()).toMatch(/^Minimum evidence/);
  await p.locator('#path-to').fill('Ira');
  await p.locator('#path-to-list [role="option"]').first().waitFor();
  await p.locator('#path button[type="submit"]').scrollIntoViewIfNeeded();
  const button = await p.locator('#path button[type="submit"]').boundingBox();
  const hit = await p.evaluate(([x, y]) => (globalThis as any).document.elementFromPoint(x, y)?.textContent, [button!.x + button!.width / 2, button!.y + button!.height / 2]);
  expect(hit).toBe('Find path');
  // A notice (here: an unknown actor named in the link; a warning, so it stays) sits outside the graph area.
  const { page: q } = await page('?actor=nobody');
  const toast = q.locator('#notices .toast');
  await toast.waitFor();
  const t = await toast.boundingBox();
  const g = await q.locator('#graph').boundingBox();
  expect(t!.y + t!.height).toBeLessThanOrEqual(g!.y + 1);
  expect(errors).toEqual([]);
});

test('the PNG export is 1,600 px wide with a caption block under the picture', async () => {
  const { page: p, errors } = await page('?types=negotiates,mediates');
  const size = await p.evaluate(() => (globalThis as any).__actorGraph.size() as { width: number; height: number });
  const [png] = await Promise.all([p.waitForEvent('download'), p.locator('button[data-export="png"]').click()]);
  const bytes = fs.readFileSync(await png.path());
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  // IHDR: width and height, big-endian, at bytes 16 and 20.
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(width).toBe(1600);
  const picture = Math.round((1600 * size.height) / size.width);
  expect(height).toBeGreaterThan(picture + 100);
  expect(errors).toEqual([]);
});
