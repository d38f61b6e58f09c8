/**
 * Graph files of every supported format read back (ours and other tools' dialects), errors that
 * name the line or element, and metrics on a file graph equal to NetworkX's.
 */
import Graph from 'graphology';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadDataset } from '../../server/data/load-dataset';
import { buildGraph } from '../../server/graph/build';
import { EXPORT_FORMATS, exportGraph, exportText } from '../../server/graph/export';
import { textOf } from '../../server/graph/flat-writers';
import { findMetric, measure } from '../../server/graph/metrics';
import { GraphFileError } from '../../server/io/graph-file-error';
import { parseGraphText, readGraphFile } from '../../server/io/read-graph';
import { compactGraph } from '../../server/algorithms/compact';
import { writeGraph } from '../../server/io/write-graph';
import reference from '../fixtures/networkx/reference.json';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-io-'));
const MULTIGRAPH_GRAPHML = path.join(__dirname, '..', 'fixtures', 'interop', 'networkx-multigraph.graphml');

/** Edges as sorted "s>t" (directed) or "s-t" (undirected, ends sorted) strings. */
function shape(g: Graph): { nodes: string[]; edges: string[] } {
  const edges = g.mapEdges((_k, _a, s, t, _sa, _ta, undirected) => (undirected ? [s, t].sort().join('-') : `${s}>${t}`));
  return { nodes: g.nodes().sort(), edges: edges.sort() };
}

/** A small mixed multigraph with attributes of every kind. */
function sample(): Graph {
  const g = new Graph({ type: 'mixed', multi: true });
  g.addNode('a', { label: 'Alpha, "the first"', size: 3 });
  g.addNode('b', { label: 'Beta' });
  g.addNode('c', { label: 'Gamma\nline' });
  g.addNode('lonely');
  g.addUndirectedEdge('a', 'b', { weight: 2.5, relation: 'negotiates' });
  g.addUndirectedEdge('a', 'b', { weight: 1, relation: 'negotiates' });
  g.addDirectedEdge('c', 'a', { weight: 1, relation: 'opposes', tags: ['x', 'y'] });
  g.addDirectedEdge('b', 'c', { relation: 'mediates' });
  return g;
}

const EXT: Record<string, string> = { json: 'json', 'node-link': 'json', gexf: 'gexf', graphml: 'graphml', 'csv-edges': 'csv' };

describe('what we write, we read back', () => {
  const g = sample();
  test.each(Object.keys(EXT))('%s', (format) => {
    const file = path.join(tmp, `sample.${EXT[format]}`);
    fs.writeFileSync(file, textOf(writeGraph(g, format as (typeof EXPORT_FORMATS)[number])));
    const back = readGraphFile(file).graph;
    const expected = shape(g);
    // An edge list cannot hold a node without edges.
    if (format === 'csv-edges') expected.nodes = expected.nodes.filter((n) => n !== 'lonely');
    expect(shape(back)).toEqual(expected);
    const weights = back.mapEdges((_k, a) => Number(a.weight ?? 0)).sort();
    expect(weights).toEqual([0, 1, 1, 2.5]);
    if (format !== 'csv-edges') expect(back.getNodeAttribute('a', 'label')).toBe('Alpha, "the first"');
  });

  test.each(EXPORT_FORMATS.filter((f) => f !== 'csv-nodes'))('the actor graph exported as %s', (format) => {
    const actors = buildGraph(loadDataset());
    const { graph, format: detected } = parseGraphText(exportText(exportGraph(actors, format)), `actors.${EXT[format]}`);
    expect(detected).toBe({ json: 'graphology-json', 'node-link': 'node-link', gexf: 'gexf', graphml: 'graphml', 'csv-edges': 'csv' }[format]);
    const expected = shape(actors);
    const isolated = actors.filterNodes((n) => actors.degree(n) === 0);
    if (format === 'csv-edges') expected.nodes = expected.nodes.filter((n) => !isolated.includes(n));
    expect(shape(graph)).toEqual(expected);
  });
});

