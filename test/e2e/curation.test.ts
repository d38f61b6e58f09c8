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
import { MADE_UP, NILE_DAM } from '../helpers/curation-articles';
import { startWriteServer } from '../helpers/write-server';
import type { WriteServer } from '../helpers/write-server';
import { openPage, renderedEdges, renderedNodes, startHarness } from './harness';
import type { Harness, OpenPage } from './harness';

jest.setTimeout(180_000);

const TOKEN = 'e2e-curation-token-0123';

let h: Harness;
let srv: WriteServer;
const open: OpenPage[] = [];

beforeAll(async () => {
  srv = await startWriteServer({ token: TOKEN });
  for (const article of [
    { text: NILE_DAM, outlet: 'Test Wire', date: '2026-02-07', title: 'Nile dam talks' },
    { text: MADE_UP, outlet: 'Test Wire', date: '2026-02-08', title: 'Canal gates (made up)' },
  ]) {
    const res = await fetch(`${srv.base}/api/documents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(article),
    });
    expect(res.status).toBe(201);
  }
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
/**
 * Opens the panel's curation section and fills one of its fields. A live update that lands after
 * the click draws the panel again with the section closed, so the section is opened again (never
 * toggled shut) until the field takes the value.
 */
async function fillCurateField(p: OpenPage['page'], field: ReturnType<OpenPage['page']['locator']>, value: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const details = p.locator('#panel details.curate');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    try {
      await field.fill(value, { timeout: 5000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

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

  // A panel drawn before the confirmation's live update holds the older version, and the server
  // refuses a rename sent with it as stale; the panel drawn again holds the new one.
  const renamed = async (name: string): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      const field = p.locator('#panel').getByLabel('Name', { exact: true });
      await fillCurateField(p, field, name);
      await field.press('Enter');
      try {
        await until(() => actor('al-gezira')?.name === name, 'the rename', 8_000);
        return;
      } catch (e) {
        if (attempt === 3) throw e;
      }
    }
  };
  await p.locator('#panel h2', { hasText: /^Al-Gezira$/ }).waitFor();
  await renamed('Gezira Scheme Board');
  await p.locator('#panel h2', { hasText: 'Gezira Scheme Board' }).waitFor();
  expect(actor('al-gezira')).toMatchObject({ name: 'Gezira Scheme Board', aliases: ['Al-Gezira'] });

  // Extraction took the board for a person.
  await p.locator('#panel summary', { hasText: 'Curate this actor' }).click();
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
