/** The request thread's collection once the server is quiet (api/collect-when-idle.ts). */
import http from 'node:http';
import { collectWhenIdle, requestThreadGc } from '../../server/api/collect-when-idle';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

test('collects once after requests stop for the idle time, not while they come, and again only after more requests', async () => {
  const server = http.createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let collections = 0;
  const stop = collectWhenIdle(server, 300, () => void collections++);
  try {
    const addr = server.address();
    if (!addr || typeof addr === 'string') throw new Error('no port');
    const read = (): Promise<string> => fetch(`http://127.0.0.1:${addr.port}/`).then((r) => r.text());
    await sleep(700);
    expect(collections).toBe(0); // nothing served yet: nothing to give back
    for (let i = 0; i < 8; i++) {
      await read();
      await sleep(100);
    }
    expect(collections).toBe(0); // requests kept coming
    await sleep(900);
    expect(collections).toBe(1);
    await sleep(900);
    expect(collections).toBe(1); // once per quiet spell
    await read();
    await sleep(1200);
    expect(collections).toBe(2);
  } finally {
    stop();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

test("the request thread's gc is a function that collects", () => {
  const gc = requestThreadGc();
  expect(typeof gc).toBe('function');
  expect(() => gc()).not.toThrow();
});
