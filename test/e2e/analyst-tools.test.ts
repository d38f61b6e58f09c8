/**
 * What the analyst's page gives beyond a graph viewer (issue #15), in Debian's Chromium: a timeline
 * over the evidence with play, steps and an activity chart; colour by Louvain community or by
 * provenance; a table beside the picture that ticks on the graph and exports CSV; named views as
 * links and a one-page brief. The data: the bundled story with one quote marked as extracted and
 * one coded-event relation added, so every provenance occurs and the timeline spans two months.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { loadDataset } from '../../server/data/load-dataset';
import { projectRoot } from '../../server/data/paths';
import { Explorer } from '../../server/query/explorer';
import type { Dataset, RelationEdgeAttributes } from '../../server/domain/types';
import { PROVENANCE_STYLES, communityColor } from '../../client/colouring';
import { renderedEdges, renderedNodes, useHarness, waitForDrawn } from './harness';

jest.setTimeout(180_000);

/** The bundled story, with an extracted quote and a coded-event relation (a month earlier). */
function dataset(): Dataset {
  const d = loadDataset();
  const extracted = d.relations.find((r) => r.id === 'iran-president-negotiates-united-states');
  if (!extracted) throw new Error('fixture: relation iran-president-negotiates-united-states is gone');
  extracted.evidence = extracted.evidence.map((e) => ({ ...e, method: 'extracted', confidence: 0.8 }));
  d.eventRelations = [
    { source: 'qatar', target: 'egypt', type: 'negotiates', origin: 'gdelt', events: 4, mentions: 9, sources: 3, goldstein: 3, tone: 1, firstSeen: '2026-01-12', lastSeen: '2026-01-28', urls: [] },
  ];
  return d;
}

const { harness, page } = useHarness({ explorer: new Explorer(dataset()) });

interface ServedEdge {
  key: string;
  source: string;
  target: string;
  attributes: RelationEdgeAttributes;
}

async function graph(query = ''): Promise<ServedEdge[]> {
  const res = await fetch(`${harness().base}/api/graph${query}`);
  expect(res.ok).toBe(true);
  return ((await res.json()) as { graph: { edges: ServedEdge[] } }).graph.edges;
}

const param = (p: Page, name: string): string | null => new URL(p.url()).searchParams.get(name);
const drawnEdgeKeys = async (p: Page): Promise<string[]> => (await renderedEdges(p)).map((e) => e.key).sort();
const docs = (name: string): string => path.join(projectRoot(), 'docs', name);

