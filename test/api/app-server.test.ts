/** The app's HTTP server (api/app-server.ts): requests and responses made with the app's prototypes. */
import express from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAppServer } from '../../server/api/app-server';

test("each request and response has the app's own prototype before Express sees it, and Express answers as before", async () => {
  const app = express();
  app.get('/hello', (req, res) => {
    res.setHeader('X-Seen', req.get('x-asked') ?? '');
    res.status(201).json({ path: req.path, query: req.query, sameApp: req.app === app });
  });
  const server = createAppServer(app);
  // Looked at before the app's own listener: Express's Object.setPrototypeOf (what kept each
  // request's objects past a young-generation collection) then has nothing to change.
  const seen: boolean[] = [];
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    seen.push(Object.getPrototypeOf(req) === app.request, Object.getPrototypeOf(res) === app.response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const addr = server.address();
    if (!addr || typeof addr === 'string') throw new Error('no port');
    const res = await fetch(`http://127.0.0.1:${addr.port}/hello?x=1`, { headers: { 'X-Asked': 'yes' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-seen')).toBe('yes');
    expect(await res.json()).toEqual({ path: '/hello', query: { x: '1' }, sameApp: true });
    expect(seen).toEqual([true, true]);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
