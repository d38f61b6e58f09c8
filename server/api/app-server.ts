/**
 * The HTTP server that runs the Express app, with each request and response made with the app's
 * own prototypes (`app.request`, `app.response`) from the start.
 *
 * Why: `app.listen` makes them as node's plain IncomingMessage and ServerResponse, and Express then
 * gives every one its own prototype (`Object.setPrototypeOf(req, app.request)`, the same for
 * `res`). After that change of prototype V8's young-generation collections kept each request's
 * objects (express's router closures, the response's headers and listeners) until they were moved
 * to the old space, where only a full mark-compact frees them: 10.7–11.8 KB per read over 15 s of
 * the living-ingest case's reads without ingests (`--trace-gc-nvp`, promoted bytes), 4.5–4.8 KB
 * with this server. A ten-line Express app showed it too: 9.8 KB promoted per health read, 0.2 KB
 * once made with the app's prototypes (node's http alone: 45 bytes). Made with the right
 * prototype, Express's setPrototypeOf finds it already there and changes nothing.
 */
import http from 'node:http';
import type { Express } from 'express';

/** A constructor that makes `base`'s objects with `prototype` as theirs (not `base.prototype`). */
function withPrototype<C extends abstract new (...args: never[]) => object>(base: C, prototype: object): C {
  function Made(...args: ConstructorParameters<C>): object {
    // Reflect.construct runs base's constructor on an object whose prototype is Made.prototype.
    return Reflect.construct(base, args, Made) as object;
  }
  Made.prototype = prototype;
  return Made as unknown as C;
}

/** An HTTP server for `app` (listen on it as on `app.listen`'s). */
export function createAppServer(app: Express): http.Server {
  return http.createServer(
    {
      IncomingMessage: withPrototype<typeof http.IncomingMessage>(http.IncomingMessage, app.request),
      ServerResponse: withPrototype<typeof http.ServerResponse>(http.ServerResponse, app.response),
    },
    app,
  );
}
