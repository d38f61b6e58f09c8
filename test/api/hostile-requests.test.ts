/**
 * Hostile input over real HTTP (issue #11): DNS rebinding (Host), non-web document addresses,
 * token guessing, malformed escapes, and a flood of queued writes.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { TIMEOUTS, applyConnectionLimits } from '../../server/api/connection-limits';
import { createApp } from '../../server/app';
import type { AppDeps } from '../../server/app';
import { loadDataset } from '../../server/data/load-dataset';
import { DEFAULT_DATA_DIR } from '../../server/data/paths';
import { Ingestor } from '../../server/ingest/ingestor';
import type { IngestorOptions } from '../../server/ingest/ingestor';
import type { Extractor } from '../../server/ingest/plan';
import { Explorer } from '../../server/query/explorer';
import { openStore } from '../../server/store/open-store';
import { listen } from '../helpers/http-server';
import type { Running } from '../helpers/http-server';

/** Extraction is not under test here: it finds nothing. */
const noExtraction: Extractor = async (_text, _gazetteer, opts) => ({ documentId: opts.documentId, relations: [], provisionalActors: [], referenceActors: [], mentions: [], sentences: [] });

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  json: { error?: { code: string; message: string } } & Record<string, unknown>;
}

/** A request with any Host header (fetch would not let a test set it). */
function request(base: string, method: string, pathname: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method, path: pathname, headers, setHost: !('Host' in headers) }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, json: JSON.parse(text) as Answer['json'] }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const article = (i: number, extra: Record<string, unknown> = {}): string => JSON.stringify({ text: `Note number ${i}.`, outlet: 'X', date: '2026-02-07', ...extra });
const jsonHeaders = { 'Content-Type': 'application/json' };

const open: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const o of open) await o.close();
});

/** A server on a fresh store seeded with the curated data. */
async function start(deps: Partial<AppDeps> = {}, extract: Extractor = noExtraction, options: IngestorOptions = {}): Promise<Running & { explorer: Explorer }> {
  const { store, dataset } = openStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-hostile-')), 's.sqlite'), DEFAULT_DATA_DIR);
  const explorer = new Explorer(dataset);
  const ingestor = new Ingestor(store, explorer, extract, options);
  const running = await listen(createApp({ explorer, ingestor, logError: () => undefined, ...deps }));
  open.push({ close: async () => (await running.close(), store.close()) });
  return { ...running, explorer };
}

describe('Host header (DNS rebinding)', () => {
  let srv: Running & { explorer: Explorer };
  beforeAll(async () => {
    srv = await start({ allowedHosts: ['graph.example.org'] });
  });

  test.each(['127.0.0.1:3000', 'localhost', 'localhost:8080', 'LOCALHOST.', '127.3.4.5:1', '[::1]:3000', '[::1]', 'graph.example.org', 'graph.example.org:443'])(
    'Host %s is answered',
    async (host) => {
      expect((await request(srv.base, 'GET', '/api/health', { Host: host })).status).toBe(200);
    },
  );

  test.each(['evil.example', 'evil.example:3000', '127.0.0.1.evil.example', 'localhost.evil.example', '192.168.1.2:3000', 'graph.example.org.evil.example', '[::2]:3000', 'a b'])(
    'Host %s is refused with 421 naming the header',
    async (host) => {
      const res = await request(srv.base, 'GET', '/api/documents', { Host: host });
      expect(res.status).toBe(421);
      expect(res.json.error?.code).toBe('host_not_allowed');
      expect(res.json.error?.message).toMatch(/^Host: .* ACTOR_GRAPH_ALLOWED_HOSTS/);
    },
  );

  test('a rebound page can neither write nor read the documents', async () => {
    const before = srv.explorer.getDataset().documents.length;
    const write = await request(srv.base, 'POST', '/api/documents', { Host: 'rebind.evil.example:3000', ...jsonHeaders }, article(1));
    expect(write.status).toBe(421);
    expect(srv.explorer.getDataset().documents.length).toBe(before);
    const read = await request(srv.base, 'GET', `/api/documents/${srv.explorer.getDataset().documents[0].id}`, { Host: 'rebind.evil.example:3000' });
    expect(read.status).toBe(421);
    expect(JSON.stringify(read.json)).not.toMatch(/"text"/);
  });
});

