/**
 * The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json: the read routes made
 * from the operations registry, the write routes and the live stream (openapi-writes.ts), and the
 * two routes of the service itself.
 */
import { OPERATION_LIST } from '../operations/registry';
import type { Operation } from '../operations/operation';
import { EDGE_ANSWERS, errorResponse, parameterOf } from './openapi-schema';
import { writePaths } from './openapi-writes';
import { EVIDENCE_COMPONENTS } from './evidence-schema';
import { pathParamNames } from './operation-routes';

/** `/actors/:id` → `/api/actors/{id}`. */
export const openApiPath = (expressPath: string): string => `/api${expressPath.replace(/:([A-Za-z_]\w*)/g, '{$1}')}`;

function readPath(op: Operation): object {
  const inPath = pathParamNames(op.path);
  return {
    get: {
      operationId: op.name,
      summary: op.summary,
      parameters: Object.entries(op.params.shape).map(([name, field]) => parameterOf(name, field, inPath.includes(name))),
      responses: {
        200: { description: op.answer.description, content: { [op.answer.contentType ?? 'application/json']: op.answer.schema ? { schema: op.answer.schema } : {} } },
        400: errorResponse('A parameter is bad or unknown; the message names it'),
        404: errorResponse('No such actor, document or relation'),
        ...Object.fromEntries(Object.entries(op.failures ?? {}).map(([status, when]) => [status, errorResponse(when)])),
        ...EDGE_ANSWERS,
      },
    },
  };
}

const serviceRoute = (summary: string, description: string, refusesQuery: boolean): object => ({
  get: {
    summary,
    parameters: [],
    responses: { 200: { description, content: { 'application/json': {} } }, ...(refusesQuery ? { 400: errorResponse('A query parameter was given') } : {}), ...EDGE_ANSWERS },
  },
});

export function openApiDocument(version: string): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Actor Graph Explorer API',
      version,
      description:
        'Political actors and their relations (negotiates, mediates, opposes), each backed by verbatim quotes from source documents. Unknown query parameters are rejected with 400.',
    },
    paths: mergePaths([
      { '/api/health': serviceRoute('Liveness and dataset size', 'Service status', true), '/api/openapi.json': serviceRoute('This document', 'OpenAPI document', false) },
      Object.fromEntries(OPERATION_LIST.map((op) => [openApiPath(op.path), readPath(op)])),
      writePaths(),
    ]),
    components: { schemas: EVIDENCE_COMPONENTS },
  };
}

/** Path items by path, the methods of one path from several sources kept together (GET and POST /api/documents). */
function mergePaths(sources: Record<string, object>[]): Record<string, object> {
  const out: Record<string, object> = {};
  for (const source of sources) for (const [p, item] of Object.entries(source)) out[p] = { ...out[p], ...item };
  return out;
}
