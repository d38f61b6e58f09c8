/**
 * What reading coded edges through their views costs (server/graph/coded-edge.ts): the same
 * graph's whole export as graphology JSON and as CSV, a date slice and the weight column, once with
 * its coded edges as views of their records and once with every edge's attributes a plain copy, alternated:
 *
 *   node -r ts-node/register/transpile-only scripts/bench/coded-edge-reads.ts '{"actors":50000,"relations":500000}'
 */
import { seededRandom } from '../../server/algorithms/random';
import type { ActorGraph, RelationEdgeAttributes } from '../../server/domain/types';
import { buildGraph } from '../../server/graph/build';
import { edgeFields } from '../../server/graph/coded-edge';
import { exportGraph } from '../../server/graph/export';
import { sliceActorGraph } from '../../server/graph/filter';
import { namedDump } from './ingest-articles';

const time = (f: () => unknown): number => {
  const t = performance.now();
  f();
  return Math.round(performance.now() - t);
};

/** Every chunk of an export made, none kept. */
const drain = (chunks: Iterable<Uint8Array>): number => {
  let n = 0;
  for (const c of chunks) n += c.length;
  return n;
};

function main(): void {
  const { actors, relations } = JSON.parse(process.argv[2]) as { actors: number; relations: number };
  const dump = namedDump(actors, relations, 3, seededRandom(3));
  const views = buildGraph({ ...dump, relations: [] });
  const plain = views.copy() as ActorGraph;
  plain.forEachEdge((key, a) => plain.replaceEdgeAttributes(key, { ...edgeFields(a) } as RelationEdgeAttributes));
  const since = [...(dump.eventRelations ?? []).map((e) => e.lastSeen)].sort()[(dump.eventRelations ?? []).length >> 1];
  for (let round = 0; round < 4; round++) {
    for (const [name, g] of [['views', views], ['plain', plain]] as const) {
      const json = time(() => drain(exportGraph(g, 'json').chunks()));
      const csv = time(() => drain(exportGraph(g, 'csv-edges').chunks()));
      const dated = time(() => sliceActorGraph(g, { since }).size);
      const weights = time(() => sliceActorGraph(g).column('weight'));
      process.stdout.write(`${name}: export json ${json} ms, csv-edges ${csv} ms, slice since ${since} ${dated} ms, weight column ${weights} ms\n`);
    }
  }
}

main();
