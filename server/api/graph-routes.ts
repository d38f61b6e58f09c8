/** Read routes over the graph: whole graph, actors, centrality, communities, path and export. */
import { Router } from 'express';
import { Readable, pipeline } from 'node:stream';
import { parseLimit } from '../graph/overview';
import type { Explorer } from '../query/explorer';
import {
  parseActorId,
  parseBoolean,
  parseFilter,
  parseFormat,
  parseInteger,
  parseMetric,
  requireValue,
} from '../query/options';
import { FILTER_PARAMS, queryOf } from './params';

export function graphRoutes(explorer: Explorer): Router {
  const r = Router();

  r.get('/graph', (req, res) => {
    const q = queryOf(req, [...FILTER_PARAMS, 'limit']);
    const filter = parseFilter(q);
    const { graph, overview } = explorer.view(filter, parseLimit(q.limit));
    res.json({ version: explorer.version, graph, ...(overview ? { overview } : {}) });
  });

  r.get('/actors', (req, res) => {
    queryOf(req, []);
    res.json({ actors: explorer.actors() });
  });

  r.get('/actors/:id', (req, res) => {
    queryOf(req, []);
    res.json(explorer.actor(req.params.id));
  });

  r.get('/metrics', (req, res) => {
    queryOf(req, []);
    res.json({ metrics: explorer.metrics() });
  });

  r.get('/centrality', (req, res) => {
    const q = queryOf(req, ['metric', 'directed', 'top', ...FILTER_PARAMS]);
    res.json(
      explorer.centrality({
        ...parseFilter(q),
        metric: parseMetric(q.metric),
        directed: parseBoolean('directed', q.directed),
        top: parseInteger('top', q.top, 1, 1_000_000),
      }),
    );
  });

  r.get('/communities', (req, res) => {
    res.json(explorer.communities(parseFilter(queryOf(req, FILTER_PARAMS))));
  });

  r.get('/path', (req, res) => {
    const q = queryOf(req, ['from', 'to', 'viaAffiliations', ...FILTER_PARAMS]);
    const from = requireValue('from', parseActorId('from', q.from));
    const to = requireValue('to', parseActorId('to', q.to));
    res.json(explorer.path(from, to, parseFilter(q), parseBoolean('viaAffiliations', q.viaAffiliations) ?? false));
  });

  r.get('/export', (req, res) => {
    const q = queryOf(req, ['format', ...FILTER_PARAMS]);
    const format = parseFormat(q.format);
    const out = explorer.export(format, parseFilter(q));
    res.attachment(`actor-graph.${out.extension}`);
    res.type(out.contentType);
    // Streamed as it is written: big exports start at once and are never one string in memory.
    // Once it has started, a failure (a client that hangs up, most often) can only cut it short.
    pipeline(Readable.from(out.chunks()), res, () => undefined);
  });

  return r;
}
