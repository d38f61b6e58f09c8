/**
 * Limits on the HTTP server itself, against clients that hold connections open: a cap on open
 * connections, and timeouts for sending headers, sending the whole request, idling between
 * keep-alive requests, and making no progress at all (a reader that stopped reading).
 */
import type { Server } from 'node:http';

export interface ConnectionLimits {
  /** Open connections at most; the next ones are closed at once until some end. */
  maxConnections: number;
  /** A client has this long to send its request headers... */
  headersTimeoutMs: number;
  /** ...and this long for the whole request, body included. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this long. */
  keepAliveTimeoutMs: number;
  /** A connection on which nothing moves either way for this long is closed: a client that stopped reading frees the server's buffers. */
  stalledTimeoutMs: number;
}

/** maxConnections comes from ACTOR_GRAPH_MAX_CONNECTIONS; the stall limit is longer than the event stream's 25 s heartbeat, the request limit lets an 8 MB body through a slow link. */
export const TIMEOUTS: Omit<ConnectionLimits, 'maxConnections'> = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  stalledTimeoutMs: 60_000,
};

export function applyConnectionLimits(server: Server, limits: ConnectionLimits): void {
  server.maxConnections = limits.maxConnections;
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.setTimeout(limits.stalledTimeoutMs, (socket) => socket.destroy());
}
