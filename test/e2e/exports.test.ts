/**
 * Exports that keep their context (issue #15), in Chromium on the bundled story: the SVG is the
 * current view as shapes and text at the chosen width with the caption block; the page's GEXF is
 * the graph the page shows, with its places, colours and sizes, as NetworkX's read_gexf reads them.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { rgba } from '../../server/domain/drawing';
import { renderedEdges, renderedNodes, settled, useHarness } from './harness';

jest.setTimeout(180_000);

const { page, api } = useHarness();

/** Downloads what an export button gives, as text. */
async function download(p: Page, kind: string): Promise<string> {
  const [file] = await Promise.all([p.waitForEvent('download'), p.locator(`button[data-export="${kind}"]`).click()]);
  return fs.readFileSync(await file.path(), 'utf8');
}

type Rgba = { r: number; g: number; b: number; a: number };

interface SvgSummary {
  parseError: string | null;
  width: string | null;
  namespace: string;
  images: number;
  transform: string | null;
  discs: { id: string; cx: number; cy: number; fill: Rgba }[];
  relations: { key: string; d: string; stroke: Rgba; heads: number }[];
  labels: { id: string; text: string }[];
  caption: string[];
}

/** The SVG read by Chromium's own XML parser (strict for image/svg+xml), summed up in plain data. */
function readSvg(p: Page, text: string): Promise<SvgSummary> {
  return p.evaluate((svg) => {
    const w = globalThis as any;
    const doc = new w.DOMParser().parseFromString(svg, 'image/svg+xml');
    const paint = (e: any, name: string): Rgba => {
      const [r, g, b] = (e.getAttribute(name) ?? '').match(/\d+/g).map(Number);
      return { r, g, b, a: Number(e.getAttribute(`${name}-opacity`) ?? 1) };
    };
    const all = (sel: string): any[] => Array.from(doc.querySelectorAll(sel));
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      width: doc.documentElement.getAttribute('width'),
      namespace: doc.documentElement.namespaceURI,
      images: all('image').length,
      transform: doc.getElementById('graph')?.getAttribute('transform') ?? null,
      discs: all('circle.actor').map((c) => ({ id: c.getAttribute('data-id'), cx: Number(c.getAttribute('cx')), cy: Number(c.getAttribute('cy')), fill: paint(c, 'fill') })),
      relations: all('g.relation').map((g) => {
        const path = g.querySelector('path');
        return { key: g.getAttribute('data-key'), d: path.getAttribute('d'), stroke: paint(path, 'stroke'), heads: g.querySelectorAll('polygon').length };
      }),
      labels: all('text.label').map((t) => ({ id: t.getAttribute('data-id'), text: t.textContent })),
      caption: all('#caption text').map((t) => t.textContent),
    };
  }, text);
}

