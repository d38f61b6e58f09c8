/**
 * The "living graph, curating" case of `npm run bench`: the real server (dist/server/index.js) on
 * the store of living-ingest.ts (generated actors with made-up names, coded-event relations), a few
 * articles ingested so there are quoted relations to curate, then one curation of each common kind
 * POSTed over loopback HTTP, each followed by the first /api/graph and /api/actors/:id (the busiest
 * actor) after it. Also counts drawn actors whose position changed across the curations (a merge
 * takes the merged actor off the picture; everyone else should stay put).
 *
 *   node -r ts-node/register/transpile-only scripts/bench/living-curation.ts '{"actors":20000,"relations":400000}'
 */
import { BENCH_TOKEN, drawnPositions, runCase, sleep, startBenchServer } from './bench-server';
import { waitForStartLayout } from '../../test/helpers/start-layout';
import { benchArticle } from './ingest-articles';

export interface LivingCurationSpec {
  actors: number;
  relations: number;
}

/** One curation: the POST end to end, then the first reads after it (milliseconds). */
export interface TimedCuration {
  op: string;
  ms: number;
  graphAfterMs: number;
  actorAfterMs: number;
}

export interface LivingCurationResult extends LivingCurationSpec {
  curations: TimedCuration[];
  /** Drawn actors (in the picture before and after) whose position changed, over all curations. */
  moved: number;
  compared: number;
}

const note = (what: string, ms: number): void => void process.stderr.write(`living-curation: ${what} ${Math.round(ms)} ms\n`);

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2]) as LivingCurationSpec;
  const { base, dump, random, close } = await startBenchServer(spec.actors, spec.relations, 'ag-curation-');
  try {
    const send = async (method: string, p: string, body?: unknown): Promise<{ ms: number; json: unknown }> => {
      const t = performance.now();
      const res = await fetch(base + p, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json', Authorization: `Bearer ${BENCH_TOKEN}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const json = (await res.json()) as unknown;
      if (res.status >= 300) throw new Error(`${method} ${p}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
      return { ms: performance.now() - t, json };
    };
    const get = (p: string): Promise<{ ms: number; json: unknown }> => send('GET', p);
    while (!(await fetch(`${base}/api/health`).then((r) => r.ok, () => false))) await sleep(20);
    await get('/api/graph');
    // Positions are compared once a new store's layout, made in the pool, has landed.
    await waitForStartLayout(base);
    const actors = ((await get('/api/actors')).json as { actors: { id: string; relationCount: number }[] }).actors;
    const byDegree = [...actors].sort((a, b) => b.relationCount - a.relationCount || a.id.localeCompare(b.id));
    const hub = byDegree[0].id;
    for (let n = 0; n < 3; n++) {
      await send('POST', '/api/documents', { text: benchArticle(n, dump, random), outlet: 'Bench Wire', date: '2026-03-01', title: `Bench article ${n}` });
    }
    const review = (await get('/api/review?limit=10')).json as { items: { relation: string }[] };
    const queue = review.items.map((i) => i.relation);
    await get(`/api/actors/${hub}`);
    if (queue.length < 2) throw new Error(`the articles brought fewer than two relations to review: ${JSON.stringify(review).slice(0, 300)}`);
    const positions = (): Promise<Map<string, [number, number]>> => drawnPositions(base);
    // A mid-ranked actor merged into a busier one: hundreds of coded events move.
    const merged = byDegree[200].id;
    const survivor = byDegree[100].id;
    const steps: [string, string, unknown][] = [
      ['actor.rename', `/api/actors/${byDegree[50].id}/rename`, { name: 'Renamed In Bench' }],
      ['relation.accept', `/api/relations/${queue[0]}/accept`, {}],
      ['relation.reject', `/api/relations/${queue[1]}/reject`, { reason: 'bench' }],
      ['actor.merge', `/api/actors/${merged}/merge`, { into: survivor }],
    ];
    const curations: TimedCuration[] = [];
    let before = await positions();
    let moved = 0;
    let compared = 0;
    const timed = async (op: string, p: string, body: unknown): Promise<number> => {
      const posted = await send('POST', p, body);
      const graph = await get('/api/graph');
      const actor = await get(`/api/actors/${hub}`);
      curations.push({ op, ms: Math.round(posted.ms), graphAfterMs: Math.round(graph.ms), actorAfterMs: Math.round(actor.ms) });
      note(`${op}: POST ${Math.round(posted.ms)}, then /api/graph ${Math.round(graph.ms)}, /api/actors/:id`, actor.ms);
      const after = await positions();
      for (const [id, q] of before) {
        const r = after.get(id);
        if (!r) continue;
        compared++;
        if (q[0] !== r[0] || q[1] !== r[1]) moved++;
      }
      before = after;
      return (posted.json as { event: { id: number } }).event.id;
    };
    const events: number[] = [];
    for (const [op, p, body] of steps) events.push(await timed(op, p, body));
    // Undo the merge, then the rejection: rows come back where they were.
    await timed('undo (merge)', `/api/audit/${events[3]}/undo`, {});
    await timed('undo (reject)', `/api/audit/${events[2]}/undo`, {});
    const result: LivingCurationResult = { ...spec, curations, moved, compared };
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    await close();
  }
}

runCase(main);
