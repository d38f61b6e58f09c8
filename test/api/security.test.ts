/** HTTP hardening over real HTTP: headers and CSP, CORS, query length, write rate limit, clean 500s, logging. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { Writable } from 'node:stream';
import { createApp } from '../../server/app';
import { DEFAULT_DATA_DIR } from '../../server/data/paths';
import { Ingestor } from '../../server/ingest/ingestor';
import type { Extractor } from '../../server/ingest/plan';
import { Explorer } from '../../server/query/explorer';
import { openStore } from '../../server/store/open-store';
import { listen } from '../helpers/http-server';
import type { Running } from '../helpers/http-server';

/** Extraction is not under test here: it finds nothing. */
const noExtraction: Extractor = async (_text, _gazetteer, opts) => ({ documentId: opts.documentId, relations: [], provisionalActors: [], referenceActors: [], mentions: [], sentences: [] });

const logLines: string[] = [];
const sink = new Writable({ write: (chunk, _enc, cb) => (logLines.push(String(chunk)), cb()) });

let srv: Running;
let closeStore: () => void;
let explorer: Explorer;
beforeAll(async () => {
  const { store, dataset } = openStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-sec-')), 's.sqlite'), DEFAULT_DATA_DIR);
  closeStore = () => store.close();
  explorer = new Explorer(dataset);
  const ingestor = new Ingestor(store, explorer, noExtraction);
  srv = await listen(
    createApp({ explorer, ingestor, logger: pino({ level: 'info' }, sink), corsOrigins: ['http://allowed.example:8080'], writeRatePerMinute: 3, logError: () => undefined }),
  );
});
afterAll(async () => {
  await srv.close();
  closeStore();
});

test('security headers and a strict CSP without inline script', async () => {
  const res = await fetch(`${srv.base}/api/health`);
  const csp = res.headers.get('content-security-policy')!;
  expect(csp).toMatch(/default-src 'self'/);
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(res.headers.get('x-powered-by')).toBeNull();
  expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});

test('CORS is closed by default and open only to listed origins', async () => {
  const other = await fetch(`${srv.base}/api/health`, { headers: { Origin: 'http://evil.example' } });
  expect(other.headers.get('access-control-allow-origin')).toBeNull();
  const listed = await fetch(`${srv.base}/api/health`, { headers: { Origin: 'http://allowed.example:8080' } });
  expect(listed.headers.get('access-control-allow-origin')).toBe('http://allowed.example:8080');
  const preflight = await fetch(`${srv.base}/api/documents`, { method: 'OPTIONS', headers: { Origin: 'http://allowed.example:8080', 'Access-Control-Request-Method': 'POST' } });
  expect(preflight.status).toBe(204);
});

test('an over-long query string is refused with 414', async () => {
  const res = await fetch(`${srv.base}/api/graph?types=${'a'.repeat(5000)}`);
  expect(res.status).toBe(414);
  expect(((await res.json()) as any).error.code).toBe('uri_too_long');
});

test('writes are rate limited with a JSON 429', async () => {
  const post = (i: number) =>
    fetch(`${srv.base}/api/documents`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: `Note ${i}.`, outlet: 'X', date: '2026-02-07' }) });
  const statuses: number[] = [];
  for (let i = 0; i < 5; i++) statuses.push((await post(i)).status);
  expect(statuses.slice(0, 3)).toEqual([201, 201, 201]);
  const last = await post(9);
  expect(last.status).toBe(429);
  expect(((await last.json()) as any).error.code).toBe('rate_limited');
  // Reads are not limited.
  expect((await fetch(`${srv.base}/api/health`)).status).toBe(200);
});

test('an unexpected failure is a 500 without stack trace or file path', async () => {
  const original = explorer.centrality.bind(explorer);
  explorer.centrality = () => {
    throw new Error(`boom at ${__filename}`);
  };
  try {
    const res = await fetch(`${srv.base}/api/centrality`);
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: 'internal server error' } });
    expect(text).not.toMatch(/boom|\/|\.ts/);
  } finally {
    explorer.centrality = original;
  }
});

test('requests are logged as JSON with their id, never with the article text', async () => {
  await fetch(`${srv.base}/api/documents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'trace-me-123' },
    body: JSON.stringify({ text: 'A secret sentence nobody should log.', outlet: 'X', date: '2026-02-07' }),
  });
  const lines = logLines.map((l) => JSON.parse(l));
  const mine = lines.find((l) => l.reqId === 'trace-me-123');
  expect(mine).toMatchObject({ method: 'POST', path: '/api/documents', msg: 'request' });
  expect(logLines.join('')).not.toMatch(/secret sentence/);
});
