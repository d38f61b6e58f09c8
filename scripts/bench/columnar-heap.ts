/**
 * Measures the columnar spike (columnar-edges.ts) against the graphology graph the server builds
 * for the same dataset: the heap each takes (after full collections) and its build time, on the
 * dataset `npm run bench`'s living cases store (namedDump, seed 3). One structure per process, so
 * the figures do not mix; the dataset's own records are the baseline both are measured above.
 *
 *   node --expose-gc -r ts-node/register/transpile-only scripts/bench/columnar-heap.ts graphology 50000 500000
 *   node --expose-gc -r ts-node/register/transpile-only scripts/bench/columnar-heap.ts columnar 50000 500000
 *   node -r ts-node/register/transpile-only scripts/bench/columnar-heap.ts verify 50000 500000
 *   node -r ts-node/register/transpile-only scripts/bench/columnar-heap.ts verify-mixed
 *
 * `graphology`: the dataset index (model/dataset-index.ts), the graph (buildGraph with the index's
 * groups, as the server's start) and its whole slice (sliceActorGraph), each step's bytes apart.
 * `columnar`: columnarEdgesOf from the dataset alone. `verify`: both, and every edge's columns,
 * ends, order, attributes and every actor's edges compared. `verify-mixed`: the same on the
 * project's sample data (quoted relations) with coded events drawn over its actors, some on the
 * relations' edges and some twice (another origin), so merged edges are compared too.
 */
import { seededRandom } from '../../server/algorithms/random';
import { loadDataset } from '../../server/data/load-dataset';
import type { Dataset, EventRelation } from '../../server/domain/types';
import { RELATION_TYPES } from '../../server/domain/types';
import { buildGraph } from '../../server/graph/build';
import { sliceActorGraph } from '../../server/graph/filter';
import { DatasetIndex } from '../../server/model/dataset-index';
import { bigDataset } from '../../test/e2e/big-dataset';
import { attributesOf, columnarEdgesOf, edgeOf, isReviewed, keyOf, provenanceOf } from './columnar-edges';
import { namedDump } from './ingest-articles';

/** The living cases' dataset (bench-server.ts's startBenchServer): coded events only. */
function benchDataset(actors: number, relations: number): Dataset {
  const dump = namedDump(actors, relations, 3, seededRandom(3));
  if (dump.relations.length) throw new Error('the bench dump was expected to hold coded events only');
  return { documents: dump.documents, actors: dump.actors, relations: [], eventRelations: dump.eventRelations };
}

/** The sample data with coded events over its actors: on the relations' edges too, and some edges' events twice. */
function mixedDataset(): Dataset {
  const sample = loadDataset(undefined, () => undefined);
  const ids = sample.actors.map((a) => a.id);
  const drawn = bigDataset(ids.length, Math.min(4 * ids.length, (ids.length * (ids.length - 1)) / 4), 7).eventRelations ?? [];
  const onIds = drawn.map((e) => ({ ...e, source: ids[Number(e.source.slice(1))], target: ids[Number(e.target.slice(1))] }));
  // The relations' own edges, as coded events too (merged with their quotes), and every 5th event again from another origin, the other way round.
  const onRelations: EventRelation[] = sample.relations.map((r, i) => ({ ...onIds[i % onIds.length], source: r.source, target: r.target, type: r.type }));
  const again = [...onIds, ...onRelations].filter((_e, i) => i % 5 === 0).map((e) => ({ ...e, origin: 'second', source: e.type === 'negotiates' ? e.target : e.source, target: e.type === 'negotiates' ? e.source : e.target, events: e.events + 1, tone: e.tone / 2 }));
  return { ...sample, eventRelations: [...onIds, ...onRelations, ...again] };
}

const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run node with --expose-gc');
  for (let i = 0; i < 4; i++) collect();
};

interface Step {
  step: string;
  ms: number;
  heapMB: number;
  arrayBuffersMB: number;
}

/** Runs `build`, then collects: its time, and the heap and array buffers it left held. */
function measured<T>(steps: Step[], step: string, build: () => T): T {
  gc();
  const before = process.memoryUsage();
  const t = performance.now();
  const out = build();
  const ms = performance.now() - t;
  gc();
  const after = process.memoryUsage();
  const mb = (x: number): number => Math.round(x / 1e5) / 10;
  steps.push({ step, ms: Math.round(ms), heapMB: mb(after.heapUsed - before.heapUsed), arrayBuffersMB: mb(after.arrayBuffers - before.arrayBuffers) });
  return out;
}

