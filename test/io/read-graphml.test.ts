/**
 * The GraphML stream reader (server/io/read-graphml.ts) reads files as graphology-graphml, the
 * library it replaced, did: same nodes, edges, keys and attributes, types and graph type; and the
 * compact projection made from its arrays equals the one made from the graphology graph.
 */
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { loadDataset } from '../../server/data/load-dataset';
import { buildGraph } from '../../server/graph/build';
import { compactGraph } from '../../server/algorithms/compact';
import { exportGraph, exportText } from '../../server/graph/export';
import { readGraphmlText } from '../../server/io/read-graphml';

/** Everything but the made-up keys of edges without an id. */
function shape(g: Graph): object {
  const e = g.export();
  return { ...e, edges: e.edges.map(({ key, ...rest }) => ({ ...rest, key: key?.startsWith('geid_') ? 'generated' : key })) };
}

const HANDWRITTEN = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="size" attr.type="double"><default>1.5</default></key>
  <key id="d2" for="edge" attr.name="weight" attr.type="int"/>
  <key id="d3" for="edge" attr.name="ok" attr.type="boolean"/>
  <key id="r" for="node" attr.name="r" attr.type="int"/>
  <key id="g" for="node" attr.name="g" attr.type="int"/>
  <key id="b" for="node" attr.name="b" attr.type="int"/>
  <key id="gd" for="graph" attr.name="title" attr.type="string"/>
  <graph id="G" edgedefault="undirected">
    <data key="gd">A &amp; B</data>
    <edge id="e0" source="a" target="b"><data key="d2">3</data><data key="d3">True</data></edge>
    <node id="a"><data key="d0">Alpha <![CDATA[<one>]]></data><data key="r">255</data><data key="g">0</data><data key="b">16</data></node>
    <node id="b"><data key="d1">4</data><data key="unknown">raw</data></node>
    <node id="c"/>
    <edge source="b" target="c" directed="true"/>
    <edge source="c" target="b"/>
    <edge source="b" target="c"/>
  </graph>
</graphml>
`;

describe('reads GraphML as graphology-graphml did', () => {
  const cases: [string, string][] = [
    ['handwritten: keys, defaults, colours, CDATA, mixed, multi', HANDWRITTEN],
    ['our export of the actor graph (directed, with relation attributes)', exportText(exportGraph(buildGraph(loadDataset()), 'graphml'))],
  ];
  test.each(cases)('%s', (_name, text) => {
    const { graph } = readGraphmlText(text, 'g.graphml');
    const ours = graph.graph();
    const theirs = parseGraphml(Graph, text);
    // Our reader makes the mixed graph our exports describe with a `directed` attribute (as the
    // DOM reader did after graphology's parser, which leaves it as written).
    if (text.includes('attr.name="directed"')) {
      expect(ours.order).toBe(theirs.order);
      expect(ours.size).toBe(theirs.size);
      expect(ours.nodes()).toEqual(theirs.nodes());
      ours.forEachNode((n, a) => expect(a).toEqual(theirs.getNodeAttributes(n)));
      return;
    }
    expect(shape(ours)).toEqual(shape(theirs));
  });

  test('the projection from the arrays is the one from the graph', () => {
    const { graph } = readGraphmlText(HANDWRITTEN, 'g.graphml');
    for (const directed of [false, true]) {
      for (const weight of [undefined, 'weight']) {
        const fromArrays = graph.compact(directed, weight, { selfloops: true, multigraph: true });
        const fromGraph = compactGraph(graph.graph(), directed, weight, { selfloops: true, multigraph: true });
        expect(fromArrays).toEqual(fromGraph);
      }
    }
  });

  test('nodes may come after the edges that name them; ends that name no node are refused at their line', () => {
    expect(readGraphmlText(HANDWRITTEN, 'g.graphml').graph.size).toBe(4);
    expect(() => readGraphmlText('<graphml><graph>\n<node id="a"/>\n<edge source="a" target="z"/>\n</graph></graphml>', 'g.graphml')).toThrow(
      'g.graphml, line 3, <edge>: target "z" is not a node of the file',
    );
  });

  test('attribute names of any spelling stay data', () => {
    const text = '<graphml><key id="k" for="node" attr.name="__proto__"/><graph><node id="a"><data key="k">x</data></node></graph></graphml>';
    const attrs = readGraphmlText(text, 'g.graphml').graph.arrays.nodeAttributes[0];
    expect(Object.getPrototypeOf(attrs)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(attrs, '__proto__')?.value).toBe('x');
  });
});