describe("other tools' dialects", () => {
  test('NetworkX node-link: integer ids, per-pair multigraph keys', () => {
    const text = JSON.stringify({
      directed: false,
      multigraph: true,
      graph: { name: 'nx' },
      nodes: [{ id: 0 }, { id: 1 }, { id: 2 }],
      links: [
        { source: 0, target: 1, key: 0 },
        { source: 0, target: 1, key: 1 },
        { source: 1, target: 2, key: 0, weight: 3 },
      ],
    });
    const { graph, format } = parseGraphText(text, 'nx.json');
    expect(format).toBe('node-link');
    expect(shape(graph)).toEqual({ nodes: ['0', '1', '2'], edges: ['0-1', '0-1', '1-2'] });
    expect(graph.getAttribute('name')).toBe('nx');
  });

  test('D3 node-link: endpoints as indices into nodes, "edges" instead of "links"', () => {
    const text = JSON.stringify({ directed: true, nodes: [{ id: 'x' }, { id: 'y' }], edges: [{ source: 0, target: 1 }] });
    expect(shape(parseGraphText(text, 'd3.json').graph).edges).toEqual(['x>y']);
  });

  test('Gephi edge CSV: Source,Target,Type with Directed/Undirected; RFC 4180 quoting', () => {
    const text = 'Source,Target,Type,Weight,Label\r\na,b,Directed,2,"x, ""quoted""\r\nacross lines"\r\nb,c,Undirected,1,\r\n';
    const g = parseGraphText(text, 'gephi.csv').graph;
    expect(shape(g).edges).toEqual(['a>b', 'b-c']);
    const ab = g.edges('a', 'b')[0];
    expect(g.getEdgeAttributes(ab)).toEqual({ weight: 2, Label: 'x, "quoted"\r\nacross lines' });
  });

  test('NetworkX MultiGraph GraphML: edge ids repeat per pair (0, 1, …); read, with one warning', () => {
    // Written by NetworkX 2.8.8: nx.MultiGraph() with a-b twice (weights 1, 2) and b-c twice.
    const { graph, warnings } = readGraphFile(MULTIGRAPH_GRAPHML);
    expect(shape(graph)).toEqual({ nodes: ['a', 'b', 'c'], edges: ['a-b', 'a-b', 'b-c', 'b-c'] });
    expect(graph.edges().sort()).toEqual(['0', '1', '2', '3']);
    expect(graph.getEdgeAttribute('1', 'weight')).toBe(2);
    expect(warnings).toEqual([
      `${MULTIGRAPH_GRAPHML}, line 12, <edge id="0">: edge id "0" repeats (as NetworkX writes a multigraph's keys); edges were read with ids 0 to 3 in file order`,
    ]);
    // A file without repeats has none.
    expect(parseGraphText(textOf(writeGraph(sample(), 'graphml')), 'g.graphml').warnings).toEqual([]);
  });

  test('format by content when the extension says nothing', () => {
    const gexf = textOf(writeGraph(sample(), 'gexf'));
    expect(parseGraphText(gexf, 'graph.xml').format).toBe('gexf');
    expect(parseGraphText(textOf(writeGraph(sample(), 'graphml')), 'graph').format).toBe('graphml');
    expect(parseGraphText('source,target\na,b\n', 'graph.txt').format).toBe('csv');
    expect(parseGraphText(textOf(writeGraph(sample(), 'json')), 'graph').format).toBe('graphology-json');
  });
});

