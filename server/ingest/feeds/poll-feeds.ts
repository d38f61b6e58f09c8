/**
 * Polls followed feeds: each item not seen before is fetched (its link, through the same guarded
 * fetch and Readability as `ingest --url`) and ingested once; what happened is recorded per item
 * and per feed in the store. An item that failed is tried again on later polls, at most
 * MAX_ATTEMPTS times in all (a page that is down now may be up later; a paywall stays a paywall).
 */
import type { FeedState } from '../../store/types';
import { errorOf, type BatchItemResult } from '../batch/run-batch';
import type { DocumentInput } from '../input';
import type { IngestReport } from '../plan';
import { pageInput } from '../web/page-input';
import { fetchPage, type FetchLimits } from '../web/safe-fetch';
import type { FeedItem } from './read-feed';

const MAX_ATTEMPTS = 3;

export interface FeedPollResult {
  feed: string;
  title?: string;
  /** Items in the feed now. */
  items: number;
  added: number;
  duplicates: number;
  failed: number;
  error?: string;
}

export interface PollHooks {
  /** Told how many items a feed has to fetch before it starts on them. */
  onFeed?: (feed: string, newItems: number) => void;
  onItem?: (r: BatchItemResult) => void;
}

function pending(items: FeedItem[], seen: Map<string, { status: string; attempts: number }>): FeedItem[] {
  return items.filter((i) => {
    const before = seen.get(i.key);
    return !before || (before.status === 'failed' && before.attempts < MAX_ATTEMPTS);
  });
}

async function pollFeed(
  state: FeedState,
  feed: string,
  ingest: (input: DocumentInput) => Promise<IngestReport>,
  limits: FetchLimits,
  hooks: PollHooks = {},
): Promise<FeedPollResult> {
  const result: FeedPollResult = { feed, items: 0, added: 0, duplicates: 0, failed: 0 };
  let parsed;
  try {
    // Loaded at the first poll: the feed parser is not needed to start a server.
    const { readFeed } = await import('./read-feed');
    parsed = readFeed((await fetchPage(feed, limits, 'feed')).body, feed);
  } catch (e) {
    result.error = errorOf(e).message;
    state.recordFeedPoll(feed, { newItems: 0, error: result.error });
    hooks.onFeed?.(feed, 0);
    return result;
  }
  result.items = parsed.items.length;
  if (parsed.title) result.title = parsed.title;
  // Oldest first, so documents are stored in publication order.
  const todo = pending(parsed.items, state.feedItemAttempts(feed)).reverse();
  hooks.onFeed?.(feed, todo.length);
  for (const item of todo) {
    let r: BatchItemResult;
    if (!item.link) r = { item: item.key, status: 'failed', error: { code: 'invalid_argument', message: 'the item has no link' } };
    else {
      try {
        const report = await ingest(await pageInput(item.link, {}, limits, { title: item.title, date: item.date, outlet: parsed.title }));
        r = { item: item.link, status: report.duplicate ? 'duplicate' : 'added', document: report.document.id, ...(report.nearDuplicateOf ? { nearDuplicateOf: report.nearDuplicateOf } : {}) };
      } catch (e) {
        r = { item: item.link, status: 'failed', error: errorOf(e) };
      }
    }
    state.recordFeedItem(feed, { key: item.key, link: item.link, status: r.status, documentId: r.document, error: r.error?.message });
    if (r.status === 'added') result.added++;
    else if (r.status === 'duplicate') result.duplicates++;
    else result.failed++;
    hooks.onItem?.(r);
  }
  state.recordFeedPoll(feed, { title: parsed.title, newItems: result.added });
  return result;
}

export async function pollFeeds(state: FeedState, ingest: (input: DocumentInput) => Promise<IngestReport>, limits: FetchLimits, hooks: PollHooks = {}): Promise<FeedPollResult[]> {
  const out: FeedPollResult[] = [];
  for (const f of state.feeds()) out.push(await pollFeed(state, f.url, ingest, limits, hooks));
  return out;
}
