/** POST /api/documents over real HTTP: what it adds, dry runs, duplicates, bad input, auth, restarts, live events. */
import { startWriteServer } from '../helpers/write-server';
import type { WriteServer } from '../helpers/write-server';

// An article of our own (not one of the bundled ones), about the same story.
const ARTICLE = [
  'Oman hosted a new round of talks between the United States and Iran on Friday.',
  'Steve Witkoff met Abbas Araghchi in Muscat for three hours, officials said.',
  'Israel condemned the talks and threatened Iran with new strikes.',
  'Norway offered to mediate between Iran and the United States if the talks stall.',
].join(' ');

const post = async (srv: WriteServer, body: unknown, opts: { query?: string; token?: string; contentType?: string; raw?: Buffer | string } = {}): Promise<{ status: number; body: any }> => {
  const res = await fetch(`${srv.base}/api/documents${opts.query ?? ''}`, {
    method: 'POST',
    headers: {
      'Content-Type': opts.contentType ?? 'application/json',
      ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}),
    },
    body: opts.raw ?? JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
};

describe('ingesting an article', () => {
  let srv: WriteServer;
  beforeAll(async () => {
    srv = await startWriteServer();
  });
  afterAll(() => srv.close());

  test('a dry run reports what would be added and stores nothing', async () => {
    const before = srv.store.dump();
    const r = await post(srv, { text: ARTICLE, outlet: 'Test Wire', date: '2026-02-07' }, { query: '?dryRun=true' });
    expect(r.status).toBe(200);
    expect(r.body.dryRun).toBe(true);
    expect(r.body.relations.length).toBeGreaterThan(0);
    expect(srv.store.dump()).toEqual(before);
  });

  test('a real ingest adds the document, new actors and relations with quotes that are in the text', async () => {
    const r = await post(srv, { text: ARTICLE, outlet: 'Test Wire', date: '2026-02-07', title: 'Talks in Muscat' });
    expect(r.status).toBe(201);
    const { document, actors, relations } = r.body;
    expect(document).toMatchObject({ outlet: 'Test Wire', date: '2026-02-07', title: 'Talks in Muscat' });
    for (const rel of relations) expect(ARTICLE.slice(rel.start, rel.end)).toBe(rel.quote);
    const triples = relations.map((x: any) => `${x.source} ${x.type} ${x.target}`);
    expect(triples).toEqual(expect.arrayContaining(['witkoff negotiates araghchi']));
    expect(relations.find((x: any) => x.source === 'witkoff' && x.target === 'araghchi').status).toBe('corroborated');
    expect(actors.find((a: any) => a.id === 'witkoff')).toMatchObject({ status: 'matched' });
    // The graph now shows the new evidence.
    const graph: any = await (await fetch(`${srv.base}/api/actors/witkoff`)).json();
    const quotes = graph.relations.negotiates.flatMap((x: any) => x.evidence.map((e: any) => e.document));
    expect(quotes).toContain(document.id);
    const doc: any = await (await fetch(`${srv.base}/api/documents/${document.id}`)).json();
    expect(doc.text).toBe(ARTICLE);
  });

  test('the same text again is recognised and changes nothing', async () => {
    const before = srv.store.dump();
    const r = await post(srv, { text: ARTICLE, outlet: 'Other Outlet', date: '2026-02-08' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ duplicate: true, relations: [], actors: [] });
    expect(srv.store.dump()).toEqual(before);
  });

  test.each([
    ['empty text', { text: '   ', outlet: 'X', date: '2026-02-07' }, 400, /^text: must not be empty/],
    ['missing outlet', { text: 'Iran and Oman met.', date: '2026-02-07' }, 400, /^outlet:/],
    ['a date that is not a date', { text: 'Iran and Oman met.', outlet: 'X', date: '2026-02-31' }, 400, /^date: is not a calendar date/],
    ['a date in another format', { text: 'Iran and Oman met.', outlet: 'X', date: '07/02/2026' }, 400, /^date: must be a date written YYYY-MM-DD/],
    ['an unknown field', { text: 'Iran and Oman met.', outlet: 'X', date: '2026-02-07', author: 'me' }, 400, /^author: unknown field/],
    ['a bad url', { text: 'Iran and Oman met.', outlet: 'X', date: '2026-02-07', url: 'not a url' }, 400, /^url:/],
    ['text that is not a string', { text: 42, outlet: 'X', date: '2026-02-07' }, 400, /^text:/],
    ['text over 1 MB', { text: 'a'.repeat(1_000_001), outlet: 'X', date: '2026-02-07' }, 413, /^text: larger than 1000000 bytes/],
    ['a body that is an array', [1, 2], 400, /^body:/],
  ])('%s is refused and nothing is stored', async (_name, body, status, message) => {
    const before = srv.store.dump();
    const r = await post(srv, body);
    expect(r.status).toBe(status);
    expect(r.body.error.message).toMatch(message);
    expect(srv.store.dump()).toEqual(before);
  });

  test('an HTML article is stored as its visible text: quotes carry no markup, the h1 becomes the title', async () => {
    const html = `<html><body><h1>Talks in Muscat</h1><div class="byline">By A. Reporter</div>${ARTICLE.split('. ')
      .map((s) => `<p>${s.replace(/\.$/, '')}.</p>`)
      .join('\n')}</body></html>`;
    const r = await post(srv, { text: html, outlet: 'Test Page', date: '2026-02-08', format: 'html' }, { query: '?dryRun=true' });
    expect(r.status).toBe(200);
    expect(r.body.document.title).toBe('Talks in Muscat');
    expect(r.body.relations.length).toBeGreaterThan(0);
    for (const rel of r.body.relations) expect(rel.quote).not.toMatch(/[<>]|Reporter|Muscat\s*$/);
    const auto = await post(srv, { text: html, outlet: 'Test Page', date: '2026-02-08' }, { query: '?dryRun=true' });
    expect(auto.body.relations).toEqual(r.body.relations);
    const bad = await post(srv, { text: ARTICLE, outlet: 'Test Page', date: '2026-02-08', format: 'docx' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^format: /);
  });

  test('non-UTF-8 bytes, broken JSON, a wrong content type and a huge body are refused', async () => {
    const before = srv.store.dump();
    const latin1 = Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from('","outlet":"X","date":"2026-02-07"}')]);
    expect(await post(srv, null, { raw: latin1 })).toMatchObject({ status: 400, body: { error: { message: 'body: is not valid UTF-8' } } });
    expect(await post(srv, null, { raw: '{"text": ' })).toMatchObject({ status: 400, body: { error: { message: 'body: is not valid JSON' } } });
    expect((await post(srv, null, { raw: 'hello', contentType: 'text/plain' })).status).toBe(415);
    expect((await post(srv, null, { raw: Buffer.alloc(9 * 1024 * 1024, 0x61) })).status).toBe(413);
    expect((await post(srv, { text: 'x', outlet: 'X', date: '2026-02-07' }, { query: '?dryRun=perhaps' })).body.error.message).toMatch(/^dryRun:/);
    expect(srv.store.dump()).toEqual(before);
  });

  test('a lone surrogate (a \\ud800 escape) in any text field is a 400 naming the field, and nothing is stored', async () => {
    const before = srv.store.dump();
    const sentence = `${ARTICLE} Oman mediated between Iran and \\ud800 the United States.`;
    for (const [field, body] of [
      ['text', `{"text": ${JSON.stringify(sentence).replace(/\\\\ud800/, '\\ud800')}, "outlet": "X", "date": "2026-02-07"}`],
      ['text', '{"text": "Iran met Oman.\\udc00", "outlet": "X", "date": "2026-02-07"}'],
      ['outlet', `{"text": ${JSON.stringify(ARTICLE)}, "outlet": "X\\ud83d", "date": "2026-02-07"}`],
      ['title', `{"text": ${JSON.stringify(ARTICLE)}, "outlet": "X", "title": "\\ud83d", "date": "2026-02-07"}`],
    ]) {
      const r = await post(srv, null, { raw: body });
      expect(r).toMatchObject({ status: 400, body: { error: { code: 'invalid_argument' } } });
      expect(r.body.error.message).toBe(`${field}: holds a lone surrogate (half of a UTF-16 pair, \\uD800–\\uDFFF), which is not text`);
    }
    expect(srv.store.dump()).toEqual(before);
  });
});

