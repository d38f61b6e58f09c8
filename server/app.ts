/** createApp(deps) → the Express app: API routes, the built client, one error middleware. */
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Express } from 'express';
import { documentRoutes } from './api/document-routes';
import { errorHandler, notFoundHandler } from './api/error-handler';
import { graphRoutes } from './api/graph-routes';
import { openApiDocument } from './api/openapi';
import { queryOf } from './api/params';
import { projectRoot } from './data/paths';
import type { Explorer } from './query/explorer';

export interface AppDeps {
  explorer: Explorer;
  /** Folder of the built client; served at / when it exists. */
  clientDir?: string;
  /** Where unexpected errors are reported. */
  logError?: (err: unknown) => void;
}

export const DEFAULT_CLIENT_DIR = path.join(projectRoot(), 'dist', 'client');

const packageVersion = (): string =>
  (JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;

export function createApp(deps: AppDeps): Express {
  const { explorer } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  const version = packageVersion();

  const api = express.Router();
  api.get('/health', (req, res) => {
    queryOf(req, []);
    const d = explorer.getDataset();
    res.json({
      status: 'ok',
      version,
      dataVersion: explorer.version,
      actors: d.actors.length,
      relations: explorer.graph().size,
      documents: d.documents.length,
    });
  });
  api.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument(version));
  });
  api.use(graphRoutes(explorer));
  api.use(documentRoutes(explorer));
  api.use(notFoundHandler);
  app.use('/api', api);

  const clientDir = deps.clientDir ?? DEFAULT_CLIENT_DIR;
  if (fs.existsSync(path.join(clientDir, 'index.html'))) app.use(express.static(clientDir));
  app.use(notFoundHandler);
  app.use(errorHandler(deps.logError ?? ((err) => console.error(err))));
  return app;
}
