/** The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json. */
import { ACTOR_KINDS, DEFAULT_TOP_LINKS, PROVENANCES, MAX_PATHS, MAX_PERIODS, PERIOD_UNITS, RELATION_TYPES, RELATION_WEIGHTS } from '../domain/types';
import { CENTRALITY_FORMATS } from '../query/centrality-csv';
import { METRIC_OPTIONS } from '../query/metric-options';
import type { OptionTarget } from '../query/metric-options';
import { CURATION_PATHS, MAX_REASON_LENGTH } from '../domain/curation';
import { CURATION_ROUTES } from './curation-routes';
import { EXPORT_FORMATS } from '../graph/export';
import { METRIC_IDS } from '../graph/metrics';
import { MAX_LIMIT } from '../graph/overview';

type Param = { name: string; in: 'query' | 'path'; required?: boolean; description: string; schema: object };

const q = (name: string, description: string, schema: object, required = false): Param => ({
  name,
  in: 'query',
  description,
  schema,
  ...(required ? { required } : {}),
});
const idParam = (description: string): Param => ({ name: 'id', in: 'path', required: true, description, schema: { type: 'string' } });
const csv = (values: readonly string[]): object => ({ type: 'string', description: `comma-separated: ${values.join(', ')}` });

const filterParams: Param[] = [
  q('types', 'Relation types to keep.', csv(RELATION_TYPES)),
  q('kinds', 'Actor kinds to keep.', csv(ACTOR_KINDS)),
  q('minEvidence', 'Keep relations with at least this many evidence items.', { type: 'integer', minimum: 0 }),
  q('since', 'Keep evidence dated on or after (YYYY-MM-DD).', { type: 'string', format: 'date' }),
  q('until', 'Keep evidence dated on or before (YYYY-MM-DD).', { type: 'string', format: 'date' }),
  q('actor', 'Centre of an ego network.', { type: 'string' }),
  q('depth', 'Hops around `actor` (default 1).', { type: 'integer', minimum: 0, maximum: 10 }),
  q('provenance', 'Relations from these sources: curated quotes, extracted quotes, coded events.', csv(PROVENANCES)),
  q('reviewed', 'Only reviewed (true) or only unreviewed (false) relations; curated ones count as reviewed.', { type: 'boolean' }),
  q('provisional', 'Only provisional (true) or only confirmed (false) actors.', { type: 'boolean' }),
  q('rollup', 'Fold people and bodies into the state they act for, merging their relations and keeping every quote.', { type: 'boolean' }),
];

/** NetworkX's options for a target, as query parameters named as NetworkX names them. */
const metricOptionParams = (targets: readonly OptionTarget[]): Param[] =>
  METRIC_OPTIONS.filter((o) => o.appliesTo.some((t) => targets.includes(t))).map((o) =>
    q(o.name, `${o.help[0].toUpperCase()}${o.help.slice(1)}. Default: ${o.default}. Applies to: ${o.appliesTo.join(', ')}.`, o.schema),
  );

const errorResponse = {
  description: 'Error naming the offending parameter',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: { code: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
    },
  },
};

function op(summary: string, parameters: Param[], okDescription: string, contentType = 'application/json'): object {
  return {
    get: {
      summary,
      parameters,
      responses: {
        200: { description: okDescription, content: { [contentType]: {} } },
        400: errorResponse,
        404: errorResponse,
      },
    },
  };
}

/** One POST per curation; bodies are JSON objects with the route's fields plus by, reason and ifVersion. */
function curationPaths(): Record<string, object> {
  const paths: Record<string, object> = {};
  for (const r of CURATION_ROUTES) {
    paths[`/api${CURATION_PATHS[r.op].replace(':id', '{id}')}`] = {
      post: {
        summary: `${r.summary}. Body: ${r.fields ? `${r.fields}, ` : ''}by (who), reason (at most ${MAX_REASON_LENGTH} characters), ifVersion (the version seen; a different one is 409). Needs the token when one is set.`,
        parameters: [idParam(r.op === 'undo' ? 'Event number' : `${r.op.split('.')[0]} id`)],
        requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
        responses: {
          200: { description: 'The audit event recorded (with the rows before and after) and the new data version', content: { 'application/json': {} } },
          400: errorResponse,
          401: errorResponse,
          404: errorResponse,
          409: errorResponse,
          422: errorResponse,
        },
      },
    };
  }
  return paths;
}

