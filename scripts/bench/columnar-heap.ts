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
 * `reads`: both built, then three reads timed on each (median of 7 runs, ms): the busiest actor's
 * edges with their attributes (its panel), the ego network of depth 2 around it (actor ids), and
 * one pass over every edge summing the weight of `opposes` edges (a filter's pass).
 * With SNAPSHOT_DIR set, `graphology` and `columnar` then write a heap snapshot there
 * (MODE.heapsnapshot), for scripts/bench/heap-snapshot-summary.py.
 */
import path from 'node:path';
import v8 from 'node:v8';
import { seededRandom } from '../../server/algorithms/random';
import { loadDataset } from '../../server/data/load-dataset';
import type { Dataset, EventRelation } from '../../server/domain/types';
import { RELATION_TYPES } from '../../server/domain/types';
import { buildGraph } from '../../server/graph/build';
import { sliceActorGraph } from '../../server/graph/filter';
import { DatasetIndex } from '../../server/model/dataset-index';
import { bigDataset } from '../../test/e2e/big-dataset';
import { attributesOf, columnarEdgesOf, edgeOf, isReviewed, keyOf, otherEnd, provenanceOf } from './columnar-edges';
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

/** Milliseconds of `read`, the median of 7 runs; its answer, to compare. */
function timed(read: () => unknown): { ms: number; answer: unknown } {
  const ms: number[] = [];
  let answer: unknown;
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    answer = read();
    ms.push(performance.now() - t);
  }
  return { ms: Math.round(ms.sort((a, b) => a - b)[3] * 100) / 100, answer };
}

/** The same three reads on the graphology graph and on the columnar one (see the file's comment). */
function reads(dataset: Dataset): Record<string, { graphology: number; columnar: number }> {
  const index = new DatasetIndex(dataset);
  const graph = buildGraph(dataset, undefined, index);
  const c = columnarEdgesOf(dataset, index.reviewed);
  let hub = 0;
  for (let v = 1; v < c.ids.length; v++) if (c.adjacencyOffsets[v + 1] - c.adjacencyOffsets[v] > c.adjacencyOffsets[hub + 1] - c.adjacencyOffsets[hub]) hub = v;
  const id = c.ids[hub];
  const ego = (neighbours: (v: string, visit: (m: string) => void) => void): number => {
    const seen = new Set([id]);
    let frontier = [id];
    for (let d = 0; d < 2; d++) {
      const next: string[] = [];
      for (const v of frontier) neighbours(v, (m) => void (seen.has(m) || (seen.add(m), next.push(m))));
      frontier = next;
    }
    return seen.size;
  };
  const opposes = RELATION_TYPES.indexOf('opposes');
  const pairs = {
    'busiest actor: its edges with attributes (serialised)': [
      () => JSON.stringify(graph.edges(id).map((k) => graph.getEdgeAttributes(k))).length,
      () => JSON.stringify(Array.from(c.adjacency.subarray(c.adjacencyOffsets[hub], c.adjacencyOffsets[hub + 1]).sort(), (e) => attributesOf(c, dataset, index.reviewed, e))).length,
    ],
    'ego network of depth 2 (actors)': [
      () => ego((v, visit) => graph.forEachNeighbor(v, visit)),
      () =>
        ego((v, visit) => {
          const n = c.numberOf.get(v) as number;
          for (let k = c.adjacencyOffsets[n]; k < c.adjacencyOffsets[n + 1]; k++) visit(c.ids[otherEnd(c, c.adjacency[k], n)]);
        }),
    ],
    'every edge: weight of opposes summed': [
      () => {
        let sum = 0;
        graph.forEachEdge((_k, a) => void (a.type === 'opposes' && (sum += a.weight)));
        return sum;
      },
      () => {
        let sum = 0;
        for (let e = 0; e < c.size; e++) if (c.type[e] === opposes) sum += c.weight[e];
        return sum;
      },
    ],
  };
  const out: Record<string, { graphology: number; columnar: number }> = {};
  for (const [read, [g, col]] of Object.entries(pairs)) {
    const [a, b] = [timed(g), timed(col)];
    check(a.answer === b.answer, () => `${read}: ${String(a.answer)} against ${String(b.answer)}`);
    out[read] = { graphology: a.ms, columnar: b.ms };
  }
  return out;
}

function main(): void {
  const [mode, actors = '50000', relations = '500000'] = process.argv.slice(2);
  if (mode === 'verify-mixed') return void console.log(verify(mixedDataset()));
  const dataset = benchDataset(Number(actors), Number(relations));
  if (mode === 'verify') return void console.log(verify(dataset));
  if (mode === 'reads') return void console.log(JSON.stringify(reads(dataset), null, 1));
  const steps: Step[] = [];
  const held: unknown[] = [];
  if (mode === 'graphology') {
    const index = measured(steps, 'dataset index', () => new DatasetIndex(dataset));
    const graph = measured(steps, 'graphology graph (buildGraph)', () => buildGraph(dataset, undefined, index));
    held.push(index, graph, measured(steps, 'whole slice (sliceActorGraph)', () => sliceActorGraph(graph)));
  } else if (mode === 'columnar') {
    held.push(measured(steps, 'columnar graph (columnarEdgesOf)', () => columnarEdgesOf(dataset, new Set<string>())));
  } else throw new Error(`mode: graphology, columnar, reads, verify or verify-mixed, not "${mode}"`);
  console.log(JSON.stringify({ mode, actors: Number(actors), relations: Number(relations), held: held.length, steps }));
  if (process.env.SNAPSHOT_DIR) v8.writeHeapSnapshot(path.join(process.env.SNAPSHOT_DIR, `${mode}.heapsnapshot`));
}

main();
