/**
 * Hostile parameters over real HTTP (branch polish18): a number with a space around it, a long
 * unknown route, a batch item of the wrong kind, and reserved names given as actor ids are each
 * refused in JSON naming what the client sent, in a bounded message, and never crash.
 */
import { startWriteServer } from '../helpers/write-server';
import type { WriteServer } from '../helpers/write-server';

type Json = any; // answers are checked field by field

async function call(srv: WriteServer, method: string, path: string, body?: string, contentType = 'application/json'): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${srv.base}${path}`, { method, headers: { 'Content-Type': contentType }, ...(body !== undefined ? { body } : {}) });
  return { status: res.status, body: await res.json() };
}

let srv: WriteServer;
beforeAll(async () => {
  srv = await startWriteServer();
});
afterAll(() => srv.close());

test.each([
  ['/api/graph?limit=%201', 'limit', 'must be a whole number or "none", got " 1"'],
  ['/api/graph?limit=1%20', 'limit', 'must be a whole number or "none", got "1 "'],
  ['/api/graph?limit=%20none', 'limit', 'must be a whole number or "none", got " none"'],
  ['/api/graph?minEvidence=%092', 'minEvidence', 'must be a whole number, got "\\t2"'],
  ['/api/centrality?top=0x10', 'top', 'must be a whole number, got "0x10"'],
  ['/api/centrality?metric=pagerank&alpha=%200.5', 'alpha', 'must be a number, got " 0.5"'],
  ['/api/centrality?metric=pagerank&alpha=Infinity', 'alpha', 'must be a number, got "Infinity"'],
  ['/api/review?limit=5%20', 'limit', 'must be a whole number, got "5 "'],
])('%s is refused naming %s', async (path, name, detail) => {
  const r = await call(srv, 'GET', path);
  expect(r.status).toBe(400);
  expect(r.body.error).toEqual({ code: 'invalid_argument', message: `${name}: ${detail}` });
});

test('numbers written exactly, and the word "none", are still read', async () => {
  expect((await call(srv, 'GET', '/api/graph?limit=1')).status).toBe(200);
  expect((await call(srv, 'GET', '/api/graph?limit=none')).status).toBe(200);
  expect((await call(srv, 'GET', '/api/centrality?metric=pagerank&alpha=.5&tol=1e-6')).status).toBe(200);
});

test('an unknown route is named, but a long path is not echoed whole', async () => {
  const long = `/api/${'x'.repeat(8000)}`;
  const r = await call(srv, 'GET', long);
  expect(r.status).toBe(404);
  expect(r.body.error.code).toBe('not_found');
  expect(r.body.error.message).toBe(`no route for GET ${long.slice(0, 200)}…`);
  const short = await call(srv, 'GET', '/api/nowhere');
  expect(short.body.error.message).toBe('no route for GET /api/nowhere');
});

const doc = (i: number): Record<string, unknown> => ({ text: `Chad met Niger in Niamey on day ${i}.`, outlet: 'Hostile Wire', date: '2026-03-01' });

test('a batch item of the wrong kind is named by its place in the array', async () => {
  const r = await call(srv, 'POST', '/api/documents/batch?dryRun=true', JSON.stringify([doc(1), doc(2), 5, { ...doc(4), title: 7 }]));
  expect(r.status).toBe(200);
  expect(r.body.results[2].error.message).toMatch(/^\[2\]: /);
  expect(r.body.results[3].error.message).toMatch(/^\[3\]\.title: /);
});

test('a JSON Lines item is named by its line, counting blank lines', async () => {
  const lines = [JSON.stringify(doc(1)), '', JSON.stringify({ ...doc(3), outlet: 5 }), '{not json'].join('\n');
  const r = await call(srv, 'POST', '/api/documents/batch?dryRun=true', lines, 'application/x-ndjson');
  expect(r.status).toBe(200);
  expect(r.body.results[1].error.message).toMatch(/^line 3: outlet: /);
  expect(r.body.results[2].error.message).toBe('line 4: is not valid JSON');
});

describe.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])('the reserved name %s as an actor id', (name) => {
  const quoted = `"${name}"`;
  test('/api/actors/:id answers 404 quoting it', async () => {
    const r = await call(srv, 'GET', `/api/actors/${name}`);
    expect(r.status).toBe(404);
    expect(r.body.error.message).toBe(`id: unknown actor ${quoted}`);
  });
  test('path from= and to= answer 404 quoting it', async () => {
    const from = await call(srv, 'GET', `/api/path?from=${name}&to=iran`);
    expect(from.status).toBe(404);
    expect(from.body.error.message).toBe(`from: unknown actor ${quoted}`);
    const to = await call(srv, 'GET', `/api/path?from=iran&to=${name}`);
    expect(to.status).toBe(404);
    expect(to.body.error.message).toBe(`to: unknown actor ${quoted}`);
  });
  test.each(['/api/graph', '/api/centrality', '/api/communities', '/api/edge-betweenness', '/api/export'])('%s?actor= answers 404 quoting it', async (route) => {
    const r = await call(srv, 'GET', `${route}?actor=${name}`);
    expect(r.status).toBe(404);
    expect(r.body.error.message).toBe(`actor: unknown actor ${quoted}`);
  });
});
