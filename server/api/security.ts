/**
 * HTTP hardening applied before any route: a Host check against DNS rebinding, security headers
 * with a strict Content-Security-Policy (the page loads only its own scripts and styles), CORS
 * closed unless origins are allowed, a cap on query-string length, and rate limits for writes and
 * for wrong-token attempts.
 */
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { isLoopback } from '../config';
import { ActorGraphError } from '../domain/errors';

/** The name part of a Host header ("[::1]:3000" → "[::1]", "Example.org." → "example.org"); undefined when malformed. */
function hostName(header: string | undefined): string | undefined {
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:[\]\s]+)(?::\d{1,5})?$/.exec(header ?? '');
  return m ? m[1].toLowerCase().replace(/\.$/, '') : undefined;
}

/**
 * Answers only requests whose Host is a loopback name or one of `allowed`. A page on any other
 * name that DNS-rebinds to this machine is same-origin to the browser, so only the Host it sends
 * tells it apart; 421 says "not this server".
 */
export function checkHost(allowed: readonly string[]): RequestHandler {
  const names = new Set(allowed.map((h) => h.toLowerCase()));
  return (req, _res, next) => {
    const raw = req.headers.host;
    const name = hostName(raw);
    if (name && (names.has(name) || isLoopback(name.replace(/^\[(.*)\]$/, '$1')))) {
      next();
      return;
    }
    const shown = raw === undefined ? 'missing' : JSON.stringify(raw.slice(0, 100));
    next(new ActorGraphError(`Host: ${shown} is not a name this server answers to (list it in ACTOR_GRAPH_ALLOWED_HOSTS)`, 'host_not_allowed', 421));
  };
}

/** Longest query string accepted; every real filter fits in far less. */
const MAX_QUERY_LENGTH = 4096;

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // PNG snapshots and the sigma canvas use data: and blob: images; workers may be blobs.
        imgSrc: ["'self'", 'data:', 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}

/** CORS: no cross-origin access unless the origin is listed; preflights answered for listed ones. */
export function cors(allowed: readonly string[]): RequestHandler {
  const set = new Set(allowed);
  return (req, res, next) => {
    const origin = req.get('origin');
    if (origin && set.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
    }
    next();
  };
}

/** A path with an escape that is not percent-encoded UTF-8 (`/api/documents/%ff`) is a bad request on any route. */
export const rejectMalformedPath: RequestHandler = (req, _res, next) => {
  try {
    decodeURIComponent(req.path);
  } catch {
    next(new ActorGraphError('path: malformed percent-encoding', 'bad_request', 400));
    return;
  }
  next();
};

export const limitQueryLength: RequestHandler = (req, _res, next) => {
  const q = req.originalUrl.indexOf('?');
  if (q >= 0 && req.originalUrl.length - q - 1 > MAX_QUERY_LENGTH) {
    next(new ActorGraphError(`query: longer than ${MAX_QUERY_LENGTH} characters`, 'uri_too_long', 414));
    return;
  }
  next();
};

/**
 * At most `perMinute` wrong-token write attempts a minute from one address; past that every write
 * from it gets 429 until the window ends, so a token cannot be guessed at speed. Runs before the
 * token check; only answers 401 count.
 */
export function wrongTokenRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req, res) => res.statusCode !== 401,
    handler: (_req, _res, next) =>
      next(new ActorGraphError(`rate limit: more than ${perMinute} wrong-token attempts a minute from this address; try again later`, 'rate_limited', 429)),
  });
}

/** At most `perMinute` writes a minute from one address; 429 with a JSON body past that. */
export function writeRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(new ActorGraphError(`rate limit: at most ${perMinute} writes a minute; try again later`, 'rate_limited', 429)),
  });
}