export function openApiDocument(version: string): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Actor Graph Explorer API',
      version,
      description:
        'Political actors and their relations (negotiates, mediates, opposes), each backed by verbatim quotes from source documents. Unknown query parameters are rejected with 400.',
    },
    paths: {
      '/api/health': op('Liveness and dataset size', [], 'Service status'),
      '/api/graph': op(
        'The graph (graphology JSON, with layout positions). Above the limit (default 2000 actors, 5000 relations) it is an overview: the actors with the most relation weight and the strongest relations among them, described in `overview` (shown, total, budget); an ego network keeps its centre.',
        [
          ...filterParams,
          q('limit', 'Actors to draw at most (relations: 2.5 per actor), or "none" for the whole graph. Default 2000.', {
            oneOf: [{ type: 'integer', minimum: 1, maximum: MAX_LIMIT }, { type: 'string', enum: ['none'] }],
          }),
        ],
        'Graph, dataset version, and `overview` when the graph was thinned',
      ),
      '/api/actors': op('All actors', [], 'Actor list'),
      '/api/actors/{id}': op('One actor with its relations grouped by type and its centralities', [idParam('Actor id')], 'Actor detail'),
      '/api/metrics': op('Available centrality metrics', [], 'Metric list'),
      '/api/centrality': op(
        'Actors ranked by a centrality metric on a stated projection',
        [
          q('metric', 'Metric id (default degree).', { type: 'string', enum: METRIC_IDS }),
          q('directed', 'Use the directed projection (negotiates counts both ways).', { type: 'boolean' }),
          q('top', 'Return only the first N.', { type: 'integer', minimum: 1 }),
          q(
            'by',
            `One ranking per period (day, week from Monday, calendar month) from the first to the last evidence or event date the filters keep, each on the graph of what is dated in it (at most ${MAX_PERIODS} periods): a table actor × period.`,
            { type: 'string', enum: PERIOD_UNITS },
          ),
          q('format', 'json (default) or csv (rank, id, label, kind, value; with `by`: id, label, kind, one column per period).', { type: 'string', enum: CENTRALITY_FORMATS }),
          ...metricOptionParams(METRIC_IDS),
          ...filterParams,
        ],
        'Ranking, or with `by` the table actor × period',
      ),
      '/api/edge-betweenness': op(
        'Links between actors ranked by edge betweenness (NetworkX edge_betweenness_centrality), each with its relations and their quotes',
        [
          q('directed', 'Use the directed projection (negotiates counts both ways).', { type: 'boolean' }),
          q('top', `Return only the first N links (default ${DEFAULT_TOP_LINKS}).`, { type: 'integer', minimum: 1 }),
          ...metricOptionParams(['edge-betweenness']),
          ...filterParams,
        ],
        'Ranked links',
      ),
      '/api/diff': op(
        'Actor pairs whose relations appeared, disappeared or changed (type or direction) between two periods of evidence',
        [
          q('before', 'First period, START..END (YYYY-MM-DD; either end may be open, a single date is one day).', { type: 'string' }, true),
          q('after', 'Second period, START..END.', { type: 'string' }, true),
          ...filterParams.filter((p) => p.name !== 'since' && p.name !== 'until'),
        ],
        'Pairs appeared, disappeared and changed, with their relations and quotes in each period',
      ),
      '/api/communities': op(
        'Louvain communities on the undirected projection',
        [...metricOptionParams(['communities']), ...filterParams],
        'Communities and modularity',
      ),
      '/api/path': op(
        'Shortest path between two actors, with the relations on each step',
        [
          q('from', 'Start actor id.', { type: 'string' }, true),
          q('to', 'End actor id.', { type: 'string' }, true),
          q('directed', 'Follow relation direction (negotiates counts both ways).', { type: 'boolean' }),
          q('weight', `Relation attribute read as a distance (${RELATION_WEIGHTS.join(', ')}); the lightest parallel relation counts.`, { type: 'string', enum: RELATION_WEIGHTS }),
          q('all', `List every shortest path (at most ${MAX_PATHS}; \`truncated\` says when there were more).`, { type: 'boolean' }),
          q('viaAffiliations', 'Let a step be an affiliation (a person acting for a state or body); such steps carry `affiliation`.', { type: 'boolean' }),
          ...filterParams,
        ],
        'Path',
      ),
      '/api/export': op(
        'Download the graph',
        [q('format', 'Export format (default json).', { type: 'string', enum: EXPORT_FORMATS }), ...filterParams],
        'File download',
        '*/*',
      ),
      '/api/documents': op('Source documents (metadata)', [], 'Document list'),
      '/api/documents/{id}': op('One source document with its text', [idParam('Document id')], 'Document'),
      '/api/openapi.json': op('This document', [], 'OpenAPI document'),
      '/api/review': op(
        'The review queue: machine-extracted relations no curator has accepted, least certain first, each with its quotes (and the extraction rule when known) and its version',
        [q('limit', 'Entries at most (default 100).', { type: 'integer', minimum: 1, maximum: 10000 })],
        'Queue: total and items',
      ),
      '/api/audit': op(
        'The curation log, newest first: what, who, when, why, and the rows before and after',
        [q('limit', 'Events at most (default 100).', { type: 'integer', minimum: 1, maximum: 10000 }), q('subject', 'Only events that touched this, e.g. actor:iran or relation:ID.', { type: 'string' })],
        'Log: total and events',
      ),
      '/api/layout': {
        post: {
          summary: 'Lays the whole graph out afresh. Positions are otherwise kept across changes (actors keep theirs; new ones are placed beside their neighbours). Needs the token when one is set.',
          responses: { 200: { description: 'The new data version', content: { 'application/json': {} } }, 401: errorResponse },
        },
      },
      '/api/relations/{id}': op('One relation record with its provenance, review state and version', [idParam('Relation id')], 'Relation'),
      ...curationPaths(),
    },
  };
}
