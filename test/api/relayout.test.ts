/**
 * POST /api/layout over real HTTP on a graph of a few thousand actors: the ForceAtlas2 layout runs
 * in the worker pool, so health and graph reads answer meanwhile (with the positions kept until
 * then), the POST answers once the new positions are in, and they are exactly the positions a
 * fresh server lays out for the same data. Timing bounds are generous (a busy 2-core machine).
 */
import { createApp } from '../../server/app';
import { parseDatasetJson } from '../../server/data/load-dataset';
import { DEFAULT_DATA_DIR } from '../../server/data/paths';
import { extractInProcess } from '../../server/extract/run-extraction';
import { Ingestor } from '../../server/ingest/ingestor';
import { Explorer } from '../../server/query/explorer';
import { openStore } from '../../server/store/open-store';
import type { DatasetStore } from '../../server/store/types';
import { closePool } from '../../server/workers/pool';
import { bigDataset } from '../e2e/big-dataset';
import { listen } from '../helpers/http-server';
import type { Running } from '../helpers/http-server';
import { tempDbFile } from '../helpers/write-server';

jest.setTimeout(240_000);

const TOKEN = 'a-long-enough-test-token';
const dump = bigDataset(2500, 8000, 11);
let srv: Running;
let store: DatasetStore;
let explorer: Explorer;

beforeAll(async () => {
  store = openStore(tempDbFile(), DEFAULT_DATA_DIR).store;
  store.replace(dump);
  explorer = new Explorer(parseDatasetJson(dump, 'generated'));
  const ingestor = new Ingestor(store, explorer, extractInProcess);
  srv = await listen(createApp({ explorer, ingestor, token: TOKEN, logError: () => undefined }));
});
afterAll(async () => {
  await srv.close();
  store.close();
  await closePool();
});

type Positions = Map<string, [number, number]>;

async function timedGraph(): Promise<{ ms: number; positions: Positions }> {
  const start = performance.now();
  const body = (await (await fetch(`${srv.base}/api/graph?limit=none`)).json()) as { graph: { nodes: { key: string; attributes: { x: number; y: number } }[] } };
  return { ms: performance.now() - start, positions: new Map(body.graph.nodes.map((n) => [n.key, [n.attributes.x, n.attributes.y]])) };
}

test('reads answer while a relayout runs in the pool; the new positions are a fresh layout', async () => {
  const before = (await timedGraph()).positions;
  // Kept positions are moved by hand, so a relayout that only re-reads them would be caught.
  const kept = explorer.layout();
  for (const id of Object.keys(kept)) kept[id] = { x: kept[id].x + 1000, y: kept[id].y };
  const version = explorer.version;

  const started = performance.now();
  let answered = false;
  const relayout = fetch(`${srv.base}/api/layout`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } }).then(async (r) => {
    answered = true;
    return { status: r.status, body: (await r.json()) as unknown, ms: performance.now() - started };
  });
  const during: number[] = [];
  let graphsDuring = 0;
  let layingOutSeen = 0;
  while (!answered) {
    const t = performance.now();
    const health = await fetch(`${srv.base}/api/health`);
    during.push(performance.now() - t);
    expect(health.status).toBe(200);
    // Health says a layout is under way (a client may wait for it), until it has landed.
    if ((await health.json() as { layingOut: boolean }).layingOut) layingOutSeen++;
    if (!answered) {
      // While the layout runs, the page is served the kept positions.
      const { positions } = await timedGraph();
      if (!answered) {
        graphsDuring++;
        expect(positions.get('a0000')).toEqual([before.get('a0000')?.[0] as number + 1000, before.get('a0000')?.[1]]);
      }
    }
  }
  const done = await relayout;
  expect(done.status).toBe(200);
  expect(done.body).toEqual({ dataVersion: version + 1 });
  // Reads were answered while it ran, none of them waiting for the layout.
  expect(graphsDuring).toBeGreaterThan(0);
  expect(layingOutSeen).toBeGreaterThan(0);
  expect((await (await fetch(`${srv.base}/api/health`)).json() as { layingOut: boolean }).layingOut).toBe(false);
  const slowest = Math.max(...during);
  process.stdout.write(`relayout of 2500 actors: ${Math.round(done.ms)} ms; ${during.length} health reads meanwhile, slowest ${Math.round(slowest)} ms\n`);
  expect(slowest).toBeLessThan(Math.max(1000, done.ms / 2));

  const after = (await timedGraph()).positions;
  const fresh = new Explorer(parseDatasetJson(dump, 'generated')).layout();
  expect(after.size).toBe(Object.keys(fresh).length);
  for (const [id, p] of after) expect(p).toEqual([fresh[id].x, fresh[id].y]);
});
