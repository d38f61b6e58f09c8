/** Fetching pages by address, only against a local server this test starts: limits, SSRF refusal, Readability. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pageInput } from '../../server/ingest/web/page-input';
import { fetchPage, isPublicAddress, type FetchLimits } from '../../server/ingest/web/safe-fetch';
import { articlePage, STORY } from '../helpers/article-pages';


let server: http.Server;
let base: string;
const limits: FetchLimits = { timeoutMs: 1500, maxBytes: 200_000, maxRedirects: 2, allowPrivate: true };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/story') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(articlePage(STORY, { 'og:site_name': 'Strelsau Courier', 'article:published_time': '2026-05-04T07:00:00Z', 'og:title': 'Talks resume' }));
    }
    if (url === '/bare') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end(articlePage(STORY));
    }
    if (url === '/paywall') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end(articlePage(['Subscribe to read the rest of this story.'], { 'og:site_name': 'X', 'article:published_time': '2026-05-04' }));
    }
    if (url === '/json') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end('{"a":1}');
    }
    if (url === '/slow') return void setTimeout(() => res.end('late'), 5000).unref();
    if (url === '/huge') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      const chunk = `<p>${'x'.repeat(10_000)}</p>`;
      let sent = 0;
      const push = (): void => {
        while (sent < 100 && res.write(chunk)) sent++;
        if (sent < 100) res.once('drain', push);
        else res.end();
      };
      return push();
    }
    if (url.startsWith('/hop/')) {
      const n = Number(url.slice(5));
      res.writeHead(302, { Location: n > 0 ? `/hop/${n - 1}` : '/story' });
      return res.end();
    }
    if (url === '/malformed') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end(`<html><body><div><p>${STORY.join('<p>')}<div><span></body>`);
    }
    res.writeHead(404, { 'Content-Type': 'text/html' });
    res.end('<h1>Not found</h1>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => {
  server.closeAllConnections();
  server.close(() => r());
}));

test('the main text, without navigation, header or footer, and the page metadata', async () => {
  const input = await pageInput(`${base}/story`, {}, limits);
  expect(input).toMatchObject({ outlet: 'Strelsau Courier', date: '2026-05-04', title: 'Talks resume', url: `${base}/story` });
  expect(input.text).toContain('mediated by the Kingdom of Grand Fenwick');
  expect(input.text).not.toMatch(/Subscribe|Copyright|Sport/);
});

test('given values win; what neither page nor caller says is an error naming it', async () => {
  await expect(pageInput(`${base}/bare`, {}, limits)).rejects.toThrow(/^outlet, date: the page at .* does not say/);
  await expect(pageInput(`${base}/bare`, { outlet: 'Given', date: '2026-01-02' }, limits)).resolves.toMatchObject({ outlet: 'Given', date: '2026-01-02' });
});

test('a malformed page is still read', async () => {
  expect((await pageInput(`${base}/malformed`, { outlet: 'X', date: '2026-01-02' }, limits)).text).toContain('joint monitoring commission');
});

test.each([
  ['/missing', /was not found \(HTTP 404\)/, 'page_not_found'],
  ['/paywall', /characters of article text .*paywall/, 'page_too_short'],
  ['/json', /is not an HTML page \(Content-Type: application\/json\)/, 'not_html'],
  ['/slow', /did not answer within 1.5 s/, 'page_timeout'],
  ['/huge', /larger than 200000 bytes/, 'page_too_large'],
  ['/hop/5', /more than 2 redirects/, 'too_many_redirects'],
])('%s is refused with a clear error', async (p, message, code) => {
  await expect(pageInput(`${base}${p}`, { outlet: 'X', date: '2026-01-02' }, limits)).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
});

test('redirects within the limit are followed; the final address is kept', async () => {
  expect((await fetchPage(`${base}/hop/1`, limits)).url).toBe(`${base}/story`);
});

test('without ACTOR_GRAPH_FETCH_ALLOW_PRIVATE, loopback and private addresses are refused, by literal and by name (the same check runs at every redirect hop)', async () => {
  const strict = { ...limits, allowPrivate: false };
  await expect(fetchPage(`${base}/story`, strict)).rejects.toMatchObject({ code: 'url_not_allowed' });
  await expect(fetchPage(`${base.replace('127.0.0.1', 'localhost')}/story`, strict)).rejects.toMatchObject({ code: 'url_not_allowed' });
  await expect(fetchPage('http://[::ffff:10.0.0.1]/', strict)).rejects.toMatchObject({ code: 'url_not_allowed' });
  await expect(fetchPage('file:///etc/passwd', strict)).rejects.toMatchObject({ code: 'url_not_allowed' });
  for (const a of ['10.1.2.3', '192.168.0.1', '169.254.169.254', '::1', 'fe80::1', 'fc00::1', '0.0.0.0', '100.64.0.1']) expect(isPublicAddress(a)).toBe(false);
  for (const a of ['93.184.216.34', '2606:4700::1111']) expect(isPublicAddress(a)).toBe(true);
});