describe('document addresses', () => {
  test.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'ftp://example.org/a', 'vbscript:msgbox'])(
    'url %s is refused with 400 naming url, nothing stored',
    async (url) => {
      const srv = await start();
      const before = srv.explorer.getDataset().documents.length;
      const res = await request(srv.base, 'POST', '/api/documents', jsonHeaders, article(1, { url }));
      expect(res.status).toBe(400);
      expect(res.json.error?.message).toMatch(/^url: /);
      expect(srv.explorer.getDataset().documents.length).toBe(before);
    },
  );

  test('an http(s) url is kept', async () => {
    const srv = await start();
    const res = await request(srv.base, 'POST', '/api/documents', jsonHeaders, article(2, { url: 'https://example.org/a?b=1' }));
    expect(res.status).toBe(201);
    expect((res.json.document as { url: string }).url).toBe('https://example.org/a?b=1');
  });

  test('a non-web address already in a store is never served back', async () => {
    const dataset = loadDataset(DEFAULT_DATA_DIR);
    const [bad, good] = dataset.documents;
    bad.url = 'javascript:alert(document.cookie)';
    good.url = 'https://example.org/story';
    const explorer = new Explorer(dataset);
    const srv = await listen(createApp({ explorer, logError: () => undefined }));
    open.push(srv);
    const list = (await request(srv.base, 'GET', '/api/documents')).json.documents as { id: string; url?: string }[];
    expect(list.find((d) => d.id === bad.id)).not.toHaveProperty('url');
    expect(list.find((d) => d.id === good.id)?.url).toBe('https://example.org/story');
    const one = await request(srv.base, 'GET', `/api/documents/${bad.id}`);
    expect(one.status).toBe(200);
    expect(one.json).not.toHaveProperty('url');
    expect(one.json.text).toBe(bad.text);
  });
});

describe('wrong tokens', () => {
  const token = 'a-long-enough-secret-token';

  test('are rate limited per address with a JSON 429 and Retry-After; right tokens do not count', async () => {
    const srv = await start({ token, wrongTokenRatePerMinute: 3, writeRatePerMinute: 1000 });
    const post = (bearer: string, i: number): Promise<Answer> =>
      request(srv.base, 'POST', '/api/documents', { ...jsonHeaders, Authorization: `Bearer ${bearer}` }, article(i));
    for (let i = 0; i < 5; i++) expect((await post(token, i)).status).toBe(201);
    const wrong: number[] = [];
    for (let i = 0; i < 3; i++) wrong.push((await post(`guess-${i}`, 100 + i)).status);
    expect(wrong).toEqual([401, 401, 401]);
    const limited = await post('guess-4', 200);
    expect(limited.status).toBe(429);
    expect(limited.json.error?.code).toBe('rate_limited');
    expect(limited.json.error?.message).toMatch(/wrong-token/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // The address is locked out for the window, right token or not: guessing cannot go on.
    expect((await post(token, 201)).status).toBe(429);
  });
});

describe('malformed percent-encoding', () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await start();
  });

  test.each(['/api/documents/%ff', '/api/actors/%E0%A4%A', '/api/documents/%', '/%ff', '/assets/%c0%af.js', '/api/no-such-route/%ff'])('%s is a 400, not a 500', async (p) => {
    const res = await request(srv.base, 'GET', p);
    expect(res.status).toBe(400);
    expect(res.json.error).toEqual({ code: 'bad_request', message: 'path: malformed percent-encoding' });
  });

  test('a malformed escape in the query is a value, not a crash', async () => {
    const res = await request(srv.base, 'GET', '/api/graph?types=%ff');
    expect(res.status).toBe(400);
    expect(res.json.error?.message).toMatch(/^types: /);
  });
});

