/**
 * "Why this line" in Chromium: after a made-up article is ingested, its quote in the relation
 * panel and in the review queue marks the cue and the two arguments (told apart by shape, not
 * colour alone) and says in words which rule related them.
 */
import type { Page } from 'playwright-core';
import { edgeKey } from '../../server/graph/build';
import { startWriteServer } from '../helpers/write-server';
import { useHarness } from './harness';

jest.setTimeout(180_000);

// Made up for this test (no outlet's text): four states of the reference gazetteer.
const ARTICLE = 'Norway held talks with Chile in Oslo on Tuesday. Peru condemned Bolivia over the closure of a border crossing.';
const QUOTE = 'Peru condemned Bolivia over the closure of a border crossing.';

const pages = useHarness({
  server: async () => {
    const srv = await startWriteServer();
    const res = await fetch(`${srv.base}/api/documents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: ARTICLE, outlet: 'Made-up Wire', date: '2026-06-01', title: 'Talks and a border (made up)' }),
    });
    expect(res.status).toBe(201);
    return srv;
  },
});

/** The marks of the quote inside `scope`: role → [text, the styles that tell them apart]. */
async function marks(page: Page, scope: string): Promise<Record<string, { text: string; weight: string; decoration: string; border: string }>> {
  const root = page.locator(scope).filter({ hasText: QUOTE.slice(0, 20) }).first();
  await root.locator('mark[data-reading="cue"]').waitFor();
  const out: Record<string, { text: string; weight: string; decoration: string; border: string }> = {};
  for (const m of await root.locator('mark[data-reading]').all()) {
    const role = (await m.getAttribute('data-reading')) as string;
    // No DOM types in the tests' compile: the page's own getComputedStyle, reached through globalThis.
    const style = await m.evaluate((node) => {
      const s = (globalThis as any).getComputedStyle(node);
      return { weight: String(s.fontWeight), decoration: String(s.textDecorationStyle), border: String(s.borderBottomStyle) };
    });
    out[role] = { text: (await m.textContent()) ?? '', ...style };
  }
  return out;
}

/** Each mark differs from the others in shape: weight, underline style or border style. */
function expectDistinctShapes(m: Awaited<ReturnType<typeof marks>>): void {
  expect(Object.keys(m).sort()).toEqual(['cue', 'source', 'target']);
  expect(m.cue).toMatchObject({ text: 'condemned', weight: '700', decoration: 'double' });
  expect(m.source).toMatchObject({ text: 'Peru', border: 'solid' });
  expect(m.target).toMatchObject({ text: 'Bolivia', border: 'dashed' });
  const shapes = new Set(Object.values(m).map((x) => `${x.weight}/${x.decoration}/${x.border}`));
  expect(shapes.size).toBe(3);
}

test('the relation panel marks the cue and both arguments of the quote and says why', async () => {
  const { page, errors } = await pages.page(`?edge=${encodeURIComponent(edgeKey('opposes', 'peru', 'bolivia'))}`);
  const panel = '#panel .evidence li';
  expectDistinctShapes(await marks(page, panel));
  const item = page.locator(panel).filter({ hasText: QUOTE.slice(0, 20) }).first();
  // The words are the quote's, unchanged, and the why line names type, cue, arguments and rule in words.
  await expect(item.locator('.quote-text').textContent()).resolves.toBe(`“${QUOTE}”`);
  await expect(item.locator('.quote-why').textContent()).resolves.toBe('Why: opposes — cue “condemned”; “Peru” → “Bolivia” (subject → object of the verb)');
  expect(errors).toEqual([]);
});

test('the review queue shows the same marks and why line', async () => {
  const { page, errors } = await pages.page();
  const entry = `#review li[data-relation]`;
  expectDistinctShapes(await marks(page, entry));
  const item = page.locator(entry).filter({ hasText: QUOTE.slice(0, 20) }).first();
  await expect(item.locator('.quote-why').textContent()).resolves.toMatch(/^Why: opposes — cue “condemned”; “Peru” → “Bolivia”/);
  // The other relation of the article reads by another rule, explained in its own words.
  const talks = page.locator(entry).filter({ hasText: 'Norway held talks' }).first();
  await expect(talks.locator('mark[data-reading="cue"]').textContent()).resolves.toBe('talks');
  await expect(talks.locator('.quote-why').textContent()).resolves.toMatch(/^Why: negotiates — cue “talks”; “Norway” → “Chile” \(/);
  expect(errors).toEqual([]);
});
