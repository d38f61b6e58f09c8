/**
 * Over real HTTP: a quote extraction stored carries its rule, its cue as written and the spans of
 * cue and arguments in every read route (relation record, review queue, actor panel, graph, export),
 * and the OpenAPI document describes them.
 */
import { EXTRACTION_RULE_IDS } from '../../server/domain/extraction-rules';
import { startWriteServer } from '../helpers/write-server';
import type { WriteServer } from '../helpers/write-server';

type Json = any; // answers are checked field by field

// A made-up report (no outlet's text): two states of the reference gazetteer and one cue.
const ARTICLE = 'Norway held talks with Chile in Oslo on Tuesday. The weather was mild.';
const QUOTE = 'Norway held talks with Chile in Oslo on Tuesday.';

async function get(srv: WriteServer, path: string): Promise<Json> {
  const res = await fetch(`${srv.base}/api${path}`);
  expect(res.status).toBe(200);
  return res.json();
}

/** The reading checked against the article: the cue is the article's words at its span, the arguments name the two states. */
function expectReading(e: Json): void {
  expect(EXTRACTION_RULE_IDS).toContain(e.rule);
  expect(e.rule).toMatch(/^negotiates\./);
  expect(ARTICLE.slice(e.spans.cue[0], e.spans.cue[1])).toBe(e.cue);
  expect(e.cue).toMatch(/talks/);
  expect([ARTICLE.slice(...e.spans.source), ARTICLE.slice(...e.spans.target)].sort()).toEqual(['Chile', 'Norway']);
}

describe('why a quote backs its relation, in the read routes', () => {
  let srv: WriteServer;
  let relationId: string;
  beforeAll(async () => {
    srv = await startWriteServer();
    const res = await fetch(`${srv.base}/api/documents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: ARTICLE, outlet: 'Made-up Wire', date: '2026-05-05' }),
    });
    expect(res.status).toBe(201);
    const stored = srv.store.dump().relations.find((r) => r.evidence.some((e) => e.quote === QUOTE));
    if (!stored) throw new Error('the made-up article gave no stored relation');
    relationId = stored.id;
  });
  afterAll(() => srv.close());

  test('GET /api/relations/:id gives rule, cue and spans per quote', async () => {
    const r = await get(srv, `/relations/${encodeURIComponent(relationId)}`);
    const e = r.evidence.find((x: Json) => x.quote === QUOTE);
    expectReading(e);
  });

  test('the review queue gives them with each quote', async () => {
    const q = await get(srv, '/review?limit=10000');
    const item = q.items.find((i: Json) => i.relation === relationId);
    expectReading(item.evidence.find((x: Json) => x.quote === QUOTE));
  });

  test("the actor panel's relations and the graph's edges carry them in their evidence", async () => {
    const actor = await get(srv, '/actors/norway');
    const rel = actor.relations.negotiates.find((x: Json) => x.other === 'chile');
    expectReading(rel.evidence.find((x: Json) => x.quote === QUOTE));
    const graph = await get(srv, '/graph?limit=none');
    const edge = graph.graph.edges.find((x: Json) => x.attributes.relations.includes(relationId));
    expectReading(edge.attributes.evidence.find((x: Json) => x.quote === QUOTE));
  });

  test('the JSON export carries them, and a curated quote has none', async () => {
    const file = await get(srv, '/export?format=json');
    const edge = file.edges.find((x: Json) => x.attributes.relations.includes(relationId));
    expectReading(edge.attributes.evidence.find((x: Json) => x.quote === QUOTE));
    const curated = file.edges.flatMap((x: Json) => x.attributes.evidence).find((x: Json) => x.method === 'curated');
    expect(curated).toBeDefined();
    expect(curated).not.toHaveProperty('rule');
  });

  test('GraphML keeps evidence as one JSON string per relation, the reading inside it', async () => {
    const { evidence } = await get(srv, `/relations/${encodeURIComponent(relationId)}`);
    const { rule, cue } = evidence.find((x: Json) => x.quote === QUOTE);
    const xml = await (await fetch(`${srv.base}/api/export?format=graphml`)).text();
    // The evidence attribute is the edge's evidence as JSON, XML-escaped: its reading is there as stored.
    expect(xml).toContain(`&quot;rule&quot;:&quot;${rule}&quot;,&quot;cue&quot;:&quot;${cue}&quot;`);
  });

  test('a rejected relation keeps its reading on record, and undoing the rejection brings it back', async () => {
    const post = (path: string, body: unknown): Promise<Response> =>
      fetch(`${srv.base}/api${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const before = (await get(srv, `/relations/${encodeURIComponent(relationId)}`)).evidence;
    const rejected = await post(`/relations/${encodeURIComponent(relationId)}/reject`, { by: 'ana', reason: 'checking the record' });
    expect(rejected.status).toBe(200);
    const record = srv.store.dump().curation?.rejected.find((r) => r.relation.id === relationId);
    expectReading(record?.relation.evidence.find((e) => e.quote === QUOTE));
    const undo = await post(`/audit/${((await rejected.json()) as Json).event.id}/undo`, { by: 'ana' });
    expect(undo.status).toBe(200);
    expect((await get(srv, `/relations/${encodeURIComponent(relationId)}`)).evidence).toEqual(before);
  });

  test('OpenAPI describes the reading of a quote, with the known rule names', async () => {
    const doc = await get(srv, '/openapi.json');
    const schema = doc.components.schemas.Evidence;
    expect(schema.properties.rule.enum).toEqual([...EXTRACTION_RULE_IDS]);
    expect(Object.keys(schema.properties.spans.properties)).toEqual(['cue', 'source', 'target']);
    const relation = doc.paths['/api/relations/{id}'].get.responses[200].content['application/json'].schema;
    expect(JSON.stringify(relation)).toContain('#/components/schemas/Evidence');
    const review = doc.paths['/api/review'].get.responses[200].content['application/json'].schema;
    expect(JSON.stringify(review)).toContain('#/components/schemas/Evidence');
  });
});
