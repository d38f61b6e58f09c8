/** The library entry point as the README shows it: the bundled data, and any graphology graph. */
import { UndirectedGraph } from 'graphology';
import { communitiesOf, compactGraph, eventRecord, Explorer, exportText, findMetric, measure, openExplorer, parseDatasetJson } from '../../server/lib';
import { bigDataset } from '../e2e/big-dataset';

test('openExplorer ranks the bundled actors by betweenness, exactly', async () => {
  const r = await openExplorer().centrality({ metric: 'betweenness', top: 5 });
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

test('a filter as a slice (no copy), a graph when asked for, and an export as text or chunks', () => {
  const explorer = openExplorer();
  const opposes = explorer.slice({ types: ['opposes'] });
  expect(opposes.size).toBeGreaterThan(0);
  opposes.forEachEdge((_k, a) => expect(a.type).toBe('opposes'));
  const g = opposes.toGraph();
  expect([g.order, g.size]).toEqual([opposes.order, opposes.size]);
  expect(explorer.graph().size).toBeGreaterThan(g.size); // the shared graph is untouched
  const out = explorer.export('csv-edges', { types: ['opposes'] });
  const lines = exportText(out).trimEnd().split('\r\n');
  expect(lines).toHaveLength(opposes.size + 1);
  expect(Buffer.concat([...out.chunks()]).toString('utf8')).toBe(exportText(out)); // read again, same file
});

test("a dataset's coded events, turned into rows by an Explorer, give their plain records back through eventRecord", () => {
  const dump = bigDataset(60, 200, 3);
  const plain = parseDatasetJson(JSON.parse(JSON.stringify(dump)), 'plain').eventRelations!;
  const ds = parseDatasetJson(dump, 'handed over');
  new Explorer(ds);
  const rows = ds.eventRelations!;
  expect(plain.length).toBeGreaterThan(100);
  expect(rows).toHaveLength(plain.length);
  expect({ ...rows[0] }).toEqual({}); // a row has no fields of its own (README, Library)
  expect(rows.map((e) => ({ ...eventRecord(e) }))).toEqual(plain);
  expect(rows.map((e) => structuredClone(eventRecord(e)))).toEqual(plain);
  expect(eventRecord(plain[0])).toBe(plain[0]); // a plain record is given back as it is
});
