/** `actor-graph feeds add|list|poll`: follow RSS/Atom feeds and ingest each new item once. Work in feed-actions.ts. */
import type { Command } from 'commander';

const actions = (): Promise<typeof import('./feed-actions')> => import('./feed-actions');

export function registerFeedCommands(program: Command): void {
  const feeds = program.command('feeds').description('follow RSS and Atom feeds: each new item is fetched and ingested once');
  feeds
    .command('add')
    .description('follow a feed (it is fetched once to check that it is one)')
    .argument('<url>', 'the feed address')
    .action(async (url: string) => (await actions()).addFeed(url));
  feeds
    .command('list')
    .description('the feeds followed, with their last poll, items added and last error')
    .option('--json', 'print JSON for scripts')
    .action(async (o: { json?: boolean }) => (await actions()).listFeeds(o.json ?? false));
  feeds
    .command('poll')
    .description('fetch every feed and ingest the items not seen before')
    .option('--json', 'print one JSON summary at the end')
    .action(async (o: { json?: boolean }) => (await actions()).pollAll(o.json ?? false));
}