function check(ok: boolean, what: () => string): void {
  if (!ok) throw new Error(`columnar and graphology differ: ${what()}`);
}

/** Every edge and actor of the columnar graph against the graphology graph of the same dataset. */
function verify(dataset: Dataset): string {
  const index = new DatasetIndex(dataset);
  const graph = buildGraph(dataset, undefined, index);
  const c = columnarEdgesOf(dataset, index.reviewed);
  check(c.size === graph.size && c.ids.length === graph.order, () => `sizes ${c.size}/${graph.size}, orders ${c.ids.length}/${graph.order}`);
  check(c.ids.join('\n') === graph.nodes().join('\n'), () => 'node order');
  const keys = graph.edges();
  let merged = 0;
  for (let e = 0; e < c.size; e++) {
    const key = keyOf(c, e);
    check(key === keys[e], () => `edge ${e}: ${key} against ${keys[e]}`);
    const a = graph.getEdgeAttributes(key);
    const ev = a.events;
    const columns = [RELATION_TYPES[c.type[e]], c.ids[c.source[e]], c.ids[c.target[e]], c.weight[e], c.documents[e], c.dates[c.firstSeen[e]], c.dates[c.lastSeen[e]], provenanceOf(c, e), isReviewed(c, e), c.events[e], c.mentions[e], c.sources[e], c.goldstein[e], c.tone[e]];
    const today = [a.type, graph.source(key), graph.target(key), a.weight, a.documents, a.firstSeen, a.lastSeen, a.provenance, a.reviewed, ev?.events ?? 0, ev?.mentions ?? 0, ev?.sources ?? 0, ev?.goldstein ?? 0, ev?.tone ?? 0];
    check(JSON.stringify(columns) === JSON.stringify(today), () => `${key}: ${JSON.stringify(columns)} against ${JSON.stringify(today)}`);
    check(JSON.stringify(attributesOf(c, dataset, index.reviewed, e)) === JSON.stringify(a), () => `${key}: attributes`);
    check(edgeOf(c, a.type, graph.source(key), graph.target(key)) === e, () => `${key}: not found by its ends`);
    if (c.eventOffsets[e + 1] - c.eventOffsets[e] + c.relationOffsets[e + 1] - c.relationOffsets[e] > 1) merged++;
  }
  for (let v = 0; v < c.ids.length; v++) {
    const mine = Array.from(c.adjacency.subarray(c.adjacencyOffsets[v], c.adjacencyOffsets[v + 1]), (e) => keyOf(c, e)).sort();
    const theirs = graph.edges(c.ids[v]).sort();
    check(mine.join('\n') === theirs.join('\n'), () => `edges of ${c.ids[v]}`);
  }
  return `${c.size} edges (${merged} merged from several records, ${c.rich.size} with relation records), ${c.ids.length} actors: the same`;
}

function main(): void {
  const [mode, actors = '50000', relations = '500000'] = process.argv.slice(2);
  if (mode === 'verify-mixed') return void console.log(verify(mixedDataset()));
  const dataset = benchDataset(Number(actors), Number(relations));
  if (mode === 'verify') return void console.log(verify(dataset));
  const steps: Step[] = [];
  const held: unknown[] = [];
  if (mode === 'graphology') {
    const index = measured(steps, 'dataset index', () => new DatasetIndex(dataset));
    const graph = measured(steps, 'graphology graph (buildGraph)', () => buildGraph(dataset, undefined, index));
    held.push(index, graph, measured(steps, 'whole slice (sliceActorGraph)', () => sliceActorGraph(graph)));
  } else if (mode === 'columnar') {
    held.push(measured(steps, 'columnar graph (columnarEdgesOf)', () => columnarEdgesOf(dataset, new Set<string>())));
  } else throw new Error(`mode: graphology, columnar, verify or verify-mixed, not "${mode}"`);
  console.log(JSON.stringify({ mode, actors: Number(actors), relations: Number(relations), held: held.length, steps }));
}

main();
