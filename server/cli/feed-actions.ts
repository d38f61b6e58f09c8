/** What the feed commands do (see feed-commands.ts). */
import { loadFetchLimits } from '../config';
import { ActorGraphError } from '../domain/errors';
import { extractInProcess } from '../extract/run-extraction';
import { count, emptyCounts } from '../ingest/batch/run-batch';
import { pollFeeds } from '../ingest/feeds/poll-feeds';
import { readFeed } from '../ingest/feeds/read-feed';
import { Ingestor } from '../ingest/ingestor';
import { fetchPage } from '../ingest/web/safe-fetch';
import { Explorer } from '../query/explorer';
import { SqliteStore } from '../store/sqlite-store';
import { startProgress } from './progress';
import { openCliStore } from './store-dataset';
import { formatTable } from './table';

const print = (s: string): void => void process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);

/** The store opened for feeds: the SQLite store keeps their state next to the documents. */
async function withFeedStore<T>(fn: (store: SqliteStore, explorer: Explorer) => Promise<T>): Promise<T> {
  const opened = openCliStore();
  try {
    if (!(opened.store instanceof SqliteStore)) throw new ActorGraphError('feeds: this store keeps no feed state', 'unsupported', 400);
    return await fn(opened.store, new Explorer(opened.dataset));
  } finally {
    opened.store.close();
  }
}

export async function addFeed(url: string): Promise<void> {
  const limits = loadFetchLimits();
  const feed = readFeed((await fetchPage(url, limits, 'feed')).body, url);
  await withFeedStore(async (store) => {
    const added = store.addFeed(url, feed.title);
    print(added ? `following ${url}${feed.title ? ` (${feed.title})` : ''}: ${feed.items.length} items now; \`actor-graph feeds poll\` ingests them` : `already following ${url}`);
  });
}

export async function listFeeds(json: boolean): Promise<void> {
  await withFeedStore(async (store) => {
    const feeds = store.feeds();
    if (json) return print(JSON.stringify({ feeds }, null, 2));
    if (!feeds.length) return print('no feeds followed (actor-graph feeds add URL)');
    print(formatTable(['feed', 'title', 'last poll', 'last new item', 'added', 'failed', 'last error'], feeds.map((f) => [f.url, f.title ?? '', f.lastPolledAt ?? 'never', f.lastNewAt ?? '', String(f.itemsAdded), String(f.itemsFailed), f.lastError ?? ''])));
  });
}

export async function pollAll(json: boolean): Promise<void> {
  const limits = loadFetchLimits();
  const results = await withFeedStore(async (store, explorer) => {
    const ingestor = new Ingestor(store, explorer, extractInProcess);
    const progress = startProgress('feeds poll', 0, { json });
    let total = 0;
    const counts = emptyCounts(0);
    const out = await pollFeeds(store, (input) => ingestor.ingest(input), limits, {
      onFeed: (_feed, n) => progress.setTotal((total += n)),
      onItem: (r) => {
        if (r.error) progress.log(`actor-graph: ${r.item}: ${r.error.message}`);
        count(counts, r);
        progress.tick(`${counts.added} added, ${counts.duplicates} already stored, ${counts.failed} failed`);
      },
    }).finally(() => progress.stop());
    return out;
  });
  if (json) return print(JSON.stringify({ feeds: results }, null, 2));
  for (const r of results) print(`${r.feed}: ${r.error ? `error: ${r.error}` : `${r.items} items, ${r.added} added, ${r.duplicates} already stored, ${r.failed} failed`}`);
}
