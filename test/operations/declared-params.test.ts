/**
 * Each operation's declared parameters (what the OpenAPI document and `--help` say) agree with
 * what its parser accepts: the declared bounds of every number are the parser's, every value of
 * an enumeration is accepted and others refused, yes/no takes true and false; a refusal names the
 * parameter.
 */
import type { z } from 'zod';
import { inputSchema } from '../../server/api/openapi-schema';
import { InvalidArgumentError } from '../../server/domain/errors';
import { METRIC_IDS } from '../../server/domain/types';
import type { Operation, RawParams } from '../../server/operations/operation';
import { OPERATION_LIST } from '../../server/operations/registry';
import { METRIC_OPTIONS } from '../../server/query/metric-options';

/** Values the required parameters need for the others to be parsed at all. */
const REQUIRED: RawParams = { id: 'x', from: 'iran', to: 'oman', before: '..2026-02-03', after: '2026-02-04..' };

/** What else a parameter needs: depth an actor, an option of one metric that metric. */
function context(op: Operation, name: string): RawParams {
  if (name === 'depth') return { actor: 'iran' };
  const option = METRIC_OPTIONS.find((o) => o.name === name);
  const metric = option?.appliesTo.find((t) => (METRIC_IDS as readonly string[]).includes(t));
  return op.name === 'centrality' && metric ? { metric } : {};
}

function outcome(op: Operation, name: string, value: string): 'accepted' | string {
  const required = Object.fromEntries(Object.keys(op.params.shape).filter((n) => n in REQUIRED).map((n) => [n, REQUIRED[n]]));
  try {
    op.parse({ ...required, ...context(op, name), [name]: value });
    return 'accepted';
  } catch (e) {
    if (e instanceof InvalidArgumentError) return `refused naming ${e.param}`;
    throw e;
  }
}

type Schema = Record<string, unknown>;

/** The checkable parts of a declared schema: itself, or each member of a union (`limit`: a number or "none"). */
const parts = (schema: Schema): Schema[] => (Array.isArray(schema.anyOf) ? (schema.anyOf as Schema[]) : [schema]);
const checkable = (schema: Schema): boolean => parts(schema).some((p) => p.enum !== undefined || p.const !== undefined || ['boolean', 'integer', 'number'].includes(p.type as string));

// Free text (ids, periods, lists, subjects) declares no values or bounds to compare.
const cases = OPERATION_LIST.flatMap((op) =>
  Object.entries(op.params.shape)
    .map(([name, field]) => [`${op.name} ${name}`, op, name, inputSchema(field as z.ZodType)] as const)
    .filter(([, , , schema]) => checkable(schema)),
);

test.each(cases)('%s: declared and parsed alike', (_label, op, name, declared) => {
  for (const schema of parts(declared)) agrees(op, name, schema);
});

function agrees(op: Operation, name: string, schema: Schema): void {
  const refused = `refused naming ${name}`;
  if (typeof schema.const === 'string') expect(outcome(op, name, schema.const)).toBe('accepted');
  const values = schema.enum as string[] | undefined;
  if (values) {
    for (const v of values) expect([v, outcome(op, name, v)]).toEqual([v, 'accepted']);
    expect(outcome(op, name, 'zz-not-a-value')).toBe(refused);
  } else if (schema.type === 'boolean') {
    for (const v of ['true', 'false']) expect([v, outcome(op, name, v)]).toEqual([v, 'accepted']);
    expect(outcome(op, name, 'maybe')).toBe(refused);
  } else if (schema.type === 'integer' || schema.type === 'number') {
    const step = schema.type === 'integer' ? 1 : 1e-3;
    const { minimum, maximum, exclusiveMinimum } = schema as { minimum?: number; maximum?: number; exclusiveMinimum?: number };
    const edges: [string, string][] = [];
    // JSON Schema states an integer without bounds as the safe-integer range: not a declared bound.
    if (minimum !== undefined && minimum > Number.MIN_SAFE_INTEGER) edges.push([String(minimum), 'accepted'], [String(minimum - step), refused]);
    if (exclusiveMinimum !== undefined) edges.push([String(exclusiveMinimum), refused], [String(exclusiveMinimum + step), 'accepted']);
    if (maximum !== undefined && maximum < Number.MAX_SAFE_INTEGER) edges.push([String(maximum), 'accepted'], [String(maximum + step), refused]);
    if (schema.type === 'integer') edges.push(['1.5', refused]);
    for (const [v, expected] of edges) expect([v, outcome(op, name, v)]).toEqual([v, expected]);
  }
}
