/** The library entry point as the README shows it: the bundled data, and any graphology graph. */
import { UndirectedGraph } from 'graphology';
import { communitiesOf, compactGraph, findMetric, measure, openExplorer } from '../../server/lib';

test('openExplorer ranks the bundled actors by betweenness, exactly', () => {
  const r = openExplorer().centrality({ metric: 'betweenness', top: 5 });
  expect(r.method).toBe('exact');
  expect(r.ranking.map((x) => x.id).slice(0, 2)).toEqual(['iran', 'united-states']);
});

test('a graph of the caller measured directly: a star, then two triangles', () => {
  const g = new UndirectedGraph();
  ['hub', 'a', 'b', 'c'].forEach((n) => g.addNode(n));
  ['a', 'b', 'c'].forEach((n) => g.addEdge('hub', n));
  const c = compactGraph(g);
  expect(measure(findMetric('betweenness')!, c)).toEqual({ values: { hub: 1, a: 0, b: 0, c: 0 }, method: 'exact' });
  expect(measure(findMetric('degree')!, g).values.hub).toBe(1);
  g.addNode('x');
  g.addNode('y');
  g.addEdge('a', 'b');
  g.addEdge('x', 'y');
  expect(communitiesOf(compactGraph(g, false)).communities.map((k) => k.members)).toEqual([['a', 'b', 'c', 'hub'], ['x', 'y']]);
});
