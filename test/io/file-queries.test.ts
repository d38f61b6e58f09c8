/** The CLI's queries on a graph file (`--graph FILE`): same shapes as on the actor data, filters refused. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graphFileBackend } from '../../server/cli/graph-file-backend';
import { loadDataset } from '../../server/data/load-dataset';
import { buildGraph } from '../../server/graph/build';
import { exportGraph, exportText } from '../../server/graph/export';
import { textOf } from '../../server/graph/flat-writers';
import { Explorer } from '../../server/query/explorer';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-fileq-'));
const dataset = loadDataset();
const explorer = new Explorer(dataset);
const gexf = path.join(tmp, 'actors.gexf');
fs.writeFileSync(gexf, exportText(exportGraph(buildGraph(dataset), 'gexf')));
const backend = graphFileBackend(gexf);

test('centrality on the exported file ranks as on the data it came from', async () => {
  for (const metric of ['degree', 'betweenness', 'closeness', 'pagerank']) {
    const fromFile = await backend.centrality({ metric, top: '5' });
    const fromData = await explorer.centrality({ metric, top: 5 });
    expect(fromFile.method).toBe('exact');
    expect(fromFile.ranking.map((r) => [r.id, r.label, r.kind])).toEqual(fromData.ranking.map((r) => [r.id, r.label, r.kind]));
    fromFile.ranking.forEach((r, i) => expect(r.value).toBeCloseTo(fromData.ranking[i].value, 9));
    expect(fromFile.projection).toMatchObject({ directed: false, nodes: fromData.projection.nodes, edges: fromData.projection.edges, types: [] });
  }
  const directed = await backend.centrality({ metric: 'in-degree' });
  expect(directed.projection.directed).toBe(true);
});

test('communities, path and export', async () => {
  expect(await backend.communities({})).toEqual(await explorer.communities());
  const p = await backend.path({ from: 'barnea', to: 'trump' });
  expect(p.nodes).toEqual(explorer.path('barnea', 'trump').nodes);
  expect(p.steps.every((s) => s.relations.length === 0)).toBe(true);
  const csv = textOf((await backend.export({ format: 'csv-edges' })) as Iterable<Buffer>);
  expect(csv.split('\r\n')[0]).toMatch(/^key,source,target,directed,/);
});

test('errors name the flag or the node', async () => {
  await expect(backend.centrality({ metric: 'degree', types: 'opposes' })).rejects.toThrow('types: filters the actor data and does not apply to --graph files');
  await expect(backend.centrality({ metric: 'fame' })).rejects.toThrow(/^metric: unknown value "fame"/);
  await expect(backend.path({ from: 'nobody', to: 'trump' })).rejects.toThrow('from: unknown node "nobody"');
  await expect(backend.path({ to: 'trump' })).rejects.toThrow('from: is required');
  await expect(backend.actors()).rejects.toThrow(/^graph: the actors command lists the actor data/);
  await expect(graphFileBackend(path.join(tmp, 'missing.gexf')).communities({})).rejects.toThrow(/missing\.gexf: cannot be read/);
});