test('SVG: the current view as discs, lines and labels at the chosen width, with the caption block', async () => {
  const { page: p, errors } = await page('?actor=oman');
  await p.locator('#panel h2', { hasText: /^Oman$/ }).waitFor();
  // The camera glides to the selected actor: the export and the drawn positions are compared once it stands still.
  await settled(p);
  await p.locator('#export-width').selectOption('2400');
  const text = await download(p, 'svg');
  const svg = await readSvg(p, text);
  const size = await p.evaluate(() => (globalThis as any).__actorGraph.size() as { width: number; height: number });
  expect(svg.parseError).toBeNull();
  expect(svg.namespace).toBe('http://www.w3.org/2000/svg');
  expect(svg.width).toBe('2400');
  expect(svg.images).toBe(0);
  expect(svg.transform).toBe(`scale(${2400 / size.width})`);
  // Every disc drawn, where and in the colour the page drew it (the focus's fading included).
  const nodes = (await renderedNodes(p)).filter((n) => !n.hidden);
  expect(svg.discs.map((c) => c.id).sort()).toEqual(nodes.map((n) => n.id).sort());
  for (const n of nodes) {
    const c = svg.discs.find((x) => x.id === n.id)!;
    expect({ id: n.id, ...c.fill }).toEqual({ id: n.id, ...rgba(n.color) });
    expect(c.cx).toBeCloseTo(n.x, 0);
    expect(c.cy).toBeCloseTo(n.y, 0);
  }
  // Every relation drawn, in its colour; the directed ones with an arrow head, parallel ones curved.
  const edges = (await renderedEdges(p)).filter((e) => !e.hidden);
  expect(svg.relations.map((r) => r.key).sort()).toEqual(edges.map((e) => e.key).sort());
  expect(edges.some((e) => e.program.startsWith('curved'))).toBe(true);
  for (const e of edges) {
    const r = svg.relations.find((x) => x.key === e.key)!;
    expect({ key: e.key, ...r.stroke }).toEqual({ key: e.key, ...rgba(e.color) });
    expect({ key: e.key, heads: r.heads, curved: / Q/.test(r.d) }).toEqual({ key: e.key, heads: e.program.endsWith('Arrow') ? 1 : 0, curved: e.program.startsWith('curved') });
  }
  // The labels the page shows, as text.
  expect(svg.labels.map((t) => t.id).sort()).toEqual(nodes.filter((n) => n.labelDrawn).map((n) => n.id).sort());
  expect(svg.labels.find((t) => t.id === 'oman')?.text).toBe('Oman');
  // The caption: title, legend, filters, sources.
  expect(svg.caption[0]).toContain('focus: Oman');
  expect(svg.caption).toContain('negotiates');
  expect(svg.caption).toContain('Filters: none (every relation type, actor kind and date)');
  expect(svg.caption.some((t) => /^Sources: .*articles?\)/.test(t))).toBe(true);
  fs.writeFileSync(path.join(__dirname, '..', '..', 'docs', 'export.svg'), text);
  expect(errors).toEqual([]);
});

interface NxNode {
  kind: string;
  neighbours: number;
  viz: { color: { r: number; g: number; b: number; a: number }; position: { x: number; y: number }; size: number };
}

test('GEXF from the page: the actors it shows, at their places, in the colours and sizes it draws them, as NetworkX reads them', async () => {
  // Colour by community and size by betweenness: the page's choices, not the server's defaults.
  const { page: p, errors } = await page('?colour=community&metric=betweenness&kinds=state,person,organization');
  await p.waitForFunction(() => (globalThis as any).__actorGraph.nodes().some((n: { color: string }) => n.color !== '#2f6fd0' && n.color !== '#e39b22' && n.color !== '#27a9bd'));
  const gexf = await download(p, 'gexf');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'page-gexf-')), 'page.gexf');
  fs.writeFileSync(file, gexf);
  const read = JSON.parse(execFileSync('/usr/bin/python3', [path.join(__dirname, '..', 'fixtures', 'interop', 'read_gexf_viz.py'), file], { encoding: 'utf8' })) as {
    nodes: Record<string, NxNode>;
    edges: number;
  };
  const nodes = await renderedNodes(p);
  const served = await api<{ graph: { nodes: { key: string; attributes: { x: number; y: number } }[] } }>('/api/graph?kinds=state,person,organization');
  expect(Object.keys(read.nodes).sort()).toEqual(nodes.map((n) => n.id).sort());
  expect(read.edges).toBe((await renderedEdges(p)).filter((e) => e.relation !== 'acts-for').length);
  for (const n of nodes) {
    const viz = read.nodes[n.id].viz;
    expect({ id: n.id, ...viz.color }).toEqual({ id: n.id, ...rgba(n.color) });
    // Sizes as drawn (a wide page draws discs at their size), places as served.
    expect(viz.size).toBeCloseTo(n.size, 3);
    const at = served.graph.nodes.find((s) => s.key === n.id)!.attributes;
    expect({ id: n.id, x: viz.position.x, y: viz.position.y }).toEqual({ id: n.id, x: at.x, y: at.y });
  }
  // Betweenness sizes differ from one another: the chosen metric, not equal discs.
  expect(new Set(nodes.map((n) => n.size)).size).toBeGreaterThan(2);
  expect(errors).toEqual([]);
});

test('PNG at the chosen width', async () => {
  const { page: p, errors } = await page();
  await p.locator('#export-width').selectOption('1200');
  const [png] = await Promise.all([p.waitForEvent('download'), p.locator('button[data-export="png"]').click()]);
  const bytes = fs.readFileSync(await png.path());
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.readUInt32BE(16)).toBe(1200);
  expect(errors).toEqual([]);
});
