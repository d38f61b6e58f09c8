/**
 * A request cancelled while its answer's body is still arriving is a cancellation for the page
 * (which ignores those), not "a response that is not JSON" (which the panel would show as an error,
 * re-opening a panel the user had just closed).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { call, isAbort } from '../../client/api';

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    // The head now, the body never: the page cancels while waiting for it.
    res.write('{"id": "ruritania", ');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const realFetch = globalThis.fetch;
  jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => realFetch(`${base}${String(input)}`, init));
});
afterAll(async () => {
  jest.restoreAllMocks();
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

test('cancelled after the head arrived: the call rejects as an abort', async () => {
  const controller = new AbortController();
  const pending = call('actor', { id: 'ruritania' }, controller.signal);
  await new Promise((r) => setTimeout(r, 200));
  controller.abort();
  const error = await pending.then(
    () => new Error('resolved'),
    (e: unknown) => e,
  );
  expect(isAbort(error)).toBe(true);
});
