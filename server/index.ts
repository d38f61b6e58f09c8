/** Entry point: read config, open the store, listen; close cleanly on SIGTERM/SIGINT. */
import pino from 'pino';
import { createAppServer } from './api/app-server';
import { collectWhenIdle } from './api/collect-when-idle';
import { TIMEOUTS, applyConnectionLimits } from './api/connection-limits';
import { createApp } from './app';
import { allowedHostNames, loadConfig, loadFetchLimits } from './config';
import { ActorGraphError } from './domain/errors';
import { serverExtractor } from './extract/run-extraction';
import { Curator } from './curation/curator';
import { Ingestor } from './ingest/ingestor';
import { Explorer } from './query/explorer';
import { openStore } from './store/open-store';
import { SqliteStore } from './store/sqlite-store';
import { StoreWriter } from './store/store-writer';
import { scheduleFeedPolls } from './ingest/feeds/feed-schedule';
import { closePool, poolNice, poolSize } from './workers/pool';
import { cacheBudget } from './query/result-cache';

/** How often the server looks for commits made by other processes (the CLI's ingest). */
const EXTERNAL_POLL_MS = 1000;

function main(): void {
  const config = loadConfig();
  // Read where they are used (the worker pool, the result cache): checked now, so a bad value stops
  // the start rather than failing the first request that needs it.
  poolSize();
  poolNice();
  cacheBudget();
  const logger = pino({ level: config.LOG_LEVEL });
  const { store, dataset, seeded } = openStore(config.ACTOR_GRAPH_DB, config.ACTOR_GRAPH_DATA, (message) => logger.warn(message));
  if (seeded) logger.info({ db: config.ACTOR_GRAPH_DB, data: config.ACTOR_GRAPH_DATA }, 'seeded the store');
  // Ingests commit in a thread of their own, so their transaction and fsync never hold up a read;
  // so are new layouts kept.
  const writer = store instanceof SqliteStore && !store.readOnly ? new StoreWriter(store.file) : undefined;
  // The layout kept in the store is reused, and each new one kept there, so a start lays nothing out.
  const explorer =
    store instanceof SqliteStore
      ? new Explorer(dataset, {
          positions: store.positions(),
          onLayout: (positions) => {
            writer?.savePositions(positions).catch((err: unknown) => logger.warn({ err }, 'could not keep the layout in the store'));
          },
        })
      : new Explorer(dataset);
  const extraction = serverExtractor();
  const ingestor = new Ingestor(store, explorer, extraction.extract, { maxWaiting: config.ACTOR_GRAPH_WRITE_QUEUE, commit: writer?.commit });
  const curator = new Curator(store, explorer, () => ingestor.announceCuration(), () => ingestor.catchUpWithStore());
  const app = createApp({
    explorer,
    ingestor,
    curator,
    token: config.ACTOR_GRAPH_TOKEN,
    logger,
    corsOrigins: config.ACTOR_GRAPH_CORS_ORIGINS,
    writeRatePerMinute: config.ACTOR_GRAPH_WRITE_RATE,
    wrongTokenRatePerMinute: config.ACTOR_GRAPH_AUTH_FAIL_RATE,
    allowedHosts: allowedHostNames(config),
    fetchLimits: loadFetchLimits(),
  });

  const feedPolls =
    config.ACTOR_GRAPH_FEED_POLL > 0 && store instanceof SqliteStore
      ? scheduleFeedPolls(config.ACTOR_GRAPH_FEED_POLL, store, (input) => ingestor.ingest(input), loadFetchLimits(), {
          polled: (results) => logger.info({ feeds: results }, 'polled feeds'),
          failed: (err) => logger.error({ err }, 'feed poll failed'),
        })
      : undefined;

  // A poll still catching up (a folder ingested by the CLI arrives change by change) is not joined by the next.
  let catchingUp = false;
  const poll = setInterval(() => {
    if (catchingUp) return;
    catchingUp = true;
    ingestor
      .catchUpInTurns()
      .catch((err: unknown) => logger.error({ err }, 'could not apply changes another process made to the store'))
      .finally(() => (catchingUp = false));
  }, EXTERNAL_POLL_MS);

  const server = createAppServer(app).listen(config.PORT, config.HOST, () => {
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.PORT;
    // The one human line: where to point the browser.
    console.log(`Actor Graph Explorer: http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}/`);
    // Build the graph, its layout and the overview now rather than on the first page load: on
    // event data (50,000 actors) that is several seconds nobody should wait for at their first click.
    // A big graph without a kept layout (a new store) is placed quickly and laid out in the worker
    // pool meanwhile: pages are told when its positions arrive, as after POST /api/layout.
    setImmediate(() => {
      const started = Date.now();
      let layingOut = false;
      try {
        layingOut = explorer.placeQuickly();
      } catch (err) {
        logger.error({ err }, 'could not place the graph');
      }
      explorer
        .view()
        .then(() => {
          const { order, size } = explorer.slice();
          logger.info({ ms: Date.now() - started, actors: order, relations: size, layingOut }, 'graph, positions and overview ready');
          // Started once the first view is ready: neither the start nor the first article waits for it.
          writer?.start();
          // The index of the slice's edges by key (what ingests follow it with) is made in turns
          // from now on, after the first view, so the first article does not wait for it.
          const graphMade = explorer.graphInTurns().then(
            () => logger.info({ ms: Date.now() - started }, 'graph readied'),
            (err: unknown) => logger.error({ err }, 'could not make the graph'),
          );
          const laidOut = layingOut
            ? ingestor.relayout().then(
                () => logger.info({ ms: Date.now() - started }, 'layout made and kept'),
                (err: unknown) => logger.error({ err }, 'could not lay the graph out'),
              )
            : undefined;
          // The extraction worker made ready for the first article once the start's own work is
          // done (its memory, about 80 MB at 50,000 actors, not on top of the start's peak): a
          // worker started by the first article cost that article about a second at this size.
          void Promise.all([graphMade, laidOut]).then(() => extraction.warm(explorer.getDataset().actors));
        })
        .catch((err: unknown) => logger.error({ err }, 'could not prepare the graph'));
    });
  });
  applyConnectionLimits(server, { ...TIMEOUTS, maxConnections: config.ACTOR_GRAPH_MAX_CONNECTIONS });
  const stopCollecting = collectWhenIdle(server);
  server.on('error', (err: NodeJS.ErrnoException) => {
    console.error(`actor-graph: cannot listen on ${config.HOST}:${config.PORT} (${err.code ?? err.message})`);
    process.exit(1);
  });
  const stop = (): void => {
    clearInterval(poll);
    stopCollecting();
    feedPolls?.stop();
    ingestor.shutdown();
    // Finish in-flight requests, then close the store. Connections turn idle as their responses
    // end, so idle ones are closed repeatedly; whatever still hangs on after 5 s is cut (a heavy
    // query cut so is cancelled in the worker pool, as when its client hangs up).
    server.close(() => {
      // The writer's connection first: the last connection to close leaves the file out of WAL mode.
      void (writer?.close() ?? Promise.resolve())
        .catch((err: unknown) => logger.error({ err }, 'could not close the store writer'))
        .then(() => {
          store.close();
          return Promise.all([extraction.close(), closePool()]);
        })
        .finally(() => process.exit(0));
    });
    const reap = setInterval(() => server.closeIdleConnections(), 50);
    reap.unref();
    setTimeout(() => server.closeAllConnections(), 5000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

try {
  main();
} catch (e) {
  if (e instanceof ActorGraphError) {
    console.error(`actor-graph: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