test('timeline: the activity chart counts the dated evidence, a step sets the window, accumulate and play move it', async () => {
  const { page: p, errors } = await page('?step=day');
  await p.locator('#timeline').waitFor();
  // The chart: every quote's date and every coded event's first and last day, per relation type.
  const edges = await graph();
  const expected = new Map<string, number>();
  for (const e of edges) {
    const a = e.attributes;
    const n = a.evidence.length + (a.events ? (a.events.firstSeen === a.events.lastSeen ? 1 : 2) : 0);
    expected.set(a.type, (expected.get(a.type) ?? 0) + n);
  }
  for (const [type, n] of expected) {
    const counts = await p.locator(`#timeline-chart g[data-type="${type}"] rect`).evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-count'))));
    expect(counts.reduce((x, y) => x + y, 0)).toBe(n);
  }

  // The first step (a day): the graph shows what the server keeps for that day, and the URL says so.
  await p.locator('#timeline-range').focus();
  await p.keyboard.press('Home');
  await p.waitForFunction(() => new URL((globalThis as any).location.href).searchParams.get('until') === '2026-01-12');
  expect(param(p, 'since')).toBe('2026-01-12');
  await waitForDrawn(p);
  await p.waitForFunction(() => (globalThis as any).__actorGraph.edges().length === 1);
  expect(await drawnEdgeKeys(p)).toEqual((await graph('?since=2026-01-12&until=2026-01-12')).map((e) => e.key).sort());

  // The next step is a history entry: Back returns to the first.
  const loads = Number(await p.locator('#graph').getAttribute('data-loads'));
  await p.keyboard.press('End');
  await p.waitForFunction(() => new URL((globalThis as any).location.href).searchParams.get('until') === '2026-02-05');
  await p.waitForFunction((n) => Number((globalThis as any).document.querySelector('#graph').dataset.loads) > n, loads);
  await waitForDrawn(p);
  expect(await drawnEdgeKeys(p)).toEqual((await graph('?since=2026-02-05&until=2026-02-05')).map((e) => e.key).sort());
  await p.evaluate(() => (globalThis as any).history.back());
  await p.waitForFunction(() => new URL((globalThis as any).location.href).searchParams.get('until') === '2026-01-12');

  // Accumulate: everything up to the window's end.
  await p.locator('#timeline-accumulate').check();
  await p.waitForFunction(() => (globalThis as any).location.search.includes('accumulate=1'));
  expect(param(p, 'since')).toBeNull();
  expect(param(p, 'until')).toBe('2026-01-12');

  // Play moves the window forward step by step without a history entry per step; Pause stops it.
  const before = await p.evaluate(() => (globalThis as any).history.length as number);
  await p.locator('#timeline-play').click();
  expect(await p.locator('#timeline-play').getAttribute('aria-pressed')).toBe('true');
  await p.waitForFunction(() => ((globalThis as any).location.search as string).includes('until=2026-01-14'), undefined, { timeout: 20_000 });
  await p.locator('#timeline-play').click();
  expect(await p.locator('#timeline-play').getAttribute('aria-pressed')).toBe('false');
  expect(await p.evaluate(() => (globalThis as any).history.length as number)).toBeLessThanOrEqual(before + 1);
  const stopped = param(p, 'until');
  await p.waitForTimeout(1500);
  expect(param(p, 'until')).toBe(stopped);
  await waitForDrawn(p);
  expect(await drawnEdgeKeys(p)).toEqual((await graph(`?until=${stopped}`)).map((e) => e.key).sort());

  // A click on the chart moves the window to the step under the pointer (here the last day).
  const chart = await p.locator('#timeline-chart svg').boundingBox();
  await p.mouse.click(chart!.x + chart!.width - 2, chart!.y + chart!.height / 2);
  await p.waitForFunction(() => new URL((globalThis as any).location.href).searchParams.get('until') === '2026-02-05');
  expect(param(p, 'since')).toBeNull();

  // Week steps, one week in the window (for the README's picture), then all dates again.
  await p.locator('#timeline-accumulate').uncheck();
  await p.locator('#timeline-step').selectOption('week');
  await p.waitForFunction(() => new URL((globalThis as any).location.href).searchParams.get('until') === '2026-02-08');
  expect(param(p, 'since')).toBe('2026-02-02');
  await waitForDrawn(p);
  await p.screenshot({ path: docs('timeline.png') });
  await p.locator('#timeline-all').click();
  await p.waitForFunction(() => !(globalThis as any).location.search.includes('until='));
  await waitForDrawn(p);
  expect(await drawnEdgeKeys(p)).toEqual(edges.map((e) => e.key).sort());
  expect(errors).toEqual([]);
});