describe('bad files name the line or element', () => {
  const fails = (text: string, file: string): string => {
    try {
      parseGraphText(text, file);
    } catch (e) {
      expect(e).toBeInstanceOf(GraphFileError);
      return (e as Error).message;
    }
    throw new Error('no error');
  };

  test('JSON', () => {
    expect(fails('{\n  "nodes": [\n    {"id": "a"},\n  ],\n  "links": []\n}', 'g.json')).toBe("g.json, line 4, column 3: invalid JSON: trailing comma before ']'");
    expect(fails('{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "b"}]}', 'g.json')).toBe('g.json, links[0].target: "b" is not a node id (nor an index into nodes)');
    expect(fails('{"nodes": [{"key": "a"}, {"key": "a"}], "edges": []}', 'g.json')).toBe('g.json, nodes[1].key: duplicate node "a"');
    expect(fails('{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": null}]}', 'g.json')).toBe('g.json, edges[0].target: must be a string or a number, got null');
    expect(fails('[1, 2]', 'g.json')).toBe('g.json: must hold a JSON object with "nodes"');
  });

  test('CSV', () => {
    expect(fails('from,to\na,b\n', 'g.csv')).toBe('g.csv, line 1: the header must name the columns source and target (found: from, to)');
    expect(fails('source,target\na,b\nc\n', 'g.csv')).toBe('g.csv, line 3: expected 2 fields as in the header, got 1');
    expect(fails('source,target,weight\na,b,1\n"a\nb",c,heavy\n', 'g.csv')).toBe('g.csv, line 3, column weight: "heavy" is not a number');
    expect(fails('source,target\na,"b\n', 'g.csv')).toBe('g.csv, line 2: quoted field is not closed');
    expect(fails('source,target\na,b"c\n', 'g.csv')).toMatch(/^g\.csv, line 2: a quote inside an unquoted field/);
    expect(fails('source,target\n,b\n', 'g.csv')).toBe('g.csv, line 2: source is empty');
    expect(fails('', 'g.csv')).toBe('g.csv: is empty (expected a header with source,target)');
  });

  test('GEXF and GraphML', () => {
    const gexf = '<?xml version="1.0"?>\n<gexf>\n<graph>\n<nodes><node id="a"/></nodes>\n<edges>\n<edge id="e1" source="a" target="b"/>\n</edges></graph></gexf>';
    expect(fails(gexf, 'g.gexf')).toBe('g.gexf, line 6, <edge id="e1">: target "b" is not a node of the file');
    expect(fails('<gexf><graph><nodes><node id="a"/><node id="a"/></nodes></graph></gexf>', 'g.gexf')).toBe('g.gexf, line 1, <node id="a">: duplicate node id "a"');
    expect(fails('<graphml>\n<graph>\n<node id="a">\n</graph></graphml>', 'g.graphml')).toBe(
      'g.graphml, line 3, column 1: invalid XML: an element is not closed, or its end tag does not match',
    );
    expect(fails('<graphml><graph edgedefault="sideways"/></graphml>', 'g.graphml')).toBe('g.graphml, line 1, <graph>: edgedefault "sideways" is not directed or undirected');
    expect(fails('<gexf><nodes/></gexf>', 'g.gexf')).toBe('g.gexf, line 1, <gexf>: has no <graph> element');
    expect(fails('<svg></svg>', 'g.xml')).toBe('g.xml: is XML but neither GEXF (<gexf>) nor GraphML (<graphml>)');
  });

  test('unreadable files', () => {
    expect(() => readGraphFile(path.join(tmp, 'missing.csv'))).toThrow(`${path.join(tmp, 'missing.csv')}: cannot be read (ENOENT)`);
    const latin1 = path.join(tmp, 'latin1.csv');
    fs.writeFileSync(latin1, Buffer.from([0x73, 0x2c, 0x74, 0x0a, 0xe9, 0x2c, 0x62, 0x0a]));
    expect(() => readGraphFile(latin1)).toThrow('latin1.csv: is not valid UTF-8');
  });
});

describe('metrics on a graph file equal NetworkX', () => {
  interface Case {
    name: string;
    directed: boolean;
    nodes: string[];
    edges: [string, string][];
    expected: Record<string, Record<string, number>>;
  }
  const cases = (reference as unknown as { cases: Case[] }).cases;
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    // Written as an edge list with a directed column, plus a self-loop and a parallel edge, which the projection drops.
    const rows = c.edges.map(([s, t]) => `${s},${t},${c.directed}`);
    rows.push(`${c.edges[0][0]},${c.edges[0][0]},${c.directed}`, `${c.edges[0][0]},${c.edges[0][1]},${c.directed}`);
    const file = path.join(tmp, `${c.name}.csv`);
    fs.writeFileSync(file, `source,target,directed\n${rows.join('\n')}\n`);
    const g = readGraphFile(file).graph;
    // An edge list cannot hold isolated nodes; the references count them (normalisation by n).
    c.nodes.forEach((n) => g.mergeNode(n));
    const compact = compactGraph(g, c.directed);
    expect(compact.edges).toBe(c.edges.length);
    for (const metric of ['betweenness', 'pagerank', 'closeness'] as const) {
      // The references asked NetworkX for a converged PageRank (tol 1e-10, max_iter 1000).
      const { values } = measure(findMetric(metric)!, compact, metric === 'pagerank' ? { tol: 1e-10, max_iter: 1000 } : {});
      for (const n of c.nodes) expect(values[n]).toBeCloseTo(c.expected[metric][n], 6);
    }
  });
});
