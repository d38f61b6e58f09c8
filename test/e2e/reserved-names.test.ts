/**
 * Actors named "constructor" and "__proto__" in a real browser: sigma and graphology keep nodes in
 * plain objects, so such ids broke the page as they broke the server. The dataset is a dump that
 * holds them as ids, as an older version stored them: it is repaired on load (constructor →
 * constructor_id, __proto__ → proto), and the page draws both, finds them by name and opens their
 * panels.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { loadDataset } from '../../server/data/load-dataset';
import { Explorer } from '../../server/query/explorer';
import { clickActor, openPage, renderedNodes, startHarness } from './harness';
import type { Harness, OpenPage } from './harness';

jest.setTimeout(120_000);

const SENTENCES = ['Iran negotiates with constructor.', '__proto__ opposes Iran.', 'constructor met __proto__ in Muscat.'];

function reservedDumpFile(): string {
  const dump = {
    documents: [{ id: 'talks', title: 'Talks', outlet: 'Wire', date: '2026-02-06', text: SENTENCES.join(' ') }],
    actors: [
      { id: 'iran', name: 'Iran', kind: 'state', aliases: [] },
      { id: 'constructor', name: 'constructor', kind: 'organization', aliases: [] },
      { id: '__proto__', name: '__proto__', kind: 'person', affiliation: 'constructor', aliases: [] },
    ],
    relations: [
      { id: 'r1', source: 'iran', target: 'constructor', type: 'negotiates', evidence: [{ document: 'talks', quote: SENTENCES[0] }] },
      { id: 'r2', source: '__proto__', target: 'iran', type: 'opposes', evidence: [{ document: 'talks', quote: SENTENCES[1] }] },
      { id: 'r3', source: 'constructor', target: '__proto__', type: 'negotiates', evidence: [{ document: 'talks', quote: SENTENCES[2] }] },
    ],
  };
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ag-e2e-reserved-')), 'reserved.json');
  fs.writeFileSync(file, JSON.stringify(dump));
  return file;
}

let h: Harness;
const open: OpenPage[] = [];

beforeAll(async () => {
  const warnings: string[] = [];
  h = await startHarness({ explorer: new Explorer(loadDataset(reservedDumpFile(), (m) => warnings.push(m))) });
  expect(warnings).toHaveLength(1);
}, 120_000);

afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.context.close()));
});

afterAll(async () => {
  await h?.close();
});

/** The actor's panel with its details: the title shows while they load (panel.ts' loading()), so wait for those too. */
async function panelShows(p: Page, name: string): Promise<void> {
  await p.locator('#panel h2', { hasText: name }).waitFor();
  await p.locator('#panel p.muted', { hasText: 'Loading details…' }).waitFor({ state: 'detached' });
}

test('the page draws actors named "constructor" and "__proto__", finds them by name and opens their panels', async () => {
  const o = await openPage(h);
  open.push(o);
  const { page: p, errors } = o;

  const nodes = await renderedNodes(p);
  expect(nodes.map((n) => n.id).sort()).toEqual(['constructor_id', 'iran', 'proto']);

  // A click on its disc opens its panel.
  await clickActor(p, 'constructor_id');
  await panelShows(p, 'constructor');
  await p.keyboard.press('Escape');

  // Search by name: the option, then its panel with the quotes.
  await p.locator('#search-input').fill('constructor');
  const option = p.locator('#search-input-list [role="option"]').first();
  await option.waitFor();
  expect(await option.locator('.option-name').textContent()).toBe('constructor');
  await p.keyboard.press('Enter');
  await panelShows(p, 'constructor');
  expect(await p.locator('#panel h2').textContent()).toBe('constructor');
  expect(await p.locator('#panel .quote-text').allTextContents()).toEqual(expect.arrayContaining([`“${SENTENCES[0]}”`, `“${SENTENCES[2]}”`]));
  expect(p.url()).toContain('actor=constructor_id');
  await p.keyboard.press('Escape');

  // The other one from the centrality table: its panel, with its relations.
  await p.locator('button.link', { hasText: /^__proto__$/ }).click();
  await panelShows(p, '__proto__');
  expect(await p.locator('#panel h2').textContent()).toBe('__proto__');
  expect((await p.locator('#panel').textContent()) ?? '').toContain('opposes');
  expect(await p.locator('#panel .quote-text').allTextContents()).toEqual(expect.arrayContaining([`“${SENTENCES[1]}”`]));
  expect(p.url()).toContain('actor=proto');
  await p.keyboard.press('Escape');

  // Searching "__proto__" finds it too.
  await p.locator('#search-input').fill('__proto__');
  await p.locator('#search-input-list [role="option"]').first().waitFor();
  expect(await p.locator('#search-input-list [role="option"] .option-name').allTextContents()).toEqual(['__proto__']);
  expect(errors).toEqual([]);
});
