/** The bundled US–Iran data: it loads, every quote sits at its offsets, and the story's relations are there. */
import fs from 'node:fs';
import path from 'node:path';
import { loadDataset } from '../../server/data/load-dataset';
import { DEFAULT_DATA_DIR } from '../../server/data/paths';
import { buildGraph, edgeKey } from '../../server/graph/build';

const ds = loadDataset();
const graph = buildGraph(ds);

test('source texts are the articles byte for byte (checked against their recorded sizes)', () => {
  const sizes = Object.fromEntries(
    fs.readdirSync(path.join(DEFAULT_DATA_DIR, 'sources')).filter((f) => f.endsWith('.txt')).map((f) => [f, fs.statSync(path.join(DEFAULT_DATA_DIR, 'sources', f)).size]),
  );
  expect(sizes).toEqual({ '000_959dda7371d14609.txt': 3134, '001_f0f78f617363d64a.txt': 4562 });
});

test('every evidence quote stands in its document at its offsets', () => {
  const texts = new Map(ds.documents.map((d) => [d.id, d.text]));
  const all = ds.relations.flatMap((r) => r.evidence);
  expect(all.length).toBeGreaterThan(20);
  for (const e of all) expect(texts.get(e.document)!.slice(e.start, e.end)).toBe(e.quote);
});

test('no quote is taken from the byline of 000', () => {
  const byline = ds.documents.find((d) => d.id === '000_959dda7371d14609')!.text.indexOf('\n');
  for (const e of ds.relations.flatMap((r) => r.evidence)) {
    if (e.document === '000_959dda7371d14609') expect(e.start).toBeGreaterThan(byline);
  }
});

test.each([
  ['negotiates', 'trump', 'iran'],
  ['negotiates', 'united-states', 'iran'],
  ['negotiates', 'witkoff', 'araghchi'],
  ['negotiates', 'witkoff', 'iranian-officials'],
  ['negotiates', 'iran-president', 'united-states'],
  ['mediates', 'oman', 'united-states'],
  ['mediates', 'oman', 'iran'],
  ['mediates', 'qatar', 'iran'],
  ['mediates', 'egypt', 'united-states'],
  ['mediates', 'turkiye', 'iran'],
  ['opposes', 'united-states', 'iran'],
  ['opposes', 'israel', 'iran'],
  ['opposes', 'mossad', 'iran'],
  ['opposes', 'barnea', 'iran'],
] as const)('%s: %s → %s', (type, source, target) => {
  const key = edgeKey(type, source, target);
  expect(graph.hasEdge(key)).toBe(true);
  expect(graph.getEdgeAttribute(key, 'evidence').length).toBeGreaterThan(0);
});

test('aliases cover the names used in the text', () => {
  const byId = new Map(ds.actors.map((a) => [a.id, a]));
  expect(byId.get('iran')!.aliases).toEqual(expect.arrayContaining(['Tehran', 'the Islamic Republic']));
  expect(byId.get('united-states')!.aliases).toEqual(expect.arrayContaining(['Washington']));
  expect(byId.get('turkiye')!.aliases).toEqual(expect.arrayContaining(['Turkey']));
  expect(byId.get('witkoff')!.affiliation).toBe('united-states');
});
