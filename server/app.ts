/** createApp(deps) → the Express app: API routes, the built client, one error middleware. */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from './ingest/web/safe-fetch';
import express from 'express';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { requireToken } from './api/auth';
import { requestLog } from './api/request-log';
import { checkHost, cors, limitQueryLength, rejectMalformedPath, securityHeaders, writeRateLimit, wrongTokenRateLimit } from './api/security';
import { errorHandler, notFoundHandler } from './api/error-handler';
import { curationWriteRoutes } from './api/curation-routes';
import { ingestRoutes } from './api/ingest-routes';
import { openApiDocument } from './api/openapi';
import { operationRoutes } from './api/operation-routes';
import { OPERATION_LIST } from './operations/registry';
import { queryOf } from './api/params';
import { projectRoot } from './data/paths';
import type { Curator } from './curation/curator';
import type { Ingestor } from './ingest/ingestor';
import type { Explorer } from './query/explorer';

export interface AppDeps {
  explorer: Explorer;
  /** The write path; without it the API is read-only. */
  ingestor?: Ingestor;
  /** Curation writes; without it they are not offered. */
  curator?: Curator;
  /** Bearer token required by write routes. */
  token?: string;
  /** Folder of the built client; served at / when it exists. */
  clientDir?: string;
  /** Structured request log; none when absent (tests). */
  logger?: Logger;
  /** Where unexpected errors are reported (default: the logger, else stderr). */
  logError?: (err: unknown) => void;
  /** Origins allowed to call the API from a browser (CORS); none by default. */
  corsOrigins?: string[];
  /** Writes allowed per minute from one address. */
  writeRatePerMinute?: number;
  /** Wrong-token write attempts allowed per minute from one address. */
  wrongTokenRatePerMinute?: number;
  /** Limits for fetching pages named by address (POST /api/documents with `url` and no text). */
  fetchLimits?: FetchLimits;
  /** Host names answered besides loopback ones (see allowedHostNames in config.ts). */
  allowedHosts?: string[];
}

export const DEFAULT_CLIENT_DIR = path.join(projectRoot(), 'dist', 'client');

const packageVersion = (): string =>
  (JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;

export function createApp(deps: AppDeps): Express {
  const { explorer } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', false);
  const version = packageVersion();
  if (deps.logger) app.use(requestLog(deps.logger));
  app.use(checkHost(deps.allowedHosts ?? []), securityHeaders(), cors(deps.corsOrigins ?? []), limitQueryLength, rejectMalformedPath);

  const api = express.Router();
  api.get('/health', (req, res) => {
    queryOf(req, []);
    const d = explorer.getDataset();
    res.json({
      status: 'ok',
      version,
      dataVersion: explorer.version,
      actors: d.actors.length,
      // The whole slice's edges are the graph's, and graphology holds them only when asked for (see Explorer.graph).
      relations: explorer.slice().size,
      documents: d.documents.length,
      writable: deps.ingestor !== undefined,
      // A new big store is drawn on a quick placement until its layout lands (then a `dataset` event).
      layingOut: explorer.layingOut,
    });
  });
  api.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument(version));
  });
  if (deps.ingestor) {
    const tokenGuards = deps.token ? [wrongTokenRateLimit(deps.wrongTokenRatePerMinute ?? 10), requireToken(deps.token)] : [];
    api.use(ingestRoutes(deps.ingestor, deps.fetchLimits ?? DEFAULT_FETCH_LIMITS, [...tokenGuards, writeRateLimit(deps.writeRatePerMinute ?? 60)]));
  }
  if (deps.curator) api.use(curationWriteRoutes(deps.curator, [requireToken(deps.token), writeRateLimit(deps.writeRatePerMinute ?? 60)]));
  api.use(operationRoutes(explorer, OPERATION_LIST));
  api.use(notFoundHandler);
  app.use('/api', api);

  const clientDir = deps.clientDir ?? DEFAULT_CLIENT_DIR;
  if (fs.existsSync(path.join(clientDir, 'index.html'))) app.use(express.static(clientDir));
  app.use(notFoundHandler);
  const logger = deps.logger;
  app.use(errorHandler(deps.logError ?? (logger ? (err) => logger.error({ err }, 'unexpected error') : (err) => console.error(err))));
  return app;
}
