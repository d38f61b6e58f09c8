/**
 * Text fields over real HTTP (branch review18): what a request gives is stored as it is read back.
 * A NUL in an article, half of a UTF-16 pair in a curated name, controls in an outlet or a name, a
 * title cut inside an emoji, and a field of another kind beside a url are each refused naming the
 * field, or put in the one normal form of names, never stored in a form a restart reads otherwise.
 */
import { startWriteServer } from '../helpers/write-server';
import type { WriteServer } from '../helpers/write-server';
import { hasLoneSurrogate } from '../../server/domain/names';

type Json = any; // answers are checked field by field

async function call(srv: WriteServer, method: string, path: string, body?: string): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${srv.base}/api${path}`, { method, headers: { 'Content-Type': 'application/json' }, ...(body !== undefined ? { body } : {}) });
  return { status: res.status, body: await res.json() };
}

const documentCount = async (srv: WriteServer): Promise<number> => (await call(srv, 'GET', '/health')).body.documents;

let srv: WriteServer;
beforeAll(async () => {
  srv = await startWriteServer();
});
afterAll(() => srv.close());

test('an article holding a NUL is refused naming text, and nothing is stored', async () => {
  const before = await documentCount(srv);
  // Written as JSON's escape: the raw body is valid UTF-8 and valid JSON.
  const r = await call(srv, 'POST', '/documents', '{"text": "Chad met Niger\\u0000 in Niamey.", "outlet": "Wire", "date": "2026-02-07"}');
  expect(r.status).toBe(400);
  expect(r.body.error.message).toMatch(/^text: holds a NUL character/);
  expect(JSON.stringify(r.body)).not.toMatch(/\.js:|\n\s+at /);
  expect(await documentCount(srv)).toBe(before);
});

test('an outlet and a title are kept in the normal form of names: controls gone, white space one space', async () => {
  const r = await call(srv, 'POST', '/documents', JSON.stringify({ text: 'Chad met Niger in Niamey on Monday.', outlet: 'Sahel\u0007 Wire', title: 'Talks\n  in\u200b Niamey', date: '2026-02-07' }));
  expect(r.status).toBe(201);
  expect(r.body.document).toMatchObject({ outlet: 'Sahel Wire', title: 'Talks in Niamey' });
  const stored = (await call(srv, 'GET', `/documents/${r.body.document.id}`)).body;
  expect(stored).toMatchObject({ outlet: 'Sahel Wire', title: 'Talks in Niamey' });
  // Nothing but controls is no outlet.
  const empty = await call(srv, 'POST', '/documents', JSON.stringify({ text: 'Chad met Niger in Niamey on Friday.', outlet: '\u0007\u0001', date: '2026-02-07' }));
  expect(empty.status).toBe(400);
  expect(empty.body.error.message).toBe('outlet: must not be empty');
});

test('a title made of the first words is cut between characters, never inside a surrogate pair', async () => {
  // 116 letters, then an emoji whose two UTF-16 units are the 117th and 118th: the cut at 117 fell between them.
  const text = `${'A'.repeat(116)}\u{1F600}${'B'.repeat(20)} Chad met Niger in Niamey.`;
  const r = await call(srv, 'POST', '/documents', JSON.stringify({ text, outlet: 'Wire', date: '2026-02-08' }));
  expect(r.status).toBe(201);
  expect(hasLoneSurrogate(r.body.document.title)).toBe(false);
  expect(r.body.document.title).toBe(`${'A'.repeat(116)}...`);
});

test('a document given by url names a field of another kind before the page is fetched', async () => {
  // An address that cannot be reached: a 502 would say the fetch was tried.
  const r = await call(srv, 'POST', '/documents', JSON.stringify({ url: 'http://no-such-host.invalid/a', outlet: 5 }));
  expect(r.status).toBe(400);
  expect(r.body.error.message).toBe('outlet: must be text');
});

test('a curated name with half of a UTF-16 pair is refused naming the field; one with controls is stored as it reads back, and undone', async () => {
  const lone = await call(srv, 'POST', '/actors/iran/rename', '{"name": "Iran\\ud800"}');
  expect(lone.status).toBe(400);
  expect(lone.body.error.message).toMatch(/^name: holds a lone surrogate/);
  const alias = await call(srv, 'POST', '/actors/iran/split', '{"id": "iran-two", "name": "Iran Two", "aliases": ["\\udc00"], "relations": ["x"]}');
  expect(alias.status).toBe(400);
  expect(alias.body.error.message).toMatch(/^aliases\.0: holds a lone surrogate/);
  const reason = await call(srv, 'POST', '/actors/iran/confirm', '{"reason": "\\ud83d"}');
  expect(reason.status).toBe(400);
  expect(reason.body.error.message).toMatch(/^reason: holds a lone surrogate/);

  const renamed = await call(srv, 'POST', '/actors/iran/rename', '{"name": "Isl\\u0000amic  Republic", "by": "ana\\u0007"}');
  expect(renamed.status).toBe(200);
  expect(renamed.body.event).toMatchObject({ by: 'ana', params: { name: 'Islamic Republic' } });
  expect((await call(srv, 'GET', '/actors/iran')).body.name).toBe('Islamic Republic');
  // The row the log recorded is the row stored: its undo finds it as it left it.
  const undone = await call(srv, 'POST', `/audit/${renamed.body.event.id}/undo`, '{}');
  expect(undone.status).toBe(200);
  expect((await call(srv, 'GET', '/actors/iran')).body.name).toBe('Iran');
});

/** A POST of raw bytes with the headers given. */
async function post(path: string, bytes: Uint8Array, headers: Record<string, string>): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${srv.base}/api${path}`, { method: 'POST', headers, body: bytes });
  return { status: res.status, body: await res.json() };
}

test('every write route refuses bytes that are not UTF-8 naming the body, another charset naming Content-Type, an unknown encoding naming Content-Encoding', async () => {
  const name = (await call(srv, 'GET', '/actors/qatar')).body.name;
  const latin1 = Buffer.from('{"name": "Q\xe1tar"}', 'latin1');
  for (const path of ['/documents', '/actors/qatar/rename']) {
    const bad = await post(path, latin1, { 'Content-Type': 'application/json' });
    expect([path, bad.status, bad.body.error.message]).toEqual([path, 400, 'body: is not valid UTF-8']);
    const declared = await post(path, latin1, { 'Content-Type': 'application/json; charset=latin1' });
    expect([path, declared.status, declared.body.error.message]).toEqual([path, 415, 'Content-Type: charset must be utf-8 (JSON is UTF-8), got "latin1"']);
    const encoded = await post(path, Buffer.from('{}'), { 'Content-Type': 'application/json', 'Content-Encoding': 'x-pack' });
    expect([path, encoded.status, encoded.body.error.message]).toEqual([path, 415, 'Content-Encoding: "x-pack" is not one of identity, gzip, deflate, br']);
    const garbled = await post(path, Buffer.from('not gzip'), { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
    expect([path, garbled.status, garbled.body.error.message]).toEqual([path, 400, 'body: could not be decompressed as its Content-Encoding says']);
  }
  // body-parser would have read the bad byte as U+FFFD and stored "Q\ufffdtar".
  expect((await call(srv, 'GET', '/actors/qatar')).body.name).toBe(name);
});
