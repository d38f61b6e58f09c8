/** Environment settings, parsed once; a bad value stops the start with a message naming it. */
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_DATA_DIR } from './data/paths';
import { ConfigError } from './domain/errors';
import { readNumber, type NumberBounds } from './domain/number-text';
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from './ingest/web/safe-fetch';

/** A DNS name, an IPv4 address, or an IPv6 address in brackets, as it appears in a Host header. */
const HOST_NAME = /^(?:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])$/;

/** A numeric variable, read as every typed number is (domain/number-text.ts); unset or empty gives `fallback`. */
function numberVar(bounds: NumberBounds, fallback: number) {
  return z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text === '') return fallback;
      const read = readNumber(text, bounds);
      if ('value' in read) return read.value;
      ctx.addIssue({ code: 'custom', message: read.problem });
      return z.NEVER;
    });
}

const envSchema = z.object({
  PORT: numberVar({ min: 0, max: 65535, whole: true }, 3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Curated data the store is seeded from on first start and on reset. */
  ACTOR_GRAPH_DATA: z.string().min(1).default(DEFAULT_DATA_DIR),
  /** The SQLite store. */
  ACTOR_GRAPH_DB: z.string().min(1).default(path.join(DEFAULT_DATA_DIR, 'actor-graph.sqlite')),
  /** Bearer token required by write endpoints when set. */
  ACTOR_GRAPH_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Browser origins allowed to call the API, comma-separated (CORS is closed by default). */
  ACTOR_GRAPH_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean))
    .refine((list) => list.every((o) => /^https?:\/\/[^/\s]+$/.test(o)), 'each origin must look like http://host:port'),
  /** Writes a minute allowed from one address. */
  ACTOR_GRAPH_WRITE_RATE: numberVar({ min: 1, max: 100_000, whole: true }, 60),
  /**
   * Host names the server answers to besides loopback ones, comma-separated: a page whose DNS name
   * rebinds to this machine sends its own name and is refused.
   */
  ACTOR_GRAPH_ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean))
    .refine((list) => list.every((h) => HOST_NAME.test(h)), 'each entry must be a host name or address without scheme or port (example.org, 192.168.1.5, [fd00::1])'),
  /** Wrong-token write attempts a minute allowed from one address. */
  ACTOR_GRAPH_AUTH_FAIL_RATE: numberVar({ min: 1, max: 100_000, whole: true }, 10),
  /** Ingests that may wait behind the running one; more get 503 with Retry-After. */
  ACTOR_GRAPH_WRITE_QUEUE: numberVar({ min: 0, max: 10_000, whole: true }, 4),
  /** Open connections at most; more are refused until some close. */
  ACTOR_GRAPH_MAX_CONNECTIONS: numberVar({ min: 1, max: 1_000_000, whole: true }, 512),
  /** Fetching pages and feeds may reach private, loopback and link-local addresses (tests, intranets). */
  ACTOR_GRAPH_FETCH_ALLOW_PRIVATE: z.enum(['0', '1', 'true', 'false']).default('0').transform((v) => v === '1' || v === 'true'),
  /** Minutes between polls of the followed feeds by the server; 0 (the default) never polls. */
  ACTOR_GRAPH_FEED_POLL: numberVar({ min: 0, max: 10_080 }, 0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof envSchema>;


/** Addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Addresses that mean "every interface": they name no host a client would send. */
const WILDCARD = new Set(['0.0.0.0', '::', '[::]']);

/**
 * Host names requests may carry besides loopback ones: ACTOR_GRAPH_ALLOWED_HOSTS, plus HOST itself
 * when it names one interface (HOST=192.168.1.5 answers to http://192.168.1.5:3000/). A wildcard
 * HOST (0.0.0.0, ::) names no host, so the names clients use must be listed.
 */
export function allowedHostNames(config: Pick<Config, 'HOST' | 'ACTOR_GRAPH_ALLOWED_HOSTS'>): string[] {
  const host = config.HOST.toLowerCase();
  if (WILDCARD.has(host) || isLoopback(host)) return config.ACTOR_GRAPH_ALLOWED_HOSTS;
  return [...config.ACTOR_GRAPH_ALLOWED_HOSTS, host.includes(':') ? `[${host}]` : host];
}

/** Only where the data and the store are: what the CLI needs, without the server's network checks. */
export function loadStoreConfig(env: NodeJS.ProcessEnv = process.env): Pick<Config, 'ACTOR_GRAPH_DATA' | 'ACTOR_GRAPH_DB'> {
  const res = envSchema.pick({ ACTOR_GRAPH_DATA: true, ACTOR_GRAPH_DB: true }).safeParse(env);
  if (!res.success) throw new ConfigError(`invalid environment variable ${String(res.error.issues[0].path[0])}: ${res.error.issues[0].message}`);
  return res.data;
}

/** Limits for fetching pages by address (CLI and server). */
export function loadFetchLimits(env: NodeJS.ProcessEnv = process.env): FetchLimits {
  const res = envSchema.pick({ ACTOR_GRAPH_FETCH_ALLOW_PRIVATE: true }).safeParse(env);
  if (!res.success) throw new ConfigError(`invalid environment variable ${String(res.error.issues[0].path[0])}: ${res.error.issues[0].message}`);
  return { ...DEFAULT_FETCH_LIMITS, allowPrivate: res.data.ACTOR_GRAPH_FETCH_ALLOW_PRIVATE };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const res = envSchema.safeParse(env);
  if (!res.success) {
    const issue = res.error.issues[0];
    throw new ConfigError(`invalid environment variable ${String(issue.path[0])}: ${issue.message}`);
  }
  const config = res.data;
  if (!isLoopback(config.HOST) && !config.ACTOR_GRAPH_TOKEN) {
    throw new ConfigError(
      `HOST=${config.HOST} would expose the write endpoints to the network without a token: set ACTOR_GRAPH_TOKEN (16+ characters) or listen on 127.0.0.1`,
    );
  }
  return config;
}