test('colour: discs by Louvain community and lines by provenance, each with its legend', async () => {
  const { page: p, errors } = await page('?colour=community');
  const membership = ((await (await fetch(`${harness().base}/api/communities`)).json()) as { membership: Record<string, number> }).membership;
  await p.locator('#legend .legend-communities').waitFor();
  await p.waitForFunction(() => (globalThis as any).__actorGraph.nodes().some((n: any) => !n.faded));
  const nodes = (await renderedNodes(p)).filter((n) => !n.faded);
  expect(nodes.length).toBeGreaterThan(5);
  for (const n of nodes) expect(n.color).toBe(communityColor(membership[n.id]));
  expect(new Set(nodes.map((n) => n.color)).size).toBeGreaterThan(1);
  const legendSizes = await p.locator('#legend .legend-communities li[data-community] .legend-count').allTextContents();
  const sizes = new Map<number, number>();
  for (const c of Object.values(membership)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  expect(legendSizes.map(Number)).toEqual([...sizes.keys()].sort((a, b) => a - b).map((c) => sizes.get(c)));

  await p.locator('#colour-lines').selectOption('provenance');
  await p.waitForFunction(() => (globalThis as any).location.search.includes('lines=provenance'));
  await p.locator('#legend .legend-provenance').waitFor();
  const edges = await graph();
  const drawn = new Map((await renderedEdges(p)).map((e) => [e.key, e.color]));
  const count = new Map<string, number>();
  for (const e of edges) {
    const prov = e.attributes.provenance;
    count.set(prov, (count.get(prov) ?? 0) + 1);
    // The hue is the provenance's; an unreviewed relation is drawn paler on top (an alpha suffix).
    expect(drawn.get(e.key)?.slice(0, 7)).toBe(PROVENANCE_STYLES[prov].color);
  }
  expect(count.get('extracted')).toBe(1);
  expect(count.get('coded')).toBe(1);
  for (const prov of ['curated', 'extracted', 'coded']) {
    expect(await p.locator(`#legend li[data-provenance="${prov}"] .legend-count`).textContent()).toBe(String(count.get(prov) ?? 0));
  }
  // Back to kind: the community legend goes, the kind legend returns.
  await p.locator('#colour-discs').selectOption('kind');
  await p.locator('#legend .legend-communities').waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
});

test('table: sortable, filterable, ticks select on the graph, expand the neighbourhood, CSV of what is shown', async () => {
  const { page: p, errors } = await page();
  await p.locator('#table-toggle').click();
  const rows = p.locator('#data-table tbody tr');
  await rows.first().waitFor();
  expect(await rows.count()).toBe((await renderedNodes(p)).length);
  // Sorted by relations, most first; a click on "Actor" sorts by name.
  const degrees = (await p.locator('#data-table tbody td:nth-child(4)').allTextContents()).map(Number);
  expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
  await p.locator('#data-table th button', { hasText: 'Actor' }).click();
  const names = await p.locator('#data-table tbody td:nth-child(2)').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

  // Filter, tick two rows: they and their relations are in focus on the graph, the rest fades.
  await p.locator('#table-filter').fill('Oman');
  expect(await rows.count()).toBe(1);
  await rows.first().locator('input[type="checkbox"]').check();
  await p.locator('#table-filter').fill('Qatar');
  await rows.first().locator('input[type="checkbox"]').check();
  await p.waitForFunction(() => new URL((globalThis as any).location.href).searchParams.get('pick') === 'oman,qatar');
  const edges = await graph();
  const around = new Set(['oman', 'qatar']);
  for (const e of edges) if (e.source === 'oman' || e.target === 'oman' || e.source === 'qatar' || e.target === 'qatar') [e.source, e.target].forEach((n) => around.add(n));
  const nodes = await renderedNodes(p);
  expect(nodes.filter((n) => !n.faded).map((n) => n.id).sort()).toEqual([...around].sort());

  // Expand: the neighbours are ticked too.
  await p.locator('#table-filter').fill('');
  await p.locator('#table-expand').click();
  await p.waitForFunction(() => (new URL((globalThis as any).location.href).searchParams.get('pick') ?? '').split(',').length > 2);
  expect(param(p, 'pick')?.split(',').sort()).toEqual([...around].sort());

  // CSV: the rows the filter keeps, in order, with a header.
  await p.locator('#table-filter').fill('Iran');
  const shown = await p.locator('#data-table tbody tr').evaluateAll((trs) => trs.map((t) => t.getAttribute('data-id')));
  const [download] = await Promise.all([p.waitForEvent('download'), p.locator('#table-csv').click()]);
  const csv = fs.readFileSync(await download.path(), 'utf8').trim().split(/\r\n/);
  expect(csv[0]).toBe('id,Actor,Kind,Relations,Community');
  expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual(shown);

  // Relations tab: tick one line, for the picture.
  await p.locator('#data-table button[data-tab="relations"]').click();
  await p.locator('#table-filter').fill('mediates');
  await p.locator('#data-table tbody tr').first().locator('input[type="checkbox"]').check();
  await p.waitForFunction(() => new URL((globalThis as any).location.href).searchParams.has('pickLines'));
  await p.screenshot({ path: docs('table.png') });
  expect(errors).toEqual([]);
});

test('named views: a saved view is a link that reopens filters, camera, ticks, colouring and caption', async () => {
  const { page: p, errors } = await page('?types=negotiates,mediates&colour=community&pick=oman');
  await p.mouse.move(700, 400);
  await p.mouse.wheel(0, -300);
  await p.waitForTimeout(600);
  await p.locator('#view-caption').fill('Oman and Qatar carry the talks');
  await p.locator('#view-name').fill('Gulf channel');
  await p.locator('#view-save').click();
  const link = p.locator('#named-views a', { hasText: 'Gulf channel' });
  await link.waitFor();
  const href = (await link.getAttribute('href')) ?? '';
  const camera = await p.evaluate(() => (globalThis as any).__actorGraph.camera() as { x: number; y: number; ratio: number });
  expect(camera.ratio).toBeLessThan(1);
  // Kept in this browser: listed again after a reload.
  await p.reload();
  await waitForDrawn(p);
  await p.locator('#named-views a', { hasText: 'Gulf channel' }).waitFor();

  const again = await page(href.replace(/^\//, ''));
  const q = again.page;
  expect(await q.locator('#view-caption').inputValue()).toBe('Oman and Qatar carry the talks');
  expect(await q.locator('input[name="types"][value="opposes"]').isChecked()).toBe(false);
  expect(await q.locator('#colour-discs').inputValue()).toBe('community');
  const reopened = await q.evaluate(() => (globalThis as any).__actorGraph.camera() as { x: number; y: number; ratio: number });
  expect(reopened.ratio).toBeCloseTo(camera.ratio, 3);
  expect(reopened.x).toBeCloseTo(camera.x, 3);
  expect(reopened.y).toBeCloseTo(camera.y, 3);
  expect((await renderedNodes(q)).filter((n) => !n.faded).map((n) => n.id)).toContain('oman');
  // Once the camera moves, the saved framing leaves the address (a reload would not snap back).
  expect(param(q, 'camera')).not.toBeNull();
  await q.mouse.move(700, 400);
  await q.mouse.wheel(0, 300);
  await q.waitForFunction(() => !new URL((globalThis as any).location.href).searchParams.has('camera'));
  expect(param(q, 'caption')).toBe('Oman and Qatar carry the talks');
  expect(errors).toEqual([]);
  expect(again.errors).toEqual([]);
});

test('brief: picture, legend, caption and the quotes of the chosen lines on one printed page', async () => {
  const edges = await graph();
  const chosen = edges.filter((e) => e.attributes.type === 'mediates' && e.attributes.evidence.length > 0).slice(0, 2);
  expect(chosen.length).toBe(2);
  const { page: p, errors } = await page(`?pickLines=${chosen.map((e) => e.key).join(',')}`);
  await p.locator('#view-caption').fill('Who mediates between Washington and Tehran');
  await p.locator('#brief-button').click();
  await p.locator('#brief img.brief-picture').waitFor();
  await p.waitForFunction(() => (globalThis as any).document.querySelector('#brief img').complete);
  expect(await p.locator('#brief .brief-title').textContent()).toBe('Who mediates between Washington and Tehran');
  const quotes = await p.locator('#brief .brief-quote q').allTextContents();
  expect(quotes).toEqual(chosen.flatMap((e) => e.attributes.evidence.map((ev) => ev.quote)));

  // Printed: the brief alone, on one page.
  await p.emulateMedia({ media: 'print' });
  expect(await p.locator('.sidebar').isVisible()).toBe(false);
  expect(await p.locator('#brief-print').isVisible()).toBe(false);
  await p.screenshot({ path: docs('brief.png'), fullPage: true });
  const pdf = await p.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
  expect(pages.length).toBe(1);
  await p.emulateMedia({ media: 'screen' });
  await p.locator('#brief-close').click();
  await p.locator('#brief').waitFor({ state: 'hidden' });
  expect(errors).toEqual([]);
});
