/**
 * The OpenAPI description of the write routes (ingest, batches, curation, undo) and the live
 * stream, with their bodies and the refusals the code gives: these routes are not in the
 * operations registry yet, so their statuses are listed here beside the code that answers them.
 */
import { z } from 'zod';
import { CURATION_PATHS, MAX_REASON_LENGTH } from '../domain/curation';
import { CURATION_BODIES } from '../curation/requests';
import { documentInputSchema, MAX_TEXT_BYTES } from '../ingest/input';
import { CURATION_ROUTES } from './curation-routes';
import { MAX_BATCH_DOCUMENTS } from './ingest-routes';
import { errorResponse, inputSchema } from './openapi-schema';

/** Refusals of every write: token, rate limit, a store that cannot write. */
const WRITE_REFUSALS = {
  401: errorResponse('A token is set and the request has no valid "Authorization: Bearer <token>" (unauthorized)'),
  429: errorResponse('More writes (or wrong-token attempts) a minute from this address than allowed (rate_limited); RateLimit headers say when to retry'),
  503: errorResponse('The store cannot write now: read-only or failing (store_unavailable), or the write queue is full (busy, with Retry-After)'),
};

const dryRun = {
  name: 'dryRun',
  in: 'query',
  description: 'Report what would be added without storing anything.',
  schema: { type: 'boolean' },
};

const byUrl = z.strictObject({
  url: z.string().meta({ description: 'An http(s) page to fetch and read; its metadata fills outlet, date and title where not given.' }),
  outlet: z.string().optional(),
  date: z.string().optional(),
  title: z.string().optional(),
});

const documentBody = { oneOf: [inputSchema(documentInputSchema), inputSchema(byUrl)] };

const json = (schema: object): object => ({ content: { 'application/json': { schema } } });

function ingestPaths(): Record<string, object> {
  return {
    '/api/documents': {
      post: {
        summary: `Ingest one article: its text (at most ${MAX_TEXT_BYTES} bytes) with outlet and date, or a url alone to fetch. Needs the token when one is set.`,
        parameters: [dryRun],
        requestBody: { required: true, ...json(documentBody) },
        responses: {
          200: { description: 'Dry run, or a document with this exact text is already stored (duplicate): nothing added', content: { 'application/json': {} } },
          201: { description: 'Stored: the document, the actors and relations found, with their quotes', content: { 'application/json': {} } },
          400: errorResponse('A field is missing or bad, the body is not JSON or not UTF-8, or an unknown field or query parameter'),
          413: errorResponse(`The body is over 8 MB, the text over ${MAX_TEXT_BYTES} bytes, or the fetched page over the page limit (payload_too_large, page_too_large)`),
          415: errorResponse('Content-Type is not application/json (unsupported_media_type)'),
          422: errorResponse('The page named by url could not be fetched or read'),
          ...WRITE_REFUSALS,
        },
      },
    },
    '/api/documents/batch': {
      post: {
        summary: `Ingest up to ${MAX_BATCH_DOCUMENTS} articles: a JSON array, or JSON Lines (one document per line). Each succeeds or fails on its own. Needs the token when one is set.`,
        parameters: [dryRun],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { type: 'array', maxItems: MAX_BATCH_DOCUMENTS, items: documentBody } },
            'application/x-ndjson': { schema: { type: 'string', description: 'One document (as for POST /api/documents) per line' } },
          },
        },
        responses: {
          200: { description: 'Counts (added, duplicate, failed) and one result per document, a failed one with its error', content: { 'application/json': {} } },
          400: errorResponse(`The body is not a JSON array or JSON Lines, holds no documents or more than ${MAX_BATCH_DOCUMENTS}, or an unknown query parameter`),
          413: errorResponse('The body is over 32 MB (payload_too_large)'),
          415: errorResponse('Content-Type is neither application/json nor application/x-ndjson (unsupported_media_type)'),
          ...WRITE_REFUSALS,
        },
      },
    },
    '/api/layout': {
      post: {
        summary:
          'Lay the whole graph out afresh. Positions are otherwise kept across changes (actors keep theirs; new ones are placed beside their neighbours). The layout runs in the worker pool: reads meanwhile get the kept positions, and this answers once the new ones are in. Needs the token when one is set.',
        parameters: [],
        responses: {
          200: { description: 'The new data version (dataVersion)', content: { 'application/json': {} } },
          400: errorResponse('A query parameter was given'),
          ...WRITE_REFUSALS,
        },
      },
    },
    '/api/events': {
      get: {
        summary: 'Live updates (server-sent events): `dataset` after each change with the new data version, `shutdown` when the server stops. Offered by writable servers only.',
        parameters: [],
        responses: { 200: { description: 'An event stream', content: { 'text/event-stream': {} } }, 400: errorResponse('A query parameter was given') },
      },
    },
  };
}

/** One POST per curation; the body is the operation's fields plus by, reason and ifVersion. */
function curationPaths(): Record<string, object> {
  const paths: Record<string, object> = {};
  for (const r of CURATION_ROUTES) {
    paths[`/api${CURATION_PATHS[r.op].replace(':id', '{id}')}`] = {
      post: {
        summary: `${r.summary}. Body: ${r.fields ? `${r.fields}, ` : ''}by (who), reason (at most ${MAX_REASON_LENGTH} characters), ifVersion (the version seen; a different one is 409). Needs the token when one is set.`,
        parameters: [{ name: 'id', in: 'path', required: true, description: r.op === 'undo' ? 'Event number' : `${r.op.split('.')[0]} id`, schema: { type: 'string' } }],
        requestBody: json(inputSchema(CURATION_BODIES[r.op])),
        responses: {
          200: { description: 'The audit event recorded (with the rows before and after) and the new data version', content: { 'application/json': {} } },
          400: errorResponse('A body field is bad or unknown, or the body is not JSON'),
          404: errorResponse('No such actor, relation, document or event'),
          409: errorResponse('ifVersion differs from the current version, or the change no longer fits the stored data (conflict)'),
          413: errorResponse('The body is over 64 kB (payload_too_large)'),
          ...WRITE_REFUSALS,
        },
      },
    };
  }
  return paths;
}

export const writePaths = (): Record<string, object> => ({ ...ingestPaths(), ...curationPaths() });
