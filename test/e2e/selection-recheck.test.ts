/**
 * Whether the selected actor is hidden by the filters is decided when the filtered graph arrives,
 * not before (issue #15). The graph for new filters is fetched asynchronously; here its answer is
 * held back (playwright's page.route) so that a search made meanwhile meets the old picture.
 */
import type { Page } from 'playwright-core';
import { renderedNodes, useHarness, waitForDrawn } from './harness';

jest.setTimeout(180_000);

const { page } = useHarness();

/** How long a filtered graph's answer is held back: long enough for a search to land in between. */
const DELAY_MS = 1500;

/** Holds back every /api/graph answer from now on (the first load has been drawn already). */
async function slowFilteredGraphs(p: Page): Promise<void> {
  await p.route(
    (url) => url.pathname === '/api/graph',
    async (route) => {
      await new Promise((r) => setTimeout(r, DELAY_MS));
      await route.continue();
    },
  );
}

/** Records every notice shown from now on, with the number of graph loads applied when it appeared. */
async function recordNotices(p: Page): Promise<void> {
  await p.evaluate(() => {
    const d = (globalThis as any).document;
    const w = globalThis as any;
    w.__notices = [];
    const graph = d.getElementById('graph');
    new w.MutationObserver(() => {
      for (const t of d.querySelectorAll('#notices .toast')) {
        if (t.dataset.seen) continue;
        t.dataset.seen = '1';
        w.__notices.push({ text: t.textContent, loads: Number(graph.getAttribute('data-loads')) });
      }
    }).observe(d.getElementById('notices'), { childList: true, subtree: true });
  });
}

const notices = (p: Page): Promise<{ text: string; loads: number }[]> => p.evaluate(() => (globalThis as any).__notices);
const loads = async (p: Page): Promise<number> => Number(await p.locator('#graph').getAttribute('data-loads'));

/** Picks an actor through the search box, as a person would. */
async function search(p: Page, name: string): Promise<void> {
  await p.locator('#search-input').fill('');
  await p.locator('#search-input').fill(name);
  await p.locator('#search-input-list [role="option"]').first().waitFor();
  await p.keyboard.press('Enter');
}

test('an actor found while the filtered graph is on its way is said to be hidden once that graph arrives', async () => {
  const { page: p, errors } = await page();
  await slowFilteredGraphs(p);
  await recordNotices(p);
  const before = await loads(p);
  await p.locator('input[name="kinds"][value="military"]').uncheck();
  await p.waitForFunction(() => (globalThis as any).location.search.includes('kinds='));
  // Mossad is still drawn: the graph without military bodies has not arrived yet.
  expect((await renderedNodes(p)).some((n) => n.id === 'mossad')).toBe(true);
  await search(p, 'Mossad');
  const hidden = p.locator('#notices .toast', { hasText: 'Mossad is hidden by the current filters.' });
  await hidden.waitFor({ timeout: 15_000 });
  await waitForDrawn(p);
  expect((await renderedNodes(p)).some((n) => n.id === 'mossad')).toBe(false);
  // Said once the filtered graph was applied, not about the picture it replaced.
  const said = (await notices(p)).filter((n) => n.text.includes('is hidden'));
  expect(said).toHaveLength(1);
  expect(said[0].loads).toBeGreaterThan(before);
  await p.locator('#panel .notice', { hasText: 'Hidden from the graph by the current filters.' }).waitFor();
  expect(errors).toEqual([]);
});

test('an actor found while the graph that brings it back is on its way is not said to be hidden', async () => {
  const { page: p, errors } = await page('?kinds=state,person,organization');
  expect((await renderedNodes(p)).some((n) => n.id === 'mossad')).toBe(false);
  await slowFilteredGraphs(p);
  await recordNotices(p);
  await p.locator('input[name="kinds"][value="military"]').check();
  await search(p, 'Mossad');
  await p.waitForFunction(() => (globalThis as any).__actorGraph.nodes().some((n: { id: string }) => n.id === 'mossad'));
  await waitForDrawn(p);
  await p.locator('#panel h2', { hasText: /^Mossad$/ }).waitFor();
  expect((await notices(p)).filter((n) => n.text.includes('is hidden'))).toEqual([]);
  expect(await p.locator('#panel .notice', { hasText: 'Hidden from the graph' }).count()).toBe(0);
  expect(errors).toEqual([]);
});

test('an actor already selected is said to be hidden when new filters leave it out', async () => {
  const { page: p, errors } = await page('?actor=mossad');
  await p.locator('#panel h2', { hasText: /^Mossad$/ }).waitFor();
  await slowFilteredGraphs(p);
  await recordNotices(p);
  await p.locator('input[name="kinds"][value="military"]').uncheck();
  await p.locator('#notices .toast', { hasText: 'Mossad is hidden by the current filters.' }).waitFor({ timeout: 15_000 });
  expect((await renderedNodes(p)).some((n) => n.id === 'mossad')).toBe(false);
  await p.locator('#panel .notice', { hasText: 'Hidden from the graph by the current filters.' }).waitFor();
  expect(errors).toEqual([]);
});
