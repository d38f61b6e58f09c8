/**
 * The rolled-up view with one state opened in place (issue #15), in Chromium on the bundled story:
 * from the state's panel its people and bodies come back around it while the other states stay
 * rolled up; the opening is in the URL and in history; a double-click folds it back.
 */
import type { Page } from 'playwright-core';
import { renderedNodes, useHarness, waitForDrawn } from './harness';

jest.setTimeout(180_000);

const { page } = useHarness();

const IRAN_PEOPLE = ['araghchi', 'iran-president', 'iranian-officials'];

const drawnIds = async (p: Page): Promise<string[]> => (await renderedNodes(p)).filter((n) => !n.hidden).map((n) => n.id).sort();

test('a state of the rolled-up view opens in place from its panel, is in the URL, and folds back on a double-click', async () => {
  const { page: p, errors } = await page('?rollup=true&actor=iran');
  await p.locator('#panel h2', { hasText: /^Iran$/ }).waitFor();
  expect(await drawnIds(p)).not.toContain('araghchi');
  await p.locator('#panel button[data-expand="iran"]', { hasText: 'Show its people and bodies' }).click();
  await p.waitForFunction(() => new URLSearchParams((globalThis as any).location.search).get('expand') === 'iran');
  await p.waitForFunction(() => (globalThis as any).__actorGraph.nodes().some((n: { id: string }) => n.id === 'araghchi'));
  await waitForDrawn(p);
  const ids = await drawnIds(p);
  expect(ids).toEqual(expect.arrayContaining(['iran', 'united-states', ...IRAN_PEOPLE]));
  // Only Iran is opened: the United States' people stay folded into it.
  expect(ids).not.toContain('witkoff');
  expect(ids).not.toContain('trump');
  // Around where the state is: Iran's people all at one distance from it, nearer than any other state.
  const nodes = await renderedNodes(p);
  const at = (id: string) => nodes.find((n) => n.id === id)!;
  const d = (a: string, b: string): number => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
  const radii = IRAN_PEOPLE.map((id) => d(id, 'iran'));
  for (const r of radii) expect(r).toBeCloseTo(radii[0], 0);
  for (const id of IRAN_PEOPLE) expect(d(id, 'iran')).toBeLessThan(d('united-states', 'iran'));
  await p.locator('#panel button[data-expand="iran"]', { hasText: 'Fold back into Iran' }).waitFor();

  // A double-click on the state folds it back.
  const box = (await p.locator('#graph').boundingBox())!;
  await p.mouse.dblclick(box.x + at('iran').x, box.y + at('iran').y);
  await p.waitForFunction(() => !new URLSearchParams((globalThis as any).location.search).has('expand'));
  await p.waitForFunction(() => !(globalThis as any).__actorGraph.nodes().some((n: { id: string }) => n.id === 'araghchi'));
  expect(await drawnIds(p)).not.toEqual(expect.arrayContaining(IRAN_PEOPLE));

  // Back returns to the opened state.
  await p.goBack();
  await p.waitForFunction(() => (globalThis as any).__actorGraph.nodes().some((n: { id: string }) => n.id === 'araghchi'));
  expect(new URL(p.url()).searchParams.get('expand')).toBe('iran');
  expect(errors).toEqual([]);
});

test('a link opens the state in place; expand without roll-up is named and left out', async () => {
  const { page: p } = await page('?rollup=true&expand=united-states');
  expect(await drawnIds(p)).toEqual(expect.arrayContaining(['united-states', 'witkoff', 'trump', 'iran']));
  expect(await drawnIds(p)).not.toContain('araghchi');
  const { page: q } = await page('?expand=iran');
  await q.locator('#notices').getByText(/expand=iran: only with rollup=true/).waitFor();
  expect(q.url()).not.toContain('expand=');
});
