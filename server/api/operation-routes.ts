/**
 * The read routes, made from the operations registry: each parses its query string (and path
 * parameters) with its operation's declaration, runs it, and sends the answer. Heavy operations
 * run with a signal that fires when the client leaves; a bad parameter is a 400 naming it.
 */
import { Router } from 'express';
import type { Request, Response } from 'express';
import type { Explorer } from '../query/explorer';
import type { Operation, RawParams } from '../operations/operation';
import { queryOf } from './params';
import { sendJson } from './send-json';
import { SharedAnswers } from './shared-answers';
import { heavy } from './client-gone';
import { actorAsSent } from '../operations/actor-as-sent';

/** The `:name` segments of an Express path. */
export const pathParamNames = (path: string): string[] => [...path.matchAll(/:([A-Za-z_]\w*)/g)].map((m) => m[1]);

/** Reads an operation's query and path values under their parameter names; a name it does not take is refused. */
function rawParamsOf(op: Operation): (req: Request) => RawParams {
  const inPath = pathParamNames(op.path);
  const inQuery = [...Object.keys(op.params.shape).filter((n) => !inPath.includes(n)), ...(op.refuses ?? [])];
  return (req) => {
    const raw = queryOf(req, inQuery);
    // A named route parameter is one string (the wrapper's Request type does not know the route).
    for (const name of inPath) raw[name] = String(req.params[name]);
    return raw;
  };
}

function handler(explorer: Explorer, op: Operation): (req: Request, res: Response, signal?: AbortSignal) => Promise<void> {
  const shared = op.shared ? new SharedAnswers() : undefined;
  const rawParams = rawParamsOf(op);
  const answer = async (raw: RawParams, req: Request, res: Response, signal?: AbortSignal): Promise<void> => {
    const params = op.parse(raw);
    if (shared && op.shared) {
      // The answer depends on the dataset version, the path and the query string only.
      return shared.send(res, explorer.version, req.originalUrl, op.shared(params), async () => {
        const value = await op.run(explorer, params);
        return { value, lasting: op.lasting?.(value) ?? true };
      });
    }
    const result = await op.run(explorer, params, signal);
    return op.send ? op.send(res, result, params) : sendJson(res, result);
  };
  return async (req, res, signal) => {
    const raw = rawParams(req);
    try {
      await answer(raw, req, res, signal);
    } catch (e) {
      throw actorAsSent(e, raw);
    }
  };
}

export function operationRoutes(explorer: Explorer, operations: readonly Operation[]): Router {
  const r = Router();
  for (const op of operations) {
    const handle = handler(explorer, op);
    // Heavy queries are awaited off this thread (the worker pool): readers are served meanwhile.
    r.get(op.path, op.cost === 'heavy' ? heavy(handle) : (req, res) => handle(req, res));
  }
  return r;
}
