/** Entry point: read config, load the data, listen; close cleanly on SIGTERM/SIGINT. */
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { loadDataset } from './data/load-dataset';
import { ActorGraphError } from './domain/errors';
import { Explorer } from './query/explorer';

function main(): void {
  const config = loadConfig();
  const explorer = new Explorer(loadDataset(config.ACTOR_GRAPH_DATA));
  const app = createApp({ explorer });
  const server = app.listen(config.PORT, config.HOST, () => {
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.PORT;
    console.log(`Actor Graph Explorer: http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}/`);
  });
  server.on('error', (err: NodeJS.ErrnoException) => {
    console.error(`actor-graph: cannot listen on ${config.HOST}:${config.PORT} (${err.code ?? err.message})`);
    process.exit(1);
  });
  const stop = (): void => {
    server.close(() => process.exit(0));
    // In-flight requests get a few seconds; idle keep-alive sockets are closed now.
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

try {
  main();
} catch (e) {
  if (e instanceof ConfigError || e instanceof ActorGraphError) {
    console.error(`actor-graph: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
