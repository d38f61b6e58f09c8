/**
 * What listing one busy actor's relations for the panel costs (Explorer's listRelations), read
 * through the whole slice (query/slice-relations.ts, while graphology does not hold the edges) and
 * through graphology's graph, alternated; and following that listing through a change that renamed
 * `changed` actors none of them its neighbour (followListing's neighbour tests). The graph is
 * bigDataset's of `actors`/`relations` with a hub tied to `busy` new actors by coded relations.
 * Milliseconds of wall and of CPU time (this thread) per listing:
 *
 *   node -r ts-node/register/transpile-only scripts/bench/actor-listing.ts '{"actors":50000,"relations":500000,"busy":20000}'
 */
import { bigDataset } from '../../test/e2e/big-dataset';
import { parseDatasetJson } from '../../server/data/load-dataset';
import { Explorer } from '../../server/query/explorer';
import { followListing } from '../../server/query/actor-listing';
import type { ListedRelations, RelationReader } from '../../server/query/actor-listing';
import { closePool } from '../../server/workers/pool';

interface Spec {
  actors: number;
  relations: number;
  busy: number;
  changed?: number;
  rounds?: number;
}

/** What of Explorer the bench reaches into (private members). */
interface ExplorerInside {
  listRelations(id: string): Promise<ListedRelations>;
  relationReader(): RelationReader;
  lastListed: Map<string, ListedRelations>;
  version: number;
}

const HUB = 'hub';

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = await f();
  const used = process.cpuUsage(cpu);
  return { value, wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2]) as Spec;
  const dump = bigDataset(spec.actors, spec.relations, 3);
  const event = dump.eventRelations?.[0];
  if (!event) throw new Error('no coded relation to copy');
  dump.actors.push({ id: HUB, name: 'HUB', kind: 'state', aliases: [] });
  for (let i = 0; i < spec.busy; i++) {
    dump.actors.push({ id: `busy${i}`, name: `BUSY ${i}`, kind: 'organization', aliases: [] });
    dump.eventRelations?.push({ ...event, source: i % 3 ? HUB : `busy${i}`, target: i % 3 ? `busy${i}` : HUB, events: 1 + (i % 7) });
  }
  const dataset = parseDatasetJson(dump, 'bench');
  const viaSlice = new Explorer(dataset);
  viaSlice.slice();
  const viaGraph = new Explorer(dataset);
  viaGraph.graph();
  // Actors not tied to the hub, whose change a listing of the hub follows.
  const others = dataset.actors.slice(0, spec.changed ?? 50).map((a) => a.id);
  const rounds = spec.rounds ?? 5;
  for (let round = 0; round < rounds; round++) {
    for (const [name, e] of [['slice', viaSlice], ['graph', viaGraph]] as const) {
      const inside = e as unknown as ExplorerInside;
      // No earlier listing's entries to reuse: a full listing.
      inside.lastListed.clear();
      const listed = await timed(() => inside.listRelations(HUB));
      const count = Object.values(listed.value.relations).reduce((n, xs) => n + xs.length, 0);
      const reader = inside.relationReader();
      const change = { edges: new Set<string>(), actors: others };
      const followed = await timed(async () => followListing(listed.value, HUB, reader, [change], inside.version + 1));
      if (!followed.value) throw new Error('the listing did not follow a change of actors it is not tied to');
      process.stdout.write(
        `${name}: listing ${count} relations ${listed.wall.toFixed(1)} ms (cpu ${listed.cpu.toFixed(1)}); following a change of ${others.length} other actors ${followed.wall.toFixed(1)} ms (cpu ${followed.cpu.toFixed(1)})\n`,
      );
    }
  }
  await closePool();
}

void main();
