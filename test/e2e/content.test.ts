/**
 * What the page shows of the data, in a real browser, on small datasets written for the purpose:
 * markup in names, aliases, titles and quotes is shown as text and never runs; the figures of
 * coded events behind a relation are shown in its panel, with source articles as safe links.
 */
import { createApp } from '../../server/app';
import { loadDataset, parseDatasetJson } from '../../server/data/load-dataset';
import { Explorer } from '../../server/query/explorer';
import { listen } from '../helpers/http-server';
import type { Running } from '../helpers/http-server';
import { tinyData, writeDataDir } from '../helpers/tiny-dataset';
import { openPage, startHarness } from './harness';
import type { Harness, OpenPage } from './harness';

jest.setTimeout(120_000);

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const IFRAME = '<iframe src="javascript:window.__pwned=3"></iframe>';
const TITLE = '<script>window.__pwned=4</script> Weekly';
const QUOTE_1 = `Sources said ${IMG} met Alpha.`;
const QUOTE_2 = `${SCRIPT} Alpha and Beta are negotiating.`;

/** The tiny dataset, plus an actor whose name, alias and role are markup, quoted in a hostile article. */
function hostileDir(): string {
  const d = tinyData();
  d.index.documents.push({ id: 'doc-x', file: 'x.txt', title: TITLE, outlet: `${IMG} Press`, date: '2026-01-09' });
  d.texts['x.txt'] = `${QUOTE_1} ${QUOTE_2}`;
  d.actors.push({ id: 'hostile', name: IMG, kind: 'person', aliases: [SCRIPT], role: IFRAME, affiliation: 'alpha' });
  d.relations.push(
    { id: 'hostile-alpha', source: 'hostile', target: 'alpha', type: 'negotiates', evidence: [{ document: 'doc-x', quote: QUOTE_1 }] },
    { id: 'alpha-beta-x', source: 'alpha', target: 'beta', type: 'negotiates', evidence: [{ document: 'doc-x', quote: QUOTE_2 }] },
  );
  return writeDataDir(d);
}

const TALKS = 'The United States and Iran held talks in Muscat.';

/** Three actors; one relation with a quote and coded events, one backed by coded events only. */
function eventDataset(): Explorer {
  const stats = { origin: 'gdelt', firstSeen: '2026-02-03', lastSeen: '2026-02-07' };
  return new Explorer(
    parseDatasetJson(
      {
        documents: [{ id: 'talks', title: 'Talks', outlet: 'Wire', date: '2026-02-06', text: TALKS }],
        actors: [
          { id: 'usa', name: 'United States', kind: 'state', aliases: [] },
          { id: 'irn', name: 'Iran', kind: 'state', aliases: [] },
          { id: 'omn', name: 'Oman', kind: 'state', aliases: [] },
        ],
        relations: [{ id: 'usa-irn', source: 'usa', target: 'irn', type: 'negotiates', evidence: [{ document: 'talks', quote: TALKS }] }],
        eventRelations: [
          {
            ...stats,
            source: 'usa',
            target: 'irn',
            type: 'negotiates',
            events: 1234,
            mentions: 5678,
            sources: 91,
            goldstein: 3.4,
            tone: -1.25,
            urls: ['https://news.example.org/talks?day=6&x=<b>', 'javascript:window.__pwned=5', 'http://wire.example.com/muscat'],
          },
          { ...stats, source: 'omn', target: 'irn', type: 'mediates', events: 3, mentions: 9, sources: 2, goldstein: -2, tone: 0.5, urls: [] },
        ],
      },
      'events',
    ),
  );
}

let h: Harness;
let events: Running;
const open: OpenPage[] = [];

beforeAll(async () => {
  h = await startHarness({ explorer: new Explorer(loadDataset(hostileDir())) });
  events = await listen(createApp({ explorer: eventDataset(), logError: (e) => console.error(e) }));
}, 120_000);

afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.context.close()));
});

afterAll(async () => {
  await events?.close();
  await h?.close();
});

/** Elements the hostile strings would create if they were ever parsed as HTML. */
const injected = (o: OpenPage): Promise<{ imgs: number; iframes: number; scripts: string[]; pwned: unknown }> =>
  o.page.evaluate(() => {
    const d = (globalThis as any).document;
    return {
      imgs: d.querySelectorAll('img').length,
      iframes: d.querySelectorAll('iframe').length,
      // The page's own module script is the only script element.
      scripts: [...d.querySelectorAll('script')].map((s: any) => s.getAttribute('src') ?? s.textContent),
      pwned: (globalThis as any).__pwned,
    };
  });

