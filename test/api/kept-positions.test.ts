/**
 * Positions are stable, over real HTTP: through 20 ingests in a row every actor already drawn keeps
 * exactly its place in /api/graph, new actors get places; POST /api/layout (token-protected) lays
 * the graph out afresh and bumps the data version.
 */
import { startWriteServer } from '../helpers/write-server';
import type { WriteServer } from '../helpers/write-server';

jest.setTimeout(120_000);

const TOKEN = 'a-long-enough-test-token';
const FIRST = ['Maren', 'Tobias', 'Ilse', 'Joran', 'Petra', 'Anselm', 'Greta', 'Bastian', 'Helka', 'Oskar'];
const LAST = ['Vandermeer', 'Kostrova', 'Lindqvist', 'Haraldsen', 'Okonjo'];
const KNOWN = ['Iran', 'the United States', 'Oman', 'Israel', 'Qatar'];

/** A made-up article: a new envoy (a new actor) meets a known one, and two known actors negotiate. */
function article(i: number): string {
  const envoy = `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]}`;
  const [a, b] = [KNOWN[i % KNOWN.length], KNOWN[(i + 2) % KNOWN.length]];
  return `Envoy ${envoy} held talks with ${a} in Geneva on day ${i}. ${a} negotiated with ${b} over a ceasefire, officials said in report ${i}.`;
}

type Positions = Map<string, { x: number; y: number }>;

async function positions(srv: WriteServer): Promise<Positions> {
  const body = (await (await fetch(`${srv.base}/api/graph?limit=none`)).json()) as { graph: { nodes: { key: string; attributes: { x: number; y: number } }[] } };
  return new Map(body.graph.nodes.map((n) => [n.key, { x: n.attributes.x, y: n.attributes.y }]));
}

let srv: WriteServer;
beforeAll(async () => {
  srv = await startWriteServer({ token: TOKEN });
});
afterAll(() => srv.close());

test('20 ingests in a row keep every existing actor exactly where it was; new actors are placed', async () => {
  let before = await positions(srv);
  let added = 0;
  for (let i = 0; i < 20; i++) {
    const res = await fetch(`${srv.base}/api/documents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: article(i), outlet: 'Test Wire', date: '2026-03-01' }),
    });
    expect(res.status).toBe(201);
    const after = await positions(srv);
    for (const [id, p] of before) expect(after.get(id)).toEqual(p);
    for (const [id, p] of after) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      if (!before.has(id)) added++;
    }
    before = after;
  }
  // The article brings new envoys: the test exercises placement, not only keeping.
  expect(added).toBeGreaterThan(0);
});

test('POST /api/layout needs the token, then lays out afresh under a new data version', async () => {
  const version = srv.explorer.version;
  expect((await fetch(`${srv.base}/api/layout`, { method: 'POST' })).status).toBe(401);
  expect(srv.explorer.version).toBe(version);
  const res = await fetch(`${srv.base}/api/layout`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ dataVersion: version + 1 });
  const kept = await positions(srv);
  expect([...kept.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  expect(kept.size).toBe(srv.explorer.graph().order);
});
