/** Bearer-token guard for write routes, compared in constant time. */
import type { RequestHandler } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { ActorGraphError } from '../domain/errors';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Lets every request through when no token is configured (loopback-only servers). */
export function requireToken(token: string | undefined): RequestHandler {
  if (!token) return (_req, _res, next) => next();
  const expected = digest(token);
  return (req, _res, next) => {
    const m = /^Bearer (.+)$/.exec(req.get('authorization') ?? '');
    // Hashing first gives equal-length buffers, so the comparison time says nothing about the token.
    if (!m || !timingSafeEqual(digest(m[1]), expected)) {
      next(new ActorGraphError('Authorization: a valid "Bearer <token>" header is required for writes', 'unauthorized', 401));
      return;
    }
    next();
  };
}
