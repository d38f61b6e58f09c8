/** The server's feed schedule polls every feed on its interval, never two polls at once. */
import { scheduleFeedPolls } from '../../server/ingest/feeds/feed-schedule';
import type { FeedState } from '../../server/store/types';

test('polls on the interval and logs each poll; a failing fetch is recorded on the feed, not thrown', async () => {
  const polls: string[] = [];
  const state: FeedState = {
    addFeed: () => true,
    feeds: () => [{ url: 'http://127.0.0.1:9/feed.xml', addedAt: '', polls: 0, itemsAdded: 0, itemsFailed: 0 }],
    feedItemAttempts: () => new Map(),
    recordFeedItem: () => undefined,
    recordFeedPoll: (url, o) => void polls.push(`${url} ${o.error ? 'error' : 'ok'}`),
  };
  const logged: unknown[] = [];
  const done = new Promise<void>((resolve) => {
    const schedule = scheduleFeedPolls(0.0005, state, () => Promise.reject(new Error('not called')), { timeoutMs: 500, maxBytes: 1000, maxRedirects: 0, allowPrivate: true }, {
      polled: (r) => {
        logged.push(r);
        if (logged.length === 2) {
          schedule.stop();
          resolve();
        }
      },
      failed: (e) => logged.push(e),
    });
  });
  await done;
  expect(polls).toEqual(['http://127.0.0.1:9/feed.xml error', 'http://127.0.0.1:9/feed.xml error']);
  expect(logged[0]).toEqual([expect.objectContaining({ feed: 'http://127.0.0.1:9/feed.xml', error: expect.stringMatching(/could not be fetched/) })]);
});
