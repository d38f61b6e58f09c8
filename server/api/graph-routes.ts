/** Read routes over the graph: whole graph, actors, centrality, edge betweenness, diff, communities, path and export. */
import { Router } from 'express';
import { Readable, pipeline } from 'node:stream';
import { parseLimit } from '../graph/overview';
import type { Explorer } from '../query/explorer';
import { parseActorId, parseFilter, parseFormat, requireValue } from '../query/options';
import { FILTER_PARAMS, queryOf } from './params';
import { optionsFor, parseMetricOptions, parsePathQuery, PATH_PARAMS } from '../query/metric-options';
import { centralityCsv } from '../query/centrality-csv';
import {
  CENTRALITY_PARAMS,
  DIFF_PARAMS,
  EDGE_BETWEENNESS_PARAMS,
  parseCentralityQuery,
  parseDiffQuery,
  parseEdgeBetweennessQuery,
} from '../query/requests';
import { sendJson } from './send-json';
import { SharedAnswers } from './shared-answers';
import { heavy } from './client-gone';

export function graphRoutes(explorer: Explorer): Router {
  const r = Router();
  const graphs = new SharedAnswers();

  r.get('/graph', (req, res) => {
    const q = queryOf(req, [...FILTER_PARAMS, 'limit']);
    const filter = parseFilter(q);
    const budget = parseLimit(q.limit);
    // The answer depends on the dataset version and the query string only; the Explorer keeps
    // graphs within a budget, so their serialised form is worth keeping too.
    return graphs.send(res, explorer.version, req.originalUrl.split('?')[1] ?? '', budget !== null, () => {
      const { graph, overview } = explorer.view(filter, budget);
      return { version: explorer.version, graph, ...(overview ? { overview } : {}) };
    });
  });

  r.get('/actors', (req, res) => {
    queryOf(req, []);
    return sendJson(res, { actors: explorer.actors() });
  });

  r.get('/actors/:id', heavy(async (req, res, signal) => {
    queryOf(req, []);
    // A named route parameter is one string (the wrapper's Request type does not know the route).
    res.json(await explorer.actor(String(req.params.id), signal));
  }));

  r.get('/metrics', (req, res) => {
    queryOf(req, []);
    res.json({ metrics: explorer.metrics() });
  });

  // Heavy queries are awaited off this thread (the worker pool): readers are served meanwhile.
  r.get('/centrality', heavy(async (req, res, signal) => {
    const { request, by, format } = parseCentralityQuery(queryOf(req, [...CENTRALITY_PARAMS, ...FILTER_PARAMS]));
    const result = by ? await explorer.centralityOverTime({ ...request, by }, signal) : await explorer.centrality(request, signal);
    if (format === 'csv') return void res.type('text/csv').send(centralityCsv(result));
    return sendJson(res, result);
  }));

  r.get('/edge-betweenness', heavy(async (req, res, signal) => {
    const query = parseEdgeBetweennessQuery(queryOf(req, [...EDGE_BETWEENNESS_PARAMS, ...FILTER_PARAMS]));
    return sendJson(res, await explorer.edgeBetweenness(query, signal));
  }));

  r.get('/diff', (req, res) => {
    const { before, after, filter } = parseDiffQuery(queryOf(req, [...DIFF_PARAMS, ...FILTER_PARAMS]));
    return sendJson(res, explorer.diff(before, after, filter));
  });

  r.get('/communities', heavy(async (req, res, signal) => {
    const q = queryOf(req, [...optionsFor('communities').map((o) => o.name), ...FILTER_PARAMS]);
    return sendJson(res, await explorer.communities(parseFilter(q), parseMetricOptions('communities', q), signal));
  }));

  r.get('/path', (req, res) => {
    const q = queryOf(req, ['from', 'to', ...PATH_PARAMS, ...FILTER_PARAMS]);
    const from = requireValue('from', parseActorId('from', q.from));
    const to = requireValue('to', parseActorId('to', q.to));
    return sendJson(res, explorer.path(from, to, parseFilter(q), parsePathQuery(q)));
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
