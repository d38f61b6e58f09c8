/**
 * The graph built in stages (graph/staged-graph.ts) for a server's start: its whole slice is had
 * before graphology holds any edge, and the graph it ends as, given the slice's edges, is the one
 * buildGraph makes — same nodes, edges, edge order and attributes — as is the
 * Explorer's graph made in turns, or finished early by a caller that wants it.
 */
import { loadDataset, parseDatasetJson } from '../../server/data/load-dataset';
import { keyedRecord } from '../../server/domain/reserved-keys';
import type { Dataset } from '../../server/domain/types';
import type { Positions } from '../../server/graph/layout';
import { buildGraph, edgeGroupsOf } from '../../server/graph/build';
import { sliceActorGraph } from '../../server/graph/filter';
import { StagedGraph } from '../../server/graph/staged-graph';
import { Explorer } from '../../server/query/explorer';
import { closePool } from '../../server/workers/pool';
import { bigDataset } from '../e2e/big-dataset';
import { sliceOf } from '../helpers/graph-contents';

afterAll(() => closePool());

/** The bundled data (relation records with evidence, mediations), and coded events only. */
const datasets: [string, () => Dataset][] = [
  ['bundled data', () => loadDataset()],
  ['coded events', () => parseDatasetJson(bigDataset(400, 3000, 7), 'big')],
];

test.each(datasets)('%s: the staged slice is the built graph\'s, and the graph given its edges is the built one, once', (_name, make) => {
  const d = make();
  const built = buildGraph(d);
  const staged = new StagedGraph(d.actors);
  const slice = staged.sliceOf(edgeGroupsOf(d));
  expect(slice.graph.size).toBe(0);
  expect(sliceOf(slice)).toEqual(sliceOf(sliceActorGraph(built)));
  expect(() => staged.finishAs(sliceActorGraph(built))).toThrow('a staged graph is finished with a slice of its own');
  // export() lists edges in the graph's order, so the order is compared too.
  expect(staged.finishAs(slice).export()).toEqual(built.export());
  expect(() => staged.finishAs(slice)).toThrow('a staged graph is finished once');
});

test.each(datasets)('%s: an Explorer slices before graphology holds the edges, readies the slice in turns without giving them, and makes the graph when asked', async (_name, make) => {
  const d = make();
  const built = buildGraph(d);
  const explorer = new Explorer(d);
  const slice = explorer.slice();
  expect(slice.graph.size).toBe(0);
  expect(slice.size).toBe(built.size);
  await explorer.graphInTurns();
  expect(slice.graph.size).toBe(0);
  expect(explorer.graph()).toBe(slice.graph);
  expect(slice.graph.size).toBe(built.size);
  expect(explorer.graph().export()).toEqual(built.export());
});

test("the actor panel reads the slice's edges: graphology is given them only by a caller that asks for the graph", async () => {
  const d = parseDatasetJson(bigDataset(400, 3000, 7), 'big');
  const lazy = new Explorer(d);
  const eager = new Explorer(parseDatasetJson(bigDataset(400, 3000, 7), 'big'));
  eager.graph();
  for (const a of d.actors.slice(0, 5)) expect(await lazy.actor(a.id)).toEqual(await eager.actor(a.id));
  expect(lazy.slice().graph.size).toBe(0);
}, 120_000);

test('asking for the graph while the slice is readied in turns gives the whole graph at once', async () => {
  const d = parseDatasetJson(bigDataset(2000, 30_000, 3), 'big');
  const built = buildGraph(d);
  const explorer = new Explorer(d);
  const turns = explorer.graphInTurns();
  await new Promise((resolve) => setImmediate(resolve));
  expect(explorer.slice().graph.size).toBe(0);
  expect(explorer.graph().export()).toEqual(built.export());
  await turns;
  expect(explorer.graph().export()).toEqual(built.export());
  // Two comparisons of 30,000 edges' attributes: 29 s at load average 10-15 on this 2-core machine.
}, 120_000);

test('a stored layout that places every actor is taken before graphology holds the edges; one that lacks an actor walks them to place it', () => {
  const d = parseDatasetJson(bigDataset(2500, 12_000, 5), 'big');
  const everyone: Positions = keyedRecord();
  d.actors.forEach((a, i) => (everyone[a.id] = { x: i % 50, y: Math.floor(i / 50) }));
  const all = new Explorer(d, { positions: everyone });
  expect(all.placeQuickly()).toBe(false);
  expect(all.slice().graph.size).toBe(0);
  expect(all.positions()).toEqual(everyone);

  const { [d.actors[0].id]: _left, ...lacking } = everyone;
  const most = new Explorer(d, { positions: Object.assign(keyedRecord(), lacking) });
  expect(most.placeQuickly()).toBe(false);
  // Its relations walked from the slice, as graphology's graph walks them.
  expect(most.slice().graph.size).toBe(0);
  const withGraph = new Explorer(parseDatasetJson(bigDataset(2500, 12_000, 5), 'big'), { positions: Object.assign(keyedRecord(), lacking) });
  withGraph.graph();
  expect(withGraph.placeQuickly()).toBe(false);
  expect(most.positions()[d.actors[0].id]).toBeDefined();
  expect(most.positions()).toEqual(withGraph.positions());
});

test('a staged graph\'s actors share one frozen empty neighbour object until it is finished: an edge given to graphology before throws', () => {
  const d = loadDataset();
  const staged = new StagedGraph(d.actors);
  const slice = staged.sliceOf(edgeGroupsOf(d));
  const [a, b] = slice.nodes();
  expect(slice.graph.neighbors(a)).toEqual([]);
  expect(() => slice.graph.addUndirectedEdge(a, b)).toThrow(TypeError);
});
