/** Every export format parsed back, with evidence travelling along. */
import Graph, { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { loadDataset } from '../../server/data/load-dataset';
import type { Evidence } from '../../server/domain/types';
import { buildGraph, edgeKey } from '../../server/graph/build';
import { exportGraph, exportText } from '../../server/graph/export';
import { sliceActorGraph } from '../../server/graph/filter';
import { defaultViz } from '../../server/graph/viz';
import { readGraphmlText } from '../../server/io/read-graphml';
import { readGexfGraph } from '../../server/io/read-xml';

/** GraphML read back by our reader, as graphology. */
const readGraphml = (text: string, file: string): { graph: Graph } => ({ graph: readGraphmlText(text, file).graph.graph() });

const graph = buildGraph(loadDataset());
const opposes = edgeKey('opposes', 'israel', 'iran');

/** Minimal RFC 4180 reader for checking our own output. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

test('graphology JSON re-imports to an identical graph', () => {
  const back = new MultiGraph();
  back.import(JSON.parse(exportText(exportGraph(graph, 'json'))));
  expect(back.order).toBe(graph.order);
  expect(back.size).toBe(graph.size);
  expect(back.getEdgeAttributes(opposes)).toEqual(graph.getEdgeAttributes(opposes));
  expect(back.isUndirected(edgeKey('negotiates', 'iran', 'trump'))).toBe(true);
});

test('node-link JSON lists every node and link with evidence', () => {
  const nl = JSON.parse(exportText(exportGraph(graph, 'node-link')));
  expect(nl.nodes).toHaveLength(graph.order);
  expect(nl.links).toHaveLength(graph.size);
  const link = nl.links.find((l: { key: string }) => l.key === opposes);
  expect(link).toMatchObject({ source: 'israel', target: 'iran', directed: true, type: 'opposes' });
  expect(link.evidence[0].quote).toEqual(graph.getEdgeAttribute(opposes, 'evidence')[0].quote);
});

const negotiates = edgeKey('negotiates', 'iran', 'trump');
/** Only the relations of one type: negotiates alone is an undirected graph, opposes alone a directed one. */
const onlyType = (type: 'negotiates' | 'opposes') => sliceActorGraph(graph, { types: [type] });

test('node-link JSON is directed and multi as NetworkX reads it; a mixed graph says each link\'s direction', () => {
  const mixed = JSON.parse(exportText(exportGraph(graph, 'node-link')));
  expect(mixed).toMatchObject({ directed: true, multigraph: true });
  expect(mixed.links.find((l: { key: string }) => l.key === negotiates)).toMatchObject({ directed: false });
  // NetworkX reads graph-level `directed` only: a graph of negotiates alone must say false.
  const undirected = JSON.parse(exportText(exportGraph(onlyType('negotiates'), 'node-link')));
  expect(undirected).toMatchObject({ directed: false, multigraph: true });
  expect(undirected.links.every((l: object) => !('directed' in l))).toBe(true);
  expect(JSON.parse(exportText(exportGraph(onlyType('opposes'), 'node-link')))).toMatchObject({ directed: true, multigraph: true });
});

test('GEXF is 1.2draft (what NetworkX reads, and Gephi), with its viz namespace', () => {
  const gexf = exportText(exportGraph(graph, 'gexf', { iran: { x: 1.5, y: -2 } }));
  expect(gexf).toMatch(/<gexf version="1\.2" xmlns="http:\/\/www\.gexf\.net\/1\.2draft" xmlns:viz="http:\/\/www\.gexf\.net\/1\.2draft\/viz"/);
  expect(gexf).toContain('<viz:position x="1.5" y="-2"/>');
  expect(gexf).not.toContain('1.3');
});

test.each(['gexf', 'graphml'] as const)('%s of a mixed graph: directed, one arc per relation, `directed` false on negotiates, no per-edge type', (format) => {
  const text = exportText(exportGraph(graph, format));
  // NetworkX refuses a file whose edges disagree with the graph's direction.
  expect(text).toContain(format === 'gexf' ? 'defaultedgetype="directed"' : 'edgedefault="directed"');
  expect(text).not.toMatch(/<edge [^>]*(type|directed)="/);
  const raw = format === 'gexf' ? parseGexf(Graph, text) : parseGraphml(Graph, text);
  expect(raw.size).toBe(graph.size);
  expect(raw.type).toBe('directed');
  expect(raw.getEdgeAttribute(negotiates, 'directed')).toBe(false);
  expect(raw.getEdgeAttribute(opposes, 'directed')).toBe(true);
  expect([raw.source(negotiates), raw.target(negotiates)]).toEqual([graph.source(negotiates), graph.target(negotiates)]);
  // Our reader gives the mixed graph back, without the attribute.
  const back = (format === 'gexf' ? readGexfGraph : readGraphml)(text, `g.${format}`).graph;
  expect(back.isUndirected(negotiates)).toBe(true);
  expect(back.isDirected(opposes)).toBe(true);
  expect(back.getEdgeAttributes(negotiates)).not.toHaveProperty('directed');
});

test.each(['gexf', 'graphml'] as const)('%s of one direction only is that kind of graph, without a `directed` attribute', (format) => {
  const undirected = exportText(exportGraph(onlyType('negotiates'), format));
  expect(undirected).toContain(format === 'gexf' ? 'defaultedgetype="undirected"' : 'edgedefault="undirected"');
  expect(undirected).not.toContain('"directed"');
  expect(exportText(exportGraph(onlyType('opposes'), format))).toContain(format === 'gexf' ? 'defaultedgetype="directed"' : 'edgedefault="directed"');
});

test('GEXF parses back with nodes, typed edges and evidence attributes', () => {
  const back = readGexfGraph(exportText(exportGraph(graph, 'gexf')), 'g.gexf').graph;
  expect(back.order).toBe(graph.order);
  expect(back.size).toBe(graph.size);
  const attrs = back.getEdgeAttributes(opposes);
  expect(back.isDirected(opposes)).toBe(true);
  expect(back.isUndirected(negotiates)).toBe(true);
  expect(attrs.relation).toBe('opposes');
  expect((JSON.parse(attrs.evidence as string) as Evidence[])[0].quote).toBe(graph.getEdgeAttribute(opposes, 'evidence')[0].quote);
  expect(back.getNodeAttribute('iran', 'label')).toBe('Iran');
  expect(back.getNodeAttribute('iran', 'kind')).toBe('state');
});

test('GraphML parses back with keys, undirected negotiates and evidence', () => {
  const back = readGraphml(exportText(exportGraph(graph, 'graphml')), 'g.graphml').graph;
  expect(back.order).toBe(graph.order);
  expect(back.size).toBe(graph.size);
  const attrs = back.getEdgeAttributes(opposes);
  expect(back.isDirected(opposes)).toBe(true);
  expect(attrs.relation).toBe('opposes');
  expect(attrs.weight).toBe(graph.getEdgeAttribute(opposes, 'weight'));
  expect(JSON.parse(attrs.evidence as string)).toEqual(graph.getEdgeAttribute(opposes, 'evidence'));
  expect(back.isUndirected(edgeKey('negotiates', 'iran', 'trump'))).toBe(true);
});

test('CSV nodes and edges parse back, quotes with commas and quotation marks intact', () => {
  const nodes = readCsv(exportText(exportGraph(graph, 'csv-nodes')));
  expect(nodes[0]).toEqual(['id', 'label', 'kind', 'affiliation', 'role', 'aliases', 'provisional']);
  expect(nodes).toHaveLength(graph.order + 1);
  const edges = readCsv(exportText(exportGraph(graph, 'csv-edges')));
  const header = edges[0];
  expect(edges).toHaveLength(graph.size + 1);
  const row = edges.find((r) => r[0] === opposes)!;
  const get = (name: string): string => row[header.indexOf(name)];
  expect(get('relation')).toBe('opposes');
  expect(get('directed')).toBe('true');
  expect(JSON.parse(get('evidence'))).toEqual(graph.getEdgeAttribute(opposes, 'evidence'));
});

test('XML exports carry markup, control characters and GDELT figures safely', () => {
  const g = buildGraph({
    documents: [],
    actors: [
      { id: 'a&b', name: 'A <b>"&\'\tname\u0001\ud800', kind: 'state', aliases: ['x|y'] },
      { id: 'c', name: 'C', kind: 'organization', aliases: [] },
    ],
    relations: [],
    eventRelations: [
      { source: 'a&b', target: 'c', type: 'opposes', origin: 'gdelt', events: 12, mentions: 40, sources: 9, goldstein: -4.25, tone: -3.5, firstSeen: '2026-01-02', lastSeen: '2026-01-09', urls: ['https://example.org/a?x=1&y=2'] },
    ],
  });
  const key = edgeKey('opposes', 'a&b', 'c');
  const expectedLabel = 'A <b>"&\'\tname\ufffd\ufffd';
  const gexf = parseGexf(Graph, exportText(exportGraph(g, 'gexf', { 'a&b': { x: 1.5, y: -2 }, c: { x: 0, y: 0 } })));
  expect(gexf.getNodeAttribute('a&b', 'label')).toBe(expectedLabel);
  expect(gexf.getNodeAttributes('a&b')).toMatchObject({ x: 1.5, y: -2 });
  expect(gexf.getEdgeAttributes(key)).toMatchObject({ relation: 'opposes', events: 12, mentions: 40, sources: 9, goldstein: -4.25, tone: -3.5, urls: 'https://example.org/a?x=1&y=2' });
  expect(gexf.isDirected(key)).toBe(true);
  // Values declared as defaults (no evidence, no alias, not provisional) are left out of each
  // element and come back from the declaration.
  expect(gexf.getEdgeAttributes(key)).toMatchObject({ documents: 0, evidence: '[]' });
  expect(gexf.getNodeAttributes('c')).toMatchObject({ aliases: '', provisional: false });
  const graphml = parseGraphml(Graph, exportText(exportGraph(g, 'graphml')));
  expect(graphml.getNodeAttribute('a&b', 'label')).toBe(expectedLabel);
  expect(graphml.getEdgeAttributes(key)).toMatchObject({ events: 12, goldstein: -4.25, weight: 12, documents: 0, evidence: '[]' });
  expect(graphml.getNodeAttributes('c')).toMatchObject({ aliases: '', provisional: false });
  const edges = readCsv(exportText(exportGraph(g, 'csv-edges')));
  const row = Object.fromEntries(edges[0].map((h, i) => [h, edges[1][i]]));
  expect(row).toMatchObject({ key, events: '12', mentions: '40', sources: '9', goldstein: '-4.25', tone: '-3.5' });
});

test('CSV cells a spreadsheet would run as formulas start with a single quote; numbers stay numbers', () => {
  const hostile = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];
  const g = buildGraph({
    documents: [],
    actors: [
      ...hostile.map((name, i) => ({ id: `h${i}`, name, kind: 'person' as const, aliases: [] })),
      { id: '=cmd', name: 'Plain', kind: 'state' as const, aliases: ['-3.5'] },
    ],
    relations: [],
    eventRelations: [
      { source: '=cmd', target: 'h0', type: 'opposes', origin: 'gdelt', events: 3, mentions: 4, sources: 2, goldstein: -4.25, tone: -3.5, firstSeen: '2026-01-02', lastSeen: '2026-01-09', urls: ['=1+1 https://example.org/'] },
    ],
  });
  const nodes = readCsv(exportText(exportGraph(g, 'csv-nodes')));
  const labels = nodes.slice(1).map((r) => r[1]);
  for (const name of hostile) expect(labels).toContain(`'${name}`);
  const plain = nodes.find((r) => r[1] === 'Plain')!;
  expect(plain[0]).toBe("'=cmd");
  // Text that is a plain number cannot be a formula: written as it is.
  expect(plain[nodes[0].indexOf('aliases')]).toBe('-3.5');
  const edges = readCsv(exportText(exportGraph(g, 'csv-edges')));
  const row = Object.fromEntries(edges[0].map((h, i) => [h, edges[1][i]]));
  expect(row).toMatchObject({ source: "'=cmd", target: 'h0', goldstein: '-4.25', tone: '-3.5', urls: "'=1+1 https://example.org/" });
  expect(row.key.startsWith("'")).toBe(false);
});

test('GEXF viz: colours with alpha, sizes and thicknesses as the drawing rule gives them, read back by graphology-gexf and by our reader', () => {
  const g = buildGraph(loadDataset());
  g.setNodeAttribute('mossad', 'provisional', true);
  g.mergeEdgeAttributes(opposes, { provenance: 'extracted', reviewed: false });
  const viz = defaultViz(new Map([['iran', 4], ['mossad', 1]]));
  const text = exportText(exportGraph(g, 'gexf', { iran: { x: 1.5, y: -2 } }, viz));
  // The viz module's order inside an element: color, position, size.
  expect(text).toMatch(/<node id="iran" [^\n]*<viz:color r="47" g="111" b="208" a="1"\/><viz:position x="1.5" y="-2"\/><viz:size value="20"\/><\/node>/);
  const back = parseGexf(Graph, text);
  // Provisional: the page's paler disc, alpha a6 (166/255).
  expect(back.getNodeAttributes('mossad')).toMatchObject({ color: 'rgba(107,90,62,0.651)', size: 13 });
  expect(back.getNodeAttribute('oman', 'size')).toBe(6);
  // Unreviewed extracted relation: paler (alpha 73) and 0.6 as thick.
  const weight = g.getEdgeAttribute(opposes, 'weight');
  expect(back.getEdgeAttributes(opposes).color).toBe('rgba(220,38,38,0.451)');
  expect(back.getEdgeAttributes(opposes).thickness).toBeCloseTo(Math.min(2 + Math.log2(Math.max(1, weight)) * 1.2, 6) * 0.6, 3);
  expect(back.getEdgeAttributes(negotiates).color).toBe('rgba(46,158,79,1)');
  // Our own --graph reader takes the file as it is, viz and all.
  expect(readGexfGraph(text, 'g.gexf').graph.order).toBe(g.order);
  // Formats other than GEXF carry no viz.
  expect(exportText(exportGraph(g, 'graphml', undefined, viz))).not.toContain('viz');
});
