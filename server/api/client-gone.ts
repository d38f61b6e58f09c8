/**
 * Heavy routes run with an AbortSignal that fires when the client goes away before its answer is
 * sent (the response closes unfinished): the Explorer then drops its share of the computation and
 * the worker pool stops the work once no one waits for it. Nothing is sent to a client that left.
 */
import type { NextFunction, Request, Response } from 'express';

export type HeavyHandler = (req: Request, res: Response, signal: AbortSignal) => Promise<void>;

/** A signal that aborts when `res` closes before it has finished. */
function signalOnClientGone(res: Response): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort(new DOMException('the client closed the connection', 'AbortError'));
  });
  return controller.signal;
}

/** Wraps a heavy route: passes it the client's signal; a failure after the client left is dropped. */
export function heavy(handler: HeavyHandler): (req: Request, res: Response, next: NextFunction) => Promise<void> {
  return async (req, res, next) => {
    const signal = signalOnClientGone(res);
    try {
      await handler(req, res, signal);
    } catch (e) {
      if (signal.aborted) return;
      next(e);
    }
  };
}
