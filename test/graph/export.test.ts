/** Every export format parsed back, with evidence travelling along. */
import Graph, { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { loadDataset } from '../../server/data/load-dataset';
import type { Evidence } from '../../server/domain/types';
import { buildGraph, edgeKey } from '../../server/graph/build';
import { exportGraph, exportText } from '../../server/graph/export';

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

test('GEXF parses back with nodes, typed edges and evidence attributes', () => {
  const back = parseGexf(Graph, exportText(exportGraph(graph, 'gexf')), { allowUndeclaredAttributes: true });
  expect(back.order).toBe(graph.order);
  expect(back.size).toBe(graph.size);
  const attrs = back.getEdgeAttributes(opposes);
  expect(back.isDirected(opposes)).toBe(true);
  expect(back.isUndirected(edgeKey('negotiates', 'iran', 'trump'))).toBe(true);
  expect(attrs.relation).toBe('opposes');
  expect((JSON.parse(attrs.evidence as string) as Evidence[])[0].quote).toBe(graph.getEdgeAttribute(opposes, 'evidence')[0].quote);
  expect(back.getNodeAttribute('iran', 'label')).toBe('Iran');
  expect(back.getNodeAttribute('iran', 'kind')).toBe('state');
});

test('GraphML parses back with keys, undirected negotiates and evidence', () => {
  const back = parseGraphml(Graph, exportText(exportGraph(graph, 'graphml')));
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
