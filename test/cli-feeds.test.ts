/** `actor-graph feeds add|list|poll` against RSS and Atom feeds served by a local server: each new item ingested once, state kept. */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { articlePage, STORY } from './helpers/article-pages';
import { runCli } from './helpers/run-cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-cli-feeds-'));
const env = { ACTOR_GRAPH_DB: path.join(dir, 'store.sqlite'), ACTOR_GRAPH_FETCH_ALLOW_PRIVATE: '1' };
let server: http.Server;
let base: string;
/** Items the RSS feed lists; a test adds one between polls. */
const rssItems = ['one', 'two', 'missing'];

const page = (n: string): string => articlePage([...STORY, `This is report ${n} of the series, filed by the desk on duty that day.`], { 'og:site_name': 'Strelsau Courier' });

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/rss.xml') {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      return res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Courier World</title>${rssItems
        .map((n, i) => `<item><title>Report ${n}</title><link>${base}/story/${n}</link><guid>rss-${n}</guid><pubDate>Mon, 0${i + 4} May 2026 07:00:00 GMT</pubDate></item>`)
        .join('')}</channel></rss>`);
    }
    if (url === '/atom.xml') {
      res.writeHead(200, { 'Content-Type': 'application/atom+xml' });
      return res.end(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><entry><id>urn:a1</id><title>Atom report</title><link href="${base}/story/atom"/><published>2026-05-09T10:00:00Z</published></entry></feed>`);
    }
    const m = /^\/story\/(one|two|three|atom)$/.exec(url);
    if (m) {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end(page(m[1]));
    }
    if (url === '/page.html') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end(page('x'));
    }
    res.writeHead(404);
    return void res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

test('add, poll, poll again, list', async () => {
  expect((await runCli(['feeds', 'add', `${base}/rss.xml`], undefined, env)).stdout).toMatch(/following .*rss\.xml \(Courier World\): 3 items now/);
  expect((await runCli(['feeds', 'add', `${base}/atom.xml`], undefined, env)).code).toBe(0);
  expect((await runCli(['feeds', 'add', `${base}/rss.xml`], undefined, env)).stdout).toMatch(/already following/);
  const notFeed = await runCli(['feeds', 'add', `${base}/page.html`], undefined, env);
  expect(notFeed.code).not.toBe(0);
  expect(notFeed.stderr).toMatch(/is not an RSS or Atom feed \(Content-Type: text\/html\)/);

  const first = await runCli(['feeds', 'poll', '--json'], undefined, env);
  expect(first.code).toBe(0);
  const feeds = JSON.parse(first.stdout).feeds;
  expect(feeds[0]).toMatchObject({ title: 'Courier World', items: 3, added: 2, failed: 1 });
  expect(feeds[1]).toMatchObject({ title: 'Atom Desk', items: 1, added: 1, failed: 0 });
  expect(first.stderr).toMatch(/story\/missing: url: .* was not found \(HTTP 404\)/);

  const dump = JSON.parse((await runCli(['dump'], undefined, env)).stdout) as { documents: { outlet: string; date: string; title: string; url?: string }[] };
  expect(dump.documents.find((d) => d.url === `${base}/story/one`)).toMatchObject({ outlet: 'Strelsau Courier', date: '2026-05-04', title: 'Report one' });
  expect(dump.documents.find((d) => d.url === `${base}/story/atom`)).toMatchObject({ date: '2026-05-09' });

  // A new item appears; the others are not fetched again (the failed one is retried, up to 3 attempts).
  rssItems.push('three');
  const second = JSON.parse((await runCli(['feeds', 'poll', '--json'], undefined, env)).stdout).feeds;
  expect(second[0]).toMatchObject({ items: 4, added: 1, duplicates: 0, failed: 1 });
  expect(second[1]).toMatchObject({ added: 0, duplicates: 0, failed: 0 });
  await runCli(['feeds', 'poll', '--json'], undefined, env);
  const fourth = JSON.parse((await runCli(['feeds', 'poll', '--json'], undefined, env)).stdout).feeds;
  expect(fourth[0]).toMatchObject({ added: 0, failed: 0 });

  const list = JSON.parse((await runCli(['feeds', 'list', '--json'], undefined, env)).stdout).feeds;
  expect(list[0]).toMatchObject({ url: `${base}/rss.xml`, title: 'Courier World', polls: 4, itemsAdded: 3, itemsFailed: 1 });
  expect(list[0].lastPolledAt).toMatch(/^\d{4}-/);
  const table = (await runCli(['feeds', 'list'], undefined, env)).stdout;
  expect(table).toMatch(/feed\s+title\s+last poll/);
  expect(table).toContain('Atom Desk');
}, 120_000);

test('without ACTOR_GRAPH_FETCH_ALLOW_PRIVATE a local feed is refused, naming the address', async () => {
  const r = await runCli(['feeds', 'add', `${base}/rss.xml`], undefined, { ACTOR_GRAPH_DB: env.ACTOR_GRAPH_DB, ACTOR_GRAPH_FETCH_ALLOW_PRIVATE: '0' });
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/resolves to 127\.0\.0\.1, a private, loopback or reserved address; refused/);
});
