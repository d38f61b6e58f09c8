/** Curation over real HTTP: the review queue, each kind of write, undo, the log, auth, errors, restarts. */
import * as queries from '../../server/curation/curation-queries';
import { CURATION_PATHS } from '../../server/domain/curation';
import { MADE_UP, NILE_DAM } from '../helpers/curation-articles';
import { startWriteServer } from '../helpers/write-server';
import type { WriteServer } from '../helpers/write-server';

const SUDAN = "Sudan, which also depends on the Nile, rejected Ethiopia's plan to fill the dam without an agreement.";

type Json = any; // answers are checked field by field

async function call(srv: WriteServer, method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${srv.base}/api${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: await res.json() };
}

const ingest = (srv: WriteServer, text: string, date = '2026-02-07') => call(srv, 'POST', '/documents', { text, outlet: 'Test Wire', date });

describe('curating through the API', () => {
  let srv: WriteServer;
  const sudan = 'sudan-opposes-ethiopia';
  /** Each ingested document's text by its id, to check the queue's quotes against. */
  const texts = new Map<string, string>();
  beforeAll(async () => {
    srv = await startWriteServer();
    for (const [text, date] of [[NILE_DAM, '2026-02-07'], [MADE_UP, '2026-02-08']]) {
      const r = await ingest(srv, text, date);
      expect(r.status).toBe(201);
      texts.set(r.body.document.id, text);
    }
  });
  afterAll(() => srv.close());

  test('the review queue lists unreviewed machine relations, least certain first, with their quotes', async () => {
    const r = await call(srv, 'GET', '/review');
    expect(r.status).toBe(200);
    expect(r.body.total).toBeGreaterThan(0);
    const confidences = r.body.items.map((i: Json) => i.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    for (const item of r.body.items) {
      expect(item.evidence.length).toBeGreaterThan(0);
      for (const e of item.evidence) expect(texts.get(e.document)?.slice(e.start, e.end)).toBe(e.quote);
    }
    // Curated relations are reviewed by definition and never queued.
    expect(r.body.items.map((i: Json) => i.relation)).not.toContain('witkoff-negotiates-araghchi');
    expect(r.body.items.map((i: Json) => i.relation)).toContain(sudan);
  });

  test('the queue is made once per data version, whoever asks, and again after a change', async () => {
    const made = jest.spyOn(queries, 'reviewQueue');
    try {
      const [a, b] = await Promise.all([call(srv, 'GET', '/review?limit=3'), call(srv, 'GET', '/review?limit=3')]);
      const c = await call(srv, 'GET', '/review?limit=3');
      expect([a.body, b.body]).toEqual([c.body, c.body]);
      expect(made).toHaveBeenCalledTimes(1);
      // A change (here a new article) makes the next read rank the queue again.
      expect((await ingest(srv, 'Chad accused Niger of closing the border crossing at Nguigmi on Friday.', '2026-02-09')).status).toBe(201);
      await call(srv, 'GET', '/review?limit=3');
      expect(made).toHaveBeenCalledTimes(2);
    } finally {
      made.mockRestore();
    }
  });

  test('the graph filters by provenance and review state, and says both on every relation', async () => {
    const r = await call(srv, 'GET', '/graph?provenance=extracted&reviewed=false&provisional=true');
    expect(r.status).toBe(200);
    expect(r.body.graph.edges.length).toBeGreaterThan(0);
    for (const e of r.body.graph.edges) expect(e.attributes).toMatchObject({ provenance: 'extracted', reviewed: false, confidence: expect.any(Number) });
    for (const n of r.body.graph.nodes) expect(n.attributes.provisional).toBe(true);
    expect((await call(srv, 'GET', '/graph?provenance=rumour')).body.error.message).toMatch(/^provenance: unknown value "rumour"/);
  });

  test('rollup=true folds people and bodies into their states for the graph and its centralities', async () => {
    const r = await call(srv, 'GET', '/centrality?metric=degree&rollup=true');
    expect(r.status).toBe(200);
    const ids = r.body.ranking.map((x: Json) => x.id);
    expect(ids).toContain('united-states');
    expect(ids).not.toContain('witkoff');
    expect(ids).not.toContain('badr-abdelatty');
  });

  test('expand=<state> with rollup=true opens that state in place; errors name the parameter', async () => {
    const r = await call(srv, 'GET', '/graph?rollup=true&expand=united-states');
    expect(r.status).toBe(200);
    const ids = r.body.graph.nodes.map((n: Json) => n.key);
    expect(ids).toEqual(expect.arrayContaining(['united-states', 'witkoff', 'trump']));
    expect(ids).not.toContain('araghchi');
    expect((await call(srv, 'GET', '/graph?expand=united-states')).body.error).toMatchObject({ code: 'invalid_argument', message: expect.stringMatching(/^expand: needs "rollup=true"/) });
    const wrong = await call(srv, 'GET', '/centrality?rollup=true&expand=witkoff');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(/^expand: "witkoff" is not a state/);
  });

  test('a path may cross affiliations when asked, and the step says so', async () => {
    const r = await call(srv, 'GET', '/path?from=witkoff&to=oman&viaAffiliations=true');
    expect(r.status).toBe(200);
    expect(r.body.steps[0].affiliation).toEqual({ actor: 'witkoff', actsFor: 'united-states' });
    expect((await call(srv, 'GET', '/path?from=witkoff&to=oman&viaAffiliations=perhaps')).body.error.message).toMatch(/^viaAffiliations: must be true or false/);
  });

  test('accept marks the relation reviewed and takes it off the queue; the log and undo bring it back', async () => {
    const queued = (await call(srv, 'GET', '/review')).body.items.find((i: Json) => i.relation !== sudan);
    const r = await call(srv, 'POST', `/relations/${queued.relation}/accept`, { by: 'ana', ifVersion: queued.version });
    expect(r.status).toBe(200);
    expect(r.body.event).toMatchObject({ op: 'relation.accept', by: 'ana' });
    expect((await call(srv, 'GET', `/relations/${queued.relation}`)).body).toMatchObject({ provenance: 'extracted', reviewed: true, reviewedBy: { by: 'ana' } });
    expect((await call(srv, 'GET', '/review')).body.items.map((i: Json) => i.relation)).not.toContain(queued.relation);
    const log = await call(srv, 'GET', '/audit');
    expect(log.body.events[0]).toMatchObject({ id: r.body.event.id, op: 'relation.accept', subjects: [`relation:${queued.relation}`] });
    const undo = await call(srv, 'POST', `/audit/${r.body.event.id}/undo`, { reason: 'too quick' });
    expect(undo.status).toBe(200);
    expect((await call(srv, 'GET', `/relations/${queued.relation}`)).body.reviewed).toBe(false);
  });

  test('a rejected relation leaves the graph, stays recorded, and the same sentence does not bring it back', async () => {
    const r = await call(srv, 'POST', `/relations/${sudan}/reject`, { by: 'ana', reason: 'Sudan is not a party here' });
    expect(r.status).toBe(200);
    expect((await call(srv, 'GET', `/relations/${sudan}`)).status).toBe(404);
    expect(srv.store.dump().curation?.rejected[0]).toMatchObject({ by: 'ana', reason: 'Sudan is not a party here', relation: { id: sudan, evidence: [{ quote: SUDAN }] } });
    // Another article with the same sentence: the relation is not re-created.
    const again = await ingest(srv, `Talks resumed on Sunday. ${SUDAN}`, '2026-02-08');
    expect(again.status).toBe(201);
    expect(again.body.relations.filter((x: Json) => x.source === 'sudan' && x.type === 'opposes')).toEqual([]);
    expect(srv.store.dump().relations.filter((x) => x.source === 'sudan' && x.type === 'opposes')).toEqual([]);
  });

  test('a merged actor\'s name resolves to the kept one in later ingests', async () => {
    const m = await call(srv, 'POST', '/actors/badr-abdel-aty/merge', { into: 'badr-abdelatty', reason: 'the same minister, spelt another way' });
    expect(m.status).toBe(200);
    const kept = (await call(srv, 'GET', '/actors/badr-abdelatty')).body;
    expect(kept.aliases).toContain('Badr Abdel Aty');
    expect(kept.version).toBe(m.body.event.id);
    // Before the merge he only negotiated with Ethiopia; the other spelling's relation moved to him.
    expect(kept.relations.opposes.map((x: Json) => x.other)).toContain('ethiopia');
    const r = await ingest(srv, 'Badr Abdel Aty condemned Israel for the strikes on Monday.', '2026-02-09');
    expect(r.body.relations.map((x: Json) => `${x.source} ${x.type} ${x.target}`)).toContain('badr-abdelatty opposes israel');
  });

  test.each([
    ['an unknown relation', '/relations/no-such/accept', {}, 404, /^relation: unknown relation "no-such"/],
    ['an unknown actor', '/actors/nobody/confirm', {}, 404, /^actor: unknown actor "nobody"/],
    ['merging an actor into itself', '/actors/oman/merge', { into: 'oman' }, 400, /^into: cannot merge an actor into itself/],
    ['a reason over the limit', '/actors/oman/rename', { name: 'Sultanate of Oman', reason: 'x'.repeat(501) }, 400, /^reason: must be at most 500 characters/],
    // badr-abdelatty was curated by the merge above, so version 0 is stale.
    ['a stale version', '/actors/badr-abdelatty/rename', { name: 'Badr Abdel Ati', ifVersion: 0 }, 409, /^ifVersion: actor:badr-abdelatty is at version [1-9]\d*, not 0/],
    ['a body that is not JSON', '/actors/oman/rename', '{name:', 400, /^body: is not valid JSON/],
    ['an unknown event', '/audit/999/undo', {}, 404, /^event: unknown curation event 999/],
  ])('%s gets a clear 4xx and changes nothing', async (_name, path, body, status, message) => {
    const before = srv.store.dump();
    const version = srv.explorer.version;
    const r = await call(srv, 'POST', path, body);
    expect(r.status).toBe(status);
    expect(r.body.error.message).toMatch(message);
    expect(srv.store.dump()).toEqual(before);
    expect(srv.explorer.version).toBe(version);
  });

  test('concurrent curations of the same actor with the same version: one wins, the other gets 409', async () => {
    const { version } = (await call(srv, 'GET', '/actors/qatar')).body;
    const [a, b] = await Promise.all([
      call(srv, 'POST', '/actors/qatar/rename', { name: 'State of Qatar', ifVersion: version }),
      call(srv, 'POST', '/actors/qatar/kind', { kind: 'organization', ifVersion: version }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    // Without versions both land, neither lost.
    await Promise.all([call(srv, 'POST', '/actors/egypt/rename', { name: 'Arab Republic of Egypt' }), call(srv, 'POST', '/actors/egypt/kind', { kind: 'organization' })]);
    expect(srv.store.dump().actors.find((x) => x.id === 'egypt')).toMatchObject({ name: 'Arab Republic of Egypt', kind: 'organization' });
  });
});

describe('with a token', () => {
  const token = 'curation-token-0123456789';
  let srv: WriteServer;
  beforeAll(async () => {
    srv = await startWriteServer({ token });
  });
  afterAll(() => srv.close());

  test('writes need it; reads of the queue and the log do not', async () => {
    const before = srv.store.dump();
    const denied = await call(srv, 'POST', '/actors/oman/confirm', {});
    expect(denied.status).toBe(401);
    expect(srv.store.dump()).toEqual(before);
    expect((await call(srv, 'GET', '/review')).status).toBe(200);
    expect((await call(srv, 'GET', '/audit')).status).toBe(200);
    const ok = await call(srv, 'POST', '/actors/oman/rename', { name: 'Sultanate of Oman' }, token);
    expect(ok.status).toBe(200);
  });
});

test('a restart keeps every change and the log', async () => {
  const first = await startWriteServer();
  await call(first, 'POST', '/actors/oman/rename', { name: 'Sultanate of Oman', by: 'ana' });
  await call(first, 'POST', '/relations/israel-opposes-iran/reject', { reason: 'test' });
  const dbFile = first.dbFile;
  const dump = first.store.dump();
  await first.close();
  const second = await startWriteServer({ dbFile });
  try {
    expect(second.store.dump()).toEqual(dump);
    expect((await call(second, 'GET', '/actors/oman')).body.name).toBe('Sultanate of Oman');
    expect((await call(second, 'GET', '/audit')).body.events.map((e: Json) => e.op)).toEqual(['relation.reject', 'actor.rename']);
    expect((await call(second, 'POST', '/audit/2/undo', {})).status).toBe(200);
    expect((await call(second, 'GET', '/relations/israel-opposes-iran')).body.provenance).toBe('curated');
  } finally {
    await second.close();
  }
});

test('the OpenAPI document describes every curation route, the queue and the log', async () => {
  const srv = await startWriteServer();
  try {
    const doc = (await call(srv, 'GET', '/openapi.json')).body;
    for (const p of Object.values(CURATION_PATHS)) expect(doc.paths[`/api${p.replace(':id', '{id}')}`].post.responses[409]).toBeDefined();
    for (const p of ['/api/review', '/api/audit', '/api/relations/{id}']) expect(doc.paths[p].get).toBeDefined();
  } finally {
    await srv.close();
  }
});
