/**
 * The review queue under live updates on a big store: the 20,000 actors and 100,000 coded relations
 * of test/e2e/big-dataset.ts plus `queue` machine-extracted relations waiting for review. One server
 * over that store serves each built page named in `clients` (e.g. the page before and after a
 * change) on its own port; in each page the analyst sits on the queue's fourth entry while another
 * analyst accepts the first over HTTP, `rounds` times. Printed per page (JSON): POST → the accepted
 * entry gone from the page (median, max), the page's /api/review request (median), the page's work
 * from that answer to the changed list (median, max; JSON parsing and the DOM update), queue entries
 * inserted into the list per update (all of them: drawn anew), and in how many rounds the fourth
 * entry kept the focus. The pages see the same updates at the same time, so they share the load.
 *
 *   node -r ts-node/register/transpile-only scripts/bench/review-queue-live.ts \
 *     '{"queue":5000,"rounds":5,"clients":{"before":"/tmp/old/dist/client","after":"dist/client"}}'
 */
import type { Page } from 'playwright-core';
import { createApp } from '../../server/app';
import { Curator } from '../../server/curation/curator';
import { DEFAULT_DATA_DIR } from '../../server/data/paths';
import type { RelationInput, SourceDocument } from '../../server/domain/types';
import { extractInProcess } from '../../server/extract/run-extraction';
import { Ingestor } from '../../server/ingest/ingestor';
import { Explorer } from '../../server/query/explorer';
import { openStore } from '../../server/store/open-store';
import { closePool } from '../../server/workers/pool';
import { seededRandom } from '../../server/algorithms/random';
import { bigDataset } from '../../test/e2e/big-dataset';
import { launchBrowser, waitForDrawn } from '../../test/e2e/harness';
import { listen } from '../../test/helpers/http-server';
import { waitForStartLayout } from '../../test/helpers/start-layout';
import { tempDbFile } from '../../test/helpers/write-server';

interface Spec {
  queue: number;
  rounds: number;
  clients: Record<string, string>;
}

const TOKEN = 'bench-review-queue-token';
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The big dataset with `n` unreviewed extracted relations, each quoting its own sentence of one article. */
function withQueue(n: number): ReturnType<typeof bigDataset> {
  const dump = bigDataset(20_000, 100_000);
  const random = seededRandom(7);
  const sentences: string[] = [];
  const relations: RelationInput[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const a = dump.actors[Math.floor(random() * dump.actors.length)];
    let b = dump.actors[Math.floor(random() * dump.actors.length)];
    if (b.id === a.id) b = dump.actors[(dump.actors.indexOf(a) + 1) % dump.actors.length];
    const quote = `${a.name} opposes ${b.name} over point ${i}.`;
    relations.push({ id: `bench-${i}`, source: a.id, target: b.id, type: 'opposes', evidence: [{ document: 'bench-article', quote, start: at, confidence: 0.3 + random() * 0.6, method: 'extracted' }] });
    sentences.push(quote);
    at += quote.length + 1;
  }
  const article: SourceDocument = { id: 'bench-article', title: 'Benchmark article', outlet: 'Bench Wire', date: '2026-02-10', text: sentences.join(' ') };
  return { ...dump, documents: [article], relations };
}