describe('write queue', () => {
  test('is bounded: past the limit a write gets 503 JSON with Retry-After and nothing is stored; answers say where the time went', async () => {
    // Extraction that finishes only when the test says so: the first ingest holds the queue.
    const gates: (() => void)[] = [];
    const gated: Extractor = (text, gazetteer, opts) => new Promise((resolve) => gates.push(() => resolve(noExtraction(text, gazetteer, opts))));
    const srv = await start({ writeRatePerMinute: 1000 }, gated, { maxWaiting: 1 });
    const before = srv.explorer.getDataset().documents.length;
    const post = (i: number): Promise<Answer> => request(srv.base, 'POST', '/api/documents', jsonHeaders, article(i));
    const first = post(1);
    const second = post(2);
    while (gates.length < 1) await new Promise((r) => setTimeout(r, 10));
    const third = await post(3);
    expect(third.status).toBe(503);
    expect(third.json.error?.code).toBe('busy');
    expect(third.json.error?.message).toMatch(/^write queue: /);
    expect(Number(third.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 150));
    gates[0]();
    while (gates.length < 2) await new Promise((r) => setTimeout(r, 10));
    gates[1]();
    const [a, b] = await Promise.all([first, second]);
    expect([a.status, b.status]).toEqual([201, 201]);
    const timing = b.json.timing as { queuedMs: number; extractMs: number; storeMs: number; totalMs: number };
    expect(timing.queuedMs).toBeGreaterThanOrEqual(100);
    expect(timing.totalMs).toBeGreaterThanOrEqual(timing.queuedMs + timing.extractMs + timing.storeMs - 2);
    expect((a.json.timing as { extractMs: number }).extractMs).toBeGreaterThanOrEqual(100);
    expect(srv.explorer.getDataset().documents.length).toBe(before + 2);
    // Once the queue has room again, writes are taken.
    const fourth = post(4);
    while (gates.length < 3) await new Promise((r) => setTimeout(r, 10));
    gates[2]();
    expect((await fourth).status).toBe(201);
  });
});

describe('connections', () => {
  const connect = (port: number): Promise<net.Socket> =>
    new Promise((resolve, reject) => {
      const s = net.connect(port, '127.0.0.1', () => resolve(s));
      s.on('error', reject);
    });
  const until = async (what: () => Promise<boolean>, ms: number): Promise<boolean> => {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 20))) if (await what()) return true;
    return false;
  };

  test('are capped, and ones on which nothing moves are closed', async () => {
    // A 20 MB document: more than the kernel's socket buffers hold, so an answer to a client that
    // does not read stays unfinished.
    const dataset = loadDataset(DEFAULT_DATA_DIR);
    const doc = dataset.documents[0];
    doc.text += ' padding'.repeat(2_500_000);
    const srv = await listen(createApp({ explorer: new Explorer(dataset), logError: () => undefined }));
    open.push(srv);
    applyConnectionLimits(srv.server, { ...TIMEOUTS, maxConnections: 2, stalledTimeoutMs: 1000 });
    const port = Number(new URL(srv.base).port);
    const count = (): Promise<number> => new Promise((resolve) => srv.server.getConnections((_e, n) => resolve(n)));
    const sockets = await Promise.all([connect(port), connect(port)]);
    expect(await until(async () => (await count()) === 2, 1000)).toBe(true);
    // Over the cap: closed without an answer.
    const third = await connect(port);
    let said = '';
    third.on('data', (d: Buffer) => (said += d.toString()));
    third.on('error', () => undefined); // the server may reset it while the request is being sent
    third.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    await new Promise((resolve) => third.on('close', resolve));
    expect(said).toBe('');
    // One asks for the document and never reads; the other never sends anything.
    sockets[0].write(`GET /api/documents/${doc.id} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    sockets[0].pause();
    // Both stalled connections are closed by the server, and it answers again.
    expect(await until(async () => (await count()) === 0, 5000)).toBe(true);
    sockets.forEach((s) => s.destroy());
    expect((await request(srv.base, 'GET', '/api/health')).status).toBe(200);
  });
});

describe('shared graph answers', () => {
  test('are the graph of the current dataset: a write makes the next answer new', async () => {
    const srv = await start({ writeRatePerMinute: 1000 });
    const graph = async (q = ''): Promise<{ version: number; graph: { nodes: unknown[] } }> =>
      (await request(srv.base, 'GET', `/api/graph${q}`)).json as unknown as { version: number; graph: { nodes: unknown[] } };
    const [a, b] = await Promise.all([graph(), graph()]);
    expect(b).toEqual(a);
    expect(a.graph.nodes).toHaveLength(srv.explorer.graph().order);
    expect((await graph('?limit=none')).version).toBe(a.version);
    expect((await request(srv.base, 'POST', '/api/documents', jsonHeaders, article(1))).status).toBe(201);
    expect((await graph()).version).toBe(a.version + 1);
    expect((await graph('?limit=none')).version).toBe(a.version + 1);
  });
});
