/**
 * Curation through the page in Chromium, against a write server with a token: the review queue
 * with one-key accept and reject (the token asked once, kept for the session), curation controls
 * in the actor and relation panels, provisional and unreviewed marking — each checked in the store
 * afterwards. Also saves docs/review.png for the README.
 */
import path from 'node:path';
import { Curator } from '../../server/curation/curator';
import { parseDatasetJson } from '../../server/data/load-dataset';
import { projectRoot } from '../../server/data/paths';
import { Explorer } from '../../server/query/explorer';
import type { WriteServer } from '../helpers/write-server';
import { startCurationServer } from './curation-server';
import { openPage, renderedEdges, renderedNodes, startHarness } from './harness';
import type { Harness, OpenPage } from './harness';

jest.setTimeout(180_000);

const TOKEN = 'e2e-curation-token-0123';

let h: Harness;
let srv: WriteServer;
const open: OpenPage[] = [];

beforeAll(async () => {
  srv = await startCurationServer(TOKEN);
  h = await startHarness({ server: srv });
}, 180_000);

afterEach(async () => {
  // The browser logs the 401 before the token is given and the expected 409; nothing else may fail.
  for (const o of open) expect(o.errors.filter((e) => !/status of (401|409)/.test(e))).toEqual([]);
  await Promise.all(open.splice(0).map((o) => o.context.close()));
});

afterAll(async () => {
  await h?.close();
});

const dump = () => srv.store.dump();