describe('access', () => {
  const token = 'a-long-enough-test-token';
  let srv: WriteServer;
  beforeAll(async () => {
    srv = await startWriteServer({ token });
  });
  afterAll(() => srv.close());

  test('writes need the bearer token when one is set; reads stay open', async () => {
    const body = { text: 'Qatar mediated between Egypt and Israel.', outlet: 'X', date: '2026-02-07' };
    expect((await post(srv, body)).status).toBe(401);
    expect((await post(srv, body, { token: 'wrong-token-of-some-length' })).status).toBe(401);
    expect((await post(srv, body, { token, query: '?dryRun=true' })).status).toBe(200);
    expect((await fetch(`${srv.base}/api/graph`)).status).toBe(200);
  });
});

test('ingested data survives a restart', async () => {
  const first = await startWriteServer();
  const r = await post(first, { text: ARTICLE, outlet: 'Test Wire', date: '2026-02-07' });
  expect(r.status).toBe(201);
  await first.close();
  const second = await startWriteServer({ dbFile: first.dbFile });
  try {
    const docs = ((await (await fetch(`${second.base}/api/documents`)).json()) as any).documents;
    expect(docs.map((d: any) => d.id)).toContain(r.body.document.id);
  } finally {
    await second.close();
  }
});

test('the event stream announces a new dataset version after an ingest', async () => {
  const srv = await startWriteServer();
  const controller = new AbortController();
  try {
    const res = await fetch(`${srv.base}/api/events`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    const received = (async () => {
      let text = '';
      while (!text.includes('event: dataset')) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      return text;
    })();
    await post(srv, { text: ARTICLE, outlet: 'Test Wire', date: '2026-02-07' });
    const text = await received;
    const data = JSON.parse(/event: dataset\ndata: (.*)\n/.exec(text)![1]);
    expect(data).toMatchObject({ reason: 'ingest', version: 2 });
  } finally {
    controller.abort();
    await srv.close();
  }
});
