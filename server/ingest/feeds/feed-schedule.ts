/** The server's feed polling (ACTOR_GRAPH_FEED_POLL minutes): one poll at a time, outcomes logged. */
import type { FeedState } from '../../store/types';
import type { DocumentInput } from '../input';
import type { IngestReport } from '../plan';
import type { FetchLimits } from '../web/safe-fetch';
import { pollFeeds, type FeedPollResult } from './poll-feeds';

export interface FeedSchedule {
  stop(): void;
}

export function scheduleFeedPolls(
  minutes: number,
  state: FeedState,
  ingest: (input: DocumentInput) => Promise<IngestReport>,
  limits: FetchLimits,
  log: { polled: (results: FeedPollResult[]) => void; failed: (err: unknown) => void },
): FeedSchedule {
  let running = false;
  const timer = setInterval(() => {
    // A poll slower than the interval is not overtaken by the next.
    if (running) return;
    running = true;
    pollFeeds(state, ingest, limits)
      .then(log.polled, log.failed)
      .finally(() => (running = false));
  }, minutes * 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
