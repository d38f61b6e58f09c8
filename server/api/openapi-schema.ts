/** zod → OpenAPI pieces: parameters from an operation's declaration, JSON bodies, error answers. */
import { z } from 'zod';

/** Keys of our own in parameter metadata (CLI hints), not JSON Schema. */
const OWN_KEYS = ['cliValue', 'negatable', 'placeholder', '$schema'];

/** The JSON Schema of what a client sends for `schema`, without our own keys. */
export function inputSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  for (const k of OWN_KEYS) delete json[k];
  return json;
}

export interface Parameter {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  description: string;
  schema: object;
}

/** One parameter of an operation's declaration, its description lifted to the parameter. */
export function parameterOf(name: string, field: z.ZodType, inPath: boolean): Parameter {
  const schema = inputSchema(field);
  const description = typeof schema.description === 'string' ? schema.description : '';
  delete schema.description;
  return { name, in: inPath ? 'path' : 'query', ...(inPath || !field.isOptional() ? { required: true } : {}), description, schema };
}

export const errorResponse = (description: string): object => ({
  description,
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: { code: { type: 'string' }, message: { type: 'string', description: 'Starts with the offending parameter, field or header' } },
          },
        },
      },
    },
  },
});

/** Answers every route can give, whatever it does: the edge's refusals. */
export const EDGE_ANSWERS = {
  414: errorResponse('The query string is longer than the limit (uri_too_long)'),
  421: errorResponse('The Host header names no server this one answers for (host_not_allowed)'),
};