/** Waits until the store shows what the page did (the page's own notice may already have gone). */
async function until(check: () => boolean, what: string, withinMs = 30_000): Promise<void> {
  for (const started = Date.now(); !check(); ) {
    if (Date.now() - started > withinMs) throw new Error(`e2e: the store never showed ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const relation = (id: string) => dump().relations.find((r) => r.id === id);
const actor = (id: string) => dump().actors.find((a) => a.id === id);

test('the review queue: least certain first; A accepts after asking for the token once, R rejects without asking again', async () => {
  const o = await openPage(h);
  open.push(o);
  const p = o.page;
  const first = p.locator('#review li[data-relation]').first();
  await first.waitFor();
  expect(await first.getAttribute('data-relation')).toBe('badr-abdelatty-negotiates-ethiopia');
  await expect(p.locator('#review-summary').textContent()).resolves.toMatch(/^8 relations to review, least certain first/);
  // Unreviewed lines and provisional actors look different, and the legend says how.
  const edges = await renderedEdges(p);
  expect(edges.find((e) => e.key === 'opposes:sudan->ethiopia')?.color).toMatch(/^#[0-9a-f]{6}73$/i);
  expect(edges.find((e) => e.key === 'opposes:israel->iran')?.color).toMatch(/^#[0-9a-f]{6}$/i);
  expect((await renderedNodes(p)).find((n) => n.id === 'al-gezira')?.color).toMatch(/^#[0-9a-f]{6}a6$/i);
  await p.locator('.legend-provisional', { hasText: 'provisional actor' }).waitFor();
  await p.locator('.legend-unreviewed', { hasText: 'not yet reviewed' }).waitFor();

  await first.focus();
  await p.keyboard.press('a');
  await p.locator('#token-dialog[open]').waitFor();
  await p.fill('#token-input', TOKEN);
  await p.keyboard.press('Enter');
  await p.locator('#notices', { hasText: 'Saved: relation.accept' }).waitFor();
  expect(dump().curation?.reviewed.map((r) => r.relation)).toEqual(['badr-abdelatty-negotiates-ethiopia']);
  await p.locator('#review-summary', { hasText: /^7 relations/ }).waitFor();
  expect(await p.evaluate(() => (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }).sessionStorage.getItem('actor-graph-token'))).toBe(TOKEN);

  // Focus moved to the next entry; R rejects it, and the token is not asked for again.
  const next = await p.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } } }).document.activeElement.getAttribute('data-relation'));
  expect(next).toBeTruthy();
  await p.keyboard.press('r');
  await p.locator('#review-summary', { hasText: /^6 relations/ }).waitFor();
  expect(await p.locator('#token-dialog[open]').count()).toBe(0);
  expect(relation(next as string)).toBeUndefined();
  expect(dump().curation?.rejected.map((r) => r.relation.id)).toEqual([next]);
  await p.screenshot({ path: path.join(projectRoot(), 'docs', 'review.png') });
});

test('the actor panel confirms, renames, changes the kind and merges; the store has each change', async () => {
  const o = await openPage(h, '?actor=al-gezira');
  open.push(o);
  const p = o.page;
  // A new tab: the token is asked again (sessionStorage belongs to the tab).
  await p.locator('#panel h2', { hasText: /^Al-Gezira/ }).waitFor();
  await p.locator('#panel summary', { hasText: 'Curate this actor' }).click();
  await p.locator('#panel button', { hasText: 'Confirm this actor' }).click();
  await p.fill('#token-input', TOKEN);
  await p.keyboard.press('Enter');
  await until(() => actor('al-gezira')?.provisional === undefined, 'the confirmation');

  // The rename is sent with the version the confirmation made, whether or not its live update has drawn the panel yet.
  const name = p.locator('#panel').getByLabel('Name', { exact: true });
  await name.fill('Gezira Scheme Board');
  await name.press('Enter');
  await until(() => actor('al-gezira')?.name === 'Gezira Scheme Board', 'the rename');
  await p.locator('#panel h2', { hasText: 'Gezira Scheme Board' }).waitFor();
  expect(actor('al-gezira')).toMatchObject({ name: 'Gezira Scheme Board', aliases: ['Al-Gezira'] });

  // Extraction took the board for a person. The section is still open: live updates leave it so.
  expect(await p.locator('#panel details.curate').getAttribute('open')).not.toBeNull();
  const kind = p.locator('#panel .curate-form', { hasText: 'Kind' });
  await kind.locator('select').selectOption('organization');
  await kind.locator('button').click();
  await until(() => actor('al-gezira')?.kind === 'organization', 'the kind change');

  // The made-up report spells the Nile text's minister another way.
  await p.goto(`${h.base}/?actor=badr-abdel-aty&test=1`);
  await p.locator('#panel h2', { hasText: /^Badr Abdel Aty/ }).waitFor();
  await p.locator('#panel summary', { hasText: 'Curate this actor' }).click();
  const merge = p.locator('#panel .curate-form', { hasText: 'Merge into' });
  await merge.locator('input').fill('badr-abdelatty');
  await merge.locator('button').click();
  // Same tab: the token given above is still in sessionStorage.
  await until(() => actor('badr-abdel-aty') === undefined, 'the merge');
  expect(actor('badr-abdelatty')?.aliases).toContain('Badr Abdel Aty');
});

test('the relation panel reverses and retypes a relation; a stale version is refused and changes nothing', async () => {
  const o = await openPage(h, `?edge=${encodeURIComponent('opposes:egypt->ethiopia')}`);
  open.push(o);
  const p = o.page;
  const record = p.locator('#panel .curate-record[data-relation="egypt-opposes-ethiopia"]');
  await record.locator('button', { hasText: 'Reverse' }).click();
  await p.fill('#token-input', TOKEN);
  await p.keyboard.press('Enter');
  await until(() => relation('egypt-opposes-ethiopia')?.source === 'ethiopia', 'the reversal');
  expect(relation('egypt-opposes-ethiopia')).toMatchObject({ source: 'ethiopia', target: 'egypt' });

  await p.goto(`${h.base}/?edge=${encodeURIComponent('opposes:ethiopia->egypt')}&test=1`);
  const again = p.locator('#panel .curate-record[data-relation="egypt-opposes-ethiopia"]');
  await again.locator('select').waitFor();
  // Another process curates it meanwhile (as the CLI would, before the server notices): the page's version is now stale.
  // Its own model, read from the store: curations change the model they apply to in place.
  new Curator(srv.store, new Explorer(parseDatasetJson(srv.store.dump(), 'store'))).run('relation.retype', 'egypt-opposes-ethiopia', { type: 'mediates' }, 'other');
  const before = dump();
  await again.locator('select').selectOption('negotiates');
  await again.locator('.curate-form button', { hasText: 'Change' }).click();
  await p.locator('#notices', { hasText: /Not saved: ifVersion: relation:egypt-opposes-ethiopia is at version/ }).waitFor();
  const { curation: _a, ...now } = dump();
  const { curation: _b, ...was } = before;
  expect(now).toEqual(was);
});

test('the filters fold people into their state and keep only unreviewed machine relations', async () => {
  const o = await openPage(h);
  open.push(o);
  const p = o.page;
  const loads = await p.locator('#graph').getAttribute('data-loads');
  await p.locator('#rollup').check();
  await p.waitForFunction((n) => (globalThis as any).document.querySelector('#graph').dataset.loads !== n, loads);
  await p.waitForSelector('#graph[data-status="ready"]');
  const ids = (await renderedNodes(p)).map((n) => n.id);
  expect(ids).toContain('united-states');
  expect(ids).not.toContain('witkoff');
  expect(p.url()).toMatch(/rollup=true/);
  await p.locator('#rollup').uncheck();
  const before = await p.locator('#graph').getAttribute('data-loads');
  await p.locator('#reviewed').selectOption('false');
  await p.waitForFunction((n) => (globalThis as any).document.querySelector('#graph').dataset.loads !== n, before);
  await p.waitForSelector('#graph[data-status]:not([data-status="loading"])');
  const edges = await renderedEdges(p);
  expect(edges.length).toBeGreaterThan(0);
  const unreviewed = srv.explorer.slice({ reviewed: false });
  expect(edges.map((e) => e.key).sort()).toEqual([...(function* () { for (const e of unreviewed.edges()) yield e.key; })()].sort());
});

test('affiliation lines: off by default, drawn thin and grey when ticked, and the legend says what they are', async () => {
  const o = await openPage(h);
  open.push(o);
  const p = o.page;
  expect((await renderedEdges(p)).filter((e) => e.relation === 'acts-for')).toEqual([]);
  const loads = await p.locator('#graph').getAttribute('data-loads');
  await p.locator('#affiliations').check();
  await p.waitForFunction((n) => (globalThis as any).document.querySelector('#graph').dataset.loads !== n, loads);
  const lines = (await renderedEdges(p)).filter((e) => e.relation === 'acts-for');
  expect(lines.find((e) => e.key === 'acts-for:witkoff->united-states')).toMatchObject({ source: 'witkoff', target: 'united-states', program: 'straight', color: '#9aa3ae', hidden: false });
  // One line per actor with a drawn affiliation.
  const withAffiliation = srv.explorer.getDataset().actors.filter((a) => a.affiliation !== undefined && (srv.explorer.getDataset().actors.some((b) => b.id === a.affiliation)));
  expect(lines).toHaveLength(withAffiliation.length);
  await p.locator('.legend-affiliation', { hasText: 'acts for' }).waitFor();
  expect(p.url()).toMatch(/affiliations=true/);
});

test('the page affiliates, splits, reattaches, retracts an article and undoes from the log; the store has each change', async () => {
  const o = await openPage(h, '?actor=blue-nile-water-council');
  open.push(o);
  const p = o.page;
  const giveToken = async (): Promise<void> => {
    await p.locator('#token-dialog[open]').waitFor();
    await p.fill('#token-input', TOKEN);
    await p.keyboard.press('Enter');
  };
  const curate = async (label: string, value: string): Promise<void> => {
    await p.locator('#panel summary', { hasText: 'Curate this actor' }).click();
    const form = p.locator('#panel .curate-form', { hasText: label });
    await form.locator('input').fill(value);
    await form.locator('button').click();
  };

  await p.locator('#panel h2', { hasText: /^Blue Nile Water Council/ }).waitFor();
  await curate('Acts for', 'sudan');
  await giveToken();
  await until(() => actor('blue-nile-water-council')?.affiliation === 'sudan', 'the affiliation');

  await p.goto(`${h.base}/?actor=egypt&test=1`);
  await p.locator('#panel h2', { hasText: /^Egypt$/ }).waitFor();
  await p.locator('#panel summary', { hasText: 'Curate this actor' }).click();
  const split = p.locator('#panel .curate-split');
  await split.locator('input').nth(0).fill('cairo-city');
  await split.locator('input').nth(1).fill('Cairo (city)');
  // Extraction read "talks between Cairo and Addis Ababa" as Egypt's; the curator gives them to the city.
  await split.locator('input').nth(2).fill('egypt-negotiates-ethiopia');
  await split.locator('button').click();
  await until(() => actor('cairo-city')?.name === 'Cairo (city)' && relation('egypt-negotiates-ethiopia')?.source === 'cairo-city', 'the split');

  await p.goto(`${h.base}/?edge=${encodeURIComponent('opposes:sudan->ethiopia')}&test=1`);
  const record = p.locator('#panel .curate-record[data-relation="sudan-opposes-ethiopia"]');
  const target = record.locator('.curate-form', { hasText: 'another target' });
  await target.locator('input').fill('egypt');
  await target.locator('button').click();
  await until(() => relation('sudan-opposes-ethiopia')?.target === 'egypt', 'the reattachment');

  const documents = dump().documents.length;
  await p.goto(`${h.base}/?edge=${encodeURIComponent('opposes:sudan->egypt')}&test=1`);
  await p.locator('#panel button.quote').first().click();
  await p.locator('#document-viewer[open] button', { hasText: 'Retract this article' }).click();
  await until(() => dump().documents.length === documents - 1, 'the retraction');
  expect(relation('sudan-opposes-ethiopia')).toBeUndefined();

  await p.locator('#audit-box summary').click();
  const latest = p.locator('#audit li[data-event]').first();
  await latest.locator('.audit-what', { hasText: 'document.retract' }).waitFor();
  await latest.locator('button', { hasText: 'Undo' }).click();
  await until(() => dump().documents.length === documents, 'the undo');
  expect(relation('sudan-opposes-ethiopia')).toMatchObject({ source: 'sudan', target: 'egypt' });
  await p.locator('#audit li[data-event]').first().locator('.audit-what', { hasText: /undo of event \d+/ }).waitFor();
});

/** A curation sent by another client (as another analyst's page or the CLI with --server would). */
async function curateElsewhere(route: string, body: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${srv.base}/api${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ ...body, by: 'another-analyst' }),
  });
  expect(res.status).toBe(200);
}

/** The focused element's id and caret, seen from Node. */
async function focusOf(p: OpenPage['page']): Promise<{ id: string; caret: number | null }> {
  return p.evaluate(() => {
    const a = (globalThis as unknown as { document: { activeElement: { id: string; selectionStart?: number | null } } }).document.activeElement;
    return { id: a.id, caret: a.selectionStart ?? null };
  });
}

test('a live update keeps the open curation section, the typed name, the focus and caret; the rename is sent with the fresh version and taken at once', async () => {
  const o = await openPage(h, '?actor=oman');
  open.push(o);
  const p = o.page;
  await p.waitForSelector('#graph[data-live="open"]');
  await p.locator('#panel h2', { hasText: /^Oman$/ }).waitFor();
  await p.locator('#panel summary', { hasText: 'Curate this actor' }).click();
  const name = p.locator('#panel').getByLabel('Name', { exact: true });
  await name.fill('Sultanate of Oman');
  const typed = await focusOf(p);
  expect(typed.caret).toBe('Sultanate of Oman'.length);

  // Another analyst changes the actor's kind meanwhile: the store moves its version on, and the
  // live update draws the panel with the new kind.
  const events = (dump().curation?.log ?? []).length;
  await curateElsewhere('/actors/oman/kind', { kind: 'organization' });
  await p.locator('#panel .facts dd', { hasText: 'Organisation' }).waitFor();

  expect(await p.locator('#panel details.curate').getAttribute('open')).not.toBeNull();
  expect(await name.inputValue()).toBe('Sultanate of Oman');
  expect(await focusOf(p)).toEqual(typed);
  await p.locator('#panel details.curate .notice', { hasText: /Someone else changed this actor.*kind/ }).waitFor();

  await name.press('Enter');
  await p.fill('#token-input', TOKEN);
  await p.keyboard.press('Enter');
  await until(() => actor('oman')?.name === 'Sultanate of Oman', 'the rename', 15_000);
  // Taken first time: the log holds the other analyst's change and this one, nothing refused.
  expect((dump().curation?.log ?? []).slice(events).map((e) => [e.op, e.by])).toEqual([['actor.kind', 'another-analyst'], ['actor.rename', expect.any(String)]]);
  expect(actor('oman')).toMatchObject({ kind: 'organization', name: 'Sultanate of Oman' });
  expect(o.errors.filter((e) => /status of 409/.test(e))).toEqual([]);
});

test('a relation record changed by someone else keeps the type chosen in its form, says so, and the change is taken at once', async () => {
  const queue = (await (await fetch(`${srv.base}/api/review?limit=50`)).json()) as { items: { relation: string; type: string; source: string; target?: string }[] };
  const item = queue.items.find((r) => r.target && r.type !== 'negotiates');
  if (!item) throw new Error('e2e: the review queue has no directed relation left');
  const rec = { ...item, id: item.relation };
  const o = await openPage(h, `?edge=${encodeURIComponent(`${item.type}:${item.source}->${item.target}`)}`);
  open.push(o);
  const p = o.page;
  await p.waitForSelector('#graph[data-live="open"]');
  const line = p.locator(`#panel .curate-record[data-relation="${rec.id}"]`);
  await line.locator('select').selectOption('negotiates');

  await curateElsewhere(`/relations/${encodeURIComponent(rec.id)}/accept`, {});
  await line.locator('p', { hasText: /, reviewed/ }).waitFor();
  expect(await line.locator('select').inputValue()).toBe('negotiates');
  await line.locator('.notice', { hasText: /Someone else changed this record/ }).waitFor();

  await line.locator('.curate-form button', { hasText: 'Change' }).click();
  await p.fill('#token-input', TOKEN);
  await p.keyboard.press('Enter');
  await until(() => relation(rec.id)?.type === 'negotiates', 'the retype', 15_000);
  expect(o.errors.filter((e) => /status of 409/.test(e))).toEqual([]);
});

test('an actor merged by someone else while its curation section is open: the panel says so, keeps the typed text and sends nothing', async () => {
  const o = await openPage(h, '?actor=qatar');
  open.push(o);
  const p = o.page;
  await p.waitForSelector('#graph[data-live="open"]');
  await p.locator('#panel h2', { hasText: /^Qatar$/ }).waitFor();
  await p.locator('#panel summary', { hasText: 'Curate this actor' }).click();
  const name = p.locator('#panel').getByLabel('Name', { exact: true });
  await name.fill('State of Qatar');

  await curateElsewhere('/actors/qatar/merge', { into: 'gulf-arab-states' });
  await p.locator('#panel .notice', { hasText: /no longer in the data/ }).waitFor();
  expect(await p.locator('#panel details.curate').getAttribute('open')).not.toBeNull();
  expect(await name.inputValue()).toBe('State of Qatar');
  expect(await name.isDisabled()).toBe(true);
  expect(await p.locator('#panel button', { hasText: 'Rename' }).isDisabled()).toBe(true);
  // The panel's refresh asked for the merged actor and was told it is not there (logged by the browser).
  const gone = o.errors.filter((e) => /status of 404/.test(e));
  expect(gone.length).toBeGreaterThan(0);
  o.errors.splice(0, o.errors.length, ...o.errors.filter((e) => !gone.includes(e)));
});

test('a line whose only record someone else rejects: the panel stays and says so, the record keeps its form disabled with the choice made', async () => {
  const queue = (await (await fetch(`${srv.base}/api/review?limit=50`)).json()) as { items: { relation: string; type: string; source: string; target?: string }[] };
  const alone = (r: { type: string; source: string; target?: string }): boolean =>
    dump().relations.filter((x) => x.type === r.type && x.source === r.source && x.target === r.target).length === 1;
  const item = queue.items.find((r) => r.target && r.type !== 'negotiates' && alone(r));
  if (!item) throw new Error('e2e: the review queue has no directed relation alone on its line');
  const key = `${item.type}:${item.source}->${item.target}`;
  const o = await openPage(h, `?edge=${encodeURIComponent(key)}`);
  open.push(o);
  const p = o.page;
  await p.waitForSelector('#graph[data-live="open"]');
  const line = p.locator(`#panel .curate-record[data-relation="${item.relation}"]`);
  await line.locator('select').selectOption('negotiates');

  await curateElsewhere(`/relations/${encodeURIComponent(item.relation)}/reject`, { reason: 'not in the article' });
  await p.locator('#panel .panel-gone', { hasText: /no longer in the graph/ }).waitFor();
  await line.locator('.notice', { hasText: /left this line/ }).waitFor();
  expect(await line.locator('select').inputValue()).toBe('negotiates');
  expect(await line.locator('select').isDisabled()).toBe(true);
  expect(relation(item.relation)).toBeUndefined();
});
