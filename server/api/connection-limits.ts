/**
 * Limits on the HTTP server itself, against clients that hold connections open: a cap on open
 * connections, and timeouts for sending headers, sending the whole request, idling between
 * keep-alive requests, and making no progress at all (a reader that stopped reading).
 */
import type { Server } from 'node:http';

/** A client has this long to send its request headers. */
export const HEADERS_TIMEOUT_MS = 10_000;
/** ... and this long for the whole request, body included (an 8 MB body on a slow link fits). */
export const REQUEST_TIMEOUT_MS = 60_000;
/** An idle keep-alive connection is closed after this long. */
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;
/**
 * A connection on which nothing moves either way for this long is closed: a client that stopped
 * reading its answer frees the server's buffers. Longer than the event stream's 25 s heartbeat.
 */
export const STALLED_TIMEOUT_MS = 60_000;

export function applyConnectionLimits(server: Server, maxConnections: number): void {
  server.maxConnections = maxConnections;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.setTimeout(STALLED_TIMEOUT_MS, (socket) => socket.destroy());
}