test('markup in an actor name, alias, role, title and quotes is shown as literal text and never runs', async () => {
  const o = await openPage(h);
  open.push(o);
  const { page: p, errors } = o;
  const requests: string[] = [];
  p.on('request', (r) => requests.push(r.url()));

  // Search autocomplete: the name and the alias that matched, as text.
  await p.locator('#search-input').fill('img');
  const option = p.locator('#search-input-list [role="option"]').first();
  await option.waitFor();
  expect(await option.locator('.option-name').textContent()).toBe(IMG);
  await p.locator('#search-input').fill('script');
  await p.locator('#search-input-list .option-via').first().waitFor();
  expect(await p.locator('#search-input-list .option-via').first().textContent()).toBe(`matches “${SCRIPT}”`);

  // The actor's panel: title, role, alias and quotes as text.
  await p.keyboard.press('Enter');
  await p.locator('#panel h2', { hasText: IMG }).waitFor();
  expect(await p.locator('#panel h2').textContent()).toBe(IMG);
  const panel = (await p.locator('#panel').textContent()) ?? '';
  expect(panel).toContain(IFRAME);
  expect(panel).toContain(SCRIPT);
  expect(await p.locator('#panel .quote-text').allTextContents()).toContain(`“${QUOTE_1}”`);
  expect(await p.locator('#panel .quote-meta').first().textContent()).toContain(`${IMG} Press`);
  expect(p.url()).toContain('actor=hostile');

  // The document viewer: title, outlet and the article with the quote marked, as text.
  await p.locator('#panel button.quote').first().click();
  await p.locator('#document-viewer mark').waitFor();
  expect(await p.locator('#doc-title').textContent()).toBe(TITLE);
  expect(await p.locator('#document-viewer mark').textContent()).toBe(QUOTE_1);
  expect(await p.locator('#document-viewer .doc-text').textContent()).toBe(`${QUOTE_1} ${QUOTE_2}`);
  expect(await p.locator('#document-viewer mark img, #document-viewer .doc-text script').count()).toBe(0);
  await p.keyboard.press('Escape');

  // Names shown elsewhere: the centrality table.
  expect(await p.locator('#centrality').textContent()).toContain(IMG);

  const found = await injected(o);
  expect(found.pwned).toBeUndefined();
  expect(found.imgs).toBe(0);
  expect(found.iframes).toBe(0);
  expect(found.scripts).toHaveLength(1);
  expect(found.scripts[0]).toMatch(/^\/assets\/.*\.js$/);
  // An <img src=x> that had been created would have asked the server for /x.
  expect(requests.filter((u) => /\/x$/.test(new URL(u).pathname))).toEqual([]);
  expect(errors).toEqual([]);
});

test('a relation backed by coded events shows their figures, with source URLs as safe links', async () => {
  const o = await openPage(h, '?edge=negotiates:irn--usa', undefined, events.base);
  open.push(o);
  const { page: p, errors } = o;
  const panel = p.locator('#panel');
  await panel.locator('.event-data').waitFor();
  const figures = Object.fromEntries(
    await panel.locator('.event-facts dt').evaluateAll((dts: any[]) => dts.map((dt) => [dt.textContent, dt.nextElementSibling.textContent])),
  );
  expect(figures).toEqual({
    Events: '1,234',
    Mentions: '5,678',
    Sources: '91',
    'Mean Goldstein': '+3.4',
    'Mean tone': '−1.25',
    Seen: '3 Feb 2026 – 7 Feb 2026',
  });
  expect(await panel.textContent()).toContain('1 quote from 1 document and 1,234 coded events');
  // The quote is still there, with its button to the article.
  expect(await panel.locator('.quote-text').allTextContents()).toEqual([`“${TALKS}”`]);

  // Web addresses are links that open apart from the page; anything else stays text.
  const links = await panel.locator('.event-urls a').evaluateAll((as: any[]) =>
    as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent, rel: a.getAttribute('rel'), target: a.getAttribute('target'), children: a.children.length })),
  );
  expect(links).toEqual([
    { href: 'https://news.example.org/talks?day=6&x=%3Cb%3E', text: 'https://news.example.org/talks?day=6&x=<b>', rel: 'noopener noreferrer', target: '_blank', children: 0 },
    { href: 'http://wire.example.com/muscat', text: 'http://wire.example.com/muscat', rel: 'noopener noreferrer', target: '_blank', children: 0 },
  ]);
  expect(await panel.locator('.event-urls li').nth(1).textContent()).toBe('javascript:window.__pwned=5');
  expect(await panel.locator('.event-urls li').nth(1).locator('a').count()).toBe(0);

  // A relation with events only: figures, no empty evidence list.
  await panel.locator('button.link', { hasText: 'Iran' }).first().click();
  await panel.locator('h2', { hasText: /^Iran$/ }).waitFor();
  const summaries = await panel.locator('.event-summary').allTextContents();
  expect(summaries).toEqual(
    expect.arrayContaining(['1,234 coded events · 5,678 mentions · Goldstein +3.4 · tone −1.25', '3 coded events · 9 mentions · Goldstein −2.0 · tone +0.50']),
  );
  expect(await panel.textContent()).not.toContain('No quotes under the current filters');
  expect((await injected(o)).pwned).toBeUndefined();
  expect(errors).toEqual([]);
});