/** Counts the entries the page inserts into its queue's list (an entry drawn anew is inserted anew). */
const countInsertions = (p: Page): Promise<void> =>
  p.evaluate(() => {
    const w = globalThis as unknown as {
      document: { querySelector(s: string): unknown };
      inserted: number;
      changedAt: number;
      performance: { now(): number };
      MutationObserver: new (cb: (rs: { addedNodes: unknown[]; removedNodes: unknown[] }[]) => void) => { observe(n: unknown, o: unknown): void };
    };
    w.inserted = 0;
    new w.MutationObserver((records) => {
      for (const r of records) w.inserted += r.addedNodes.length;
      if (records.some((r) => r.removedNodes.length)) w.changedAt = w.performance.now();
    }).observe(w.document.querySelector('#review .review-list'), { childList: true });
  });

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2]) as Spec;
  const dbFile = tempDbFile();
  const seeded = openStore(dbFile, DEFAULT_DATA_DIR);
  seeded.store.replace(withQueue(spec.queue));
  seeded.store.close();
  const { store, dataset } = openStore(dbFile, DEFAULT_DATA_DIR);
  const explorer = new Explorer(dataset);
  const ingestor = new Ingestor(store, explorer, extractInProcess);
  const curator = new Curator(store, explorer, () => ingestor.announceCuration(), () => ingestor.catchUpWithStore());
  const servers = await Promise.all(Object.entries(spec.clients).map(async ([name, clientDir]) => ({ name, ...(await listen(createApp({ explorer, ingestor, curator, token: TOKEN, clientDir, logError: () => undefined }))) })));
  await waitForStartLayout(servers[0].base);
  const browser = await launchBrowser();
  const pages = await Promise.all(
    servers.map(async (s) => {
      const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
      page.setDefaultTimeout(120_000);
      await page.goto(`${s.base}/?test=1`);
      await waitForDrawn(page);
      await page.waitForSelector('#graph[data-live="open"]');
      await page.locator('#review li[data-relation]').nth(3).waitFor();
      await countInsertions(page);
      return { name: s.name, page, latency: [] as number[], review: [] as number[], draw: [] as number[], inserted: [] as number[], kept: 0 };
    }),
  );
  const total = (await (await fetch(`${servers[0].base}/api/review?limit=1`)).json()) as { total: number };
  for (let round = 0; round < spec.rounds; round++) {
    const ids = await pages[0].page.locator('#review li[data-relation]').evaluateAll((els) => els.map((e) => e.getAttribute('data-relation') as string));
    for (const p of pages) {
      await p.page.locator(`#review li[data-relation="${ids[3]}"]`).focus();
      await p.page.evaluate(() => {
        const w = globalThis as unknown as { inserted: number; performance: { clearResourceTimings(): void } };
        w.inserted = 0;
        w.performance.clearResourceTimings();
      });
    }
    const started = Date.now();
    const res = await fetch(`${servers[0].base}/api/relations/${ids[0]}/accept`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ by: 'bench' }),
    });
    if (res.status !== 200) throw new Error(`accept answered ${res.status}`);
    await Promise.all(
      pages.map(async (p) => {
        await p.page.locator(`#review li[data-relation="${ids[0]}"]`).waitFor({ state: 'detached' });
        p.latency.push(Date.now() - started);
        const seen = await p.page.evaluate(() => {
          const w = globalThis as unknown as {
            inserted: number;
            changedAt: number;
            document: { activeElement: { getAttribute(n: string): string | null } | null };
            performance: { getEntriesByType(t: string): { name: string; duration: number; responseEnd: number }[] };
          };
          // The read whose answer drew the change: the last one answered before it.
          const reads = w.performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/review') && e.responseEnd <= w.changedAt);
          const read = reads[reads.length - 1];
          return { inserted: w.inserted, focused: w.document.activeElement?.getAttribute('data-relation') ?? null, review: read?.duration ?? -1, draw: read ? w.changedAt - read.responseEnd : -1 };
        });
        p.inserted.push(seen.inserted);
        p.review.push(Math.round(seen.review));
        p.draw.push(seen.draw);
        if (seen.focused === ids[3]) p.kept++;
      }),
    );
  }
  console.log(
    JSON.stringify({
      queue: total.total,
      rounds: spec.rounds,
      pages: pages.map((p) => ({ client: p.name, updateMs: { median: median(p.latency), max: Math.max(...p.latency) }, reviewRequestMs: median(p.review), answerToListMs: { median: +median(p.draw).toFixed(1), max: +Math.max(...p.draw).toFixed(1) }, insertedPerUpdate: median(p.inserted), focusKept: `${p.kept}/${spec.rounds}` })),
    }),
  );
  await browser.close();
  for (const s of servers) await s.close();
  store.close();
  await closePool();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
