/** POST /api/documents/batch (JSON array, JSON Lines) and POST /api/documents by url, over real HTTP. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { articlePage, STORY } from '../helpers/article-pages';
import { startWriteServer, type WriteServer } from '../helpers/write-server';

const doc = (i: number): { text: string; outlet: string; date: string } => ({
  text: `Egypt and Israel negotiated a truce in Doha on day ${i}. Qatar hosted talks between Egypt and Israel (batch item ${i}).`,
  outlet: 'Batch Wire',
  date: '2026-02-10',
});

let srv: WriteServer;
let pages: http.Server;
let pageBase: string;
beforeAll(async () => {
  pages = http.createServer((req, res) => {
    res.writeHead(req.url === '/story' ? 200 : 404, { 'Content-Type': 'text/html' });
    res.end(req.url === '/story' ? articlePage(STORY, { 'og:site_name': 'Strelsau Courier', 'article:published_time': '2026-05-04' }) : 'no');
  });
  await new Promise<void>((r) => pages.listen(0, '127.0.0.1', r));
  pageBase = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  srv = await startWriteServer({ fetchLimits: { timeoutMs: 5000, maxBytes: 1_000_000, maxRedirects: 3, allowPrivate: true } });
});
afterAll(async () => {
  await srv.close();
  await new Promise<void>((r) => pages.close(() => r()));
});

const postBatch = async (body: string, contentType = 'application/json'): Promise<{ status: number; body: any }> => {
  const res = await fetch(`${srv.base}/api/documents/batch`, { method: 'POST', headers: { 'Content-Type': contentType }, body });
  return { status: res.status, body: await res.json() };
};

test('a JSON array: each document answered; a bad one is reported and the rest go in; the same batch again adds nothing', async () => {
  const before = srv.store.dump().documents.length;
  const body = JSON.stringify([doc(1), { ...doc(2), date: 'yesterday' }, doc(3)]);
  const r = await postBatch(body);
  expect(r.status).toBe(200);
  expect(r.body).toMatchObject({ total: 3, added: 2, duplicates: 0, failed: 1 });
  expect(r.body.results[1]).toMatchObject({ item: '1', status: 'failed', error: { code: 'invalid_argument', message: expect.stringMatching(/^\[1\]\.date: /) } });
  expect(srv.store.dump().documents.length).toBe(before + 2);
  const again = await postBatch(body);
  expect(again.body).toMatchObject({ added: 0, duplicates: 2, failed: 1 });
  expect(srv.store.dump().documents.length).toBe(before + 2);
});

test('JSON Lines; a line that is not JSON is that line\'s error; a url-only line is fetched', async () => {
  const lines = [JSON.stringify(doc(4)), '{not json', JSON.stringify({ url: `${pageBase}/story` })].join('\n');
  const r = await postBatch(lines, 'application/x-ndjson');
  expect(r.body).toMatchObject({ total: 3, added: 2, failed: 1 });
  expect(r.body.results[1].error.message).toMatch(/^line 2: is not valid JSON/);
  const id = r.body.results[2].document;
  const stored: any = await (await fetch(`${srv.base}/api/documents/${id}`)).json();
  expect(stored).toMatchObject({ outlet: 'Strelsau Courier', date: '2026-05-04', url: `${pageBase}/story` });
});

test('the whole batch is refused when it cannot be read or is too big', async () => {
  expect((await postBatch('[1,')).status).toBe(400);
  expect((await postBatch('[]')).body.error.message).toMatch(/^body: holds no documents/);
  expect((await postBatch(JSON.stringify(Array.from({ length: 101 }, (_, i) => doc(i))))).body.error.message).toMatch(/at most 100/);
  expect((await postBatch('x', 'text/plain')).status).toBe(415);
});

test('POST /api/documents with url and no text fetches the page; a page that is missing answers 422 naming url; a page stored before is recognised', async () => {
  const post = (b: unknown): Promise<Response> => fetch(`${srv.base}/api/documents`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(b) });
  const missing = await post({ url: `${pageBase}/gone` });
  expect(missing.status).toBe(422);
  expect(((await missing.json()) as any).error).toMatchObject({ code: 'page_not_found', message: expect.stringMatching(/^url: /) });
  const wrong = await post({ url: `${pageBase}/story`, format: 'html' });
  expect(((await wrong.json()) as any).error.message).toMatch(/^format: unknown field/);
  const dry = await fetch(`${srv.base}/api/documents?dryRun=true`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ url: `${pageBase}/story`, outlet: 'Given Outlet' }) });
  expect(dry.status).toBe(200);
  // The page's text was stored by the JSON Lines batch above: recognised, whatever outlet is given now.
  expect(((await dry.json()) as any)).toMatchObject({ duplicate: true, document: { outlet: 'Strelsau Courier', date: '2026-05-04' } });
});
