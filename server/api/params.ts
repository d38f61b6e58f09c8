/** Request helpers: reject query parameters a route does not know, so typos fail loudly. */
import type { Request } from 'express';
import { InvalidArgumentError } from '../domain/errors';
import type { Raw } from '../query/options';

/** The query string as option values, after checking every name is allowed. */
export function queryOf(req: Request, allowed: string[]): Record<string, Raw> {
  const q = req.query as Record<string, unknown>;
  for (const name of Object.keys(q)) {
    if (!allowed.includes(name)) {
      throw new InvalidArgumentError(name, `unknown query parameter (allowed: ${allowed.join(', ') || 'none'})`);
    }
  }
  const out: Record<string, Raw> = {};
  for (const [k, v] of Object.entries(q)) {
    if (typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'))) out[k] = v as Raw;
    else throw new InvalidArgumentError(k, 'must be a plain value');
  }
  return out;
}
