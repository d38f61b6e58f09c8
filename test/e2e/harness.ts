/**
 * End-to-end harness: the real app on a free loopback port, Debian's Chromium driven by
 * playwright-core (never a downloaded browser), and helpers that wait for the page to say it
 * has drawn instead of sleeping — WebGL is rendered in software here and can be slow.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEFAULT_CLIENT_DIR, createApp } from '../../server/app';
import { loadDataset } from '../../server/data/load-dataset';
import { Explorer } from '../../server/query/explorer';
import type { RenderedEdge, RenderedNode } from '../../client/test-handle';
import { listen } from '../helpers/http-server';
import { waitForStartLayout } from '../helpers/start-layout';
import type { Running } from '../helpers/http-server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Generous: software WebGL plus a cold browser start. */
export const STEP_TIMEOUT = 30_000;

export interface Harness {
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** The read-only app over this explorer (default: the bundled data). */
  explorer?: Explorer;
  /**
   * A server already running (startWriteServer(), a child process), or a function starting one
   * (run before the browser starts, so a test file can seed it first); the harness closes it.
   */
  server?: Pick<Running, 'base' | 'close'> | (() => Promise<Pick<Running, 'base' | 'close'>>);
}

/** A browser and a server serving the built page; `close` ends both. */
export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  if (!fs.existsSync(path.join(DEFAULT_CLIENT_DIR, 'index.html'))) {
    throw new Error(`e2e: no built client in ${DEFAULT_CLIENT_DIR}; run \`npm run build\` first`);
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`e2e: Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  const given = typeof opts.server === 'function' ? await opts.server() : opts.server;
  const server = given ?? (await listen(createApp({ explorer: opts.explorer ?? new Explorer(loadDataset()), logError: (e) => console.error(e) })));
  // Pages open on the laid-out picture, as tests that click where an actor is drawn expect.
  await waitForStartLayout(server.base);
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (e) {
    await server.close();
    throw e;
  }
  return {
    base: server.base,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Debian's Chromium, headless, with the flags these machines need. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/**
 * A fresh context and page at `query` (with the test flag), once the graph has been drawn; `base`
 * names another server than the harness's own.
 */
export async function openPage(h: Harness, query = '', viewport = { width: 1440, height: 900 }, base = h.base): Promise<OpenPage> {
  const context = await h.browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  const sep = query.includes('?') ? '&' : '?';
  await page.goto(`${base}/${query}${sep}test=1`);
  await waitForDrawn(page);
  return { context, page, errors };
}

/** Waits until the first frame is drawn and the graph load has settled (ready or empty). */
export async function waitForDrawn(page: Page): Promise<void> {
  await page.waitForSelector('#graph[data-rendered="true"]:is([data-status="ready"],[data-status="empty"])', { timeout: STEP_TIMEOUT });
}

/** The handle installed by client/test-hook.ts, seen from Node (no DOM types here). */
interface TestWindow {
  __actorGraph: {
    nodes(): RenderedNode[];
    edges(): RenderedEdge[];
    size(): { width: number; height: number };
  };
}

export interface Camera {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export const camera = (p: Page): Promise<Camera> => p.evaluate(() => (globalThis as unknown as { __actorGraph: { camera(): Camera } }).__actorGraph.camera());

/** Waits until the camera has stopped moving (animations done), and returns where it stands. */
export async function settled(p: Page): Promise<Camera> {
  let last = await camera(p);
  for (;;) {
    await p.waitForTimeout(400);
    const now = await camera(p);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
}

export const renderedNodes = (page: Page): Promise<RenderedNode[]> =>
  page.evaluate(() => (globalThis as unknown as TestWindow).__actorGraph.nodes());

export const renderedEdges = (page: Page): Promise<RenderedEdge[]> =>
  page.evaluate(() => (globalThis as unknown as TestWindow).__actorGraph.edges());

/** Clicks an actor's disc with the real mouse, at the position sigma drew it. */
export async function clickActor(page: Page, id: string): Promise<void> {
  const node = (await renderedNodes(page)).find((n) => n.id === id);
  if (!node) throw new Error(`e2e: actor ${id} is not drawn`);
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('e2e: graph container has no box');
  const x = box.x + node.x;
  const y = box.y + node.y;
  // Move first so sigma sees the hover, as a person's pointer would.
  await page.mouse.move(x, y, { steps: 4 });
  await page.mouse.click(x, y);
}

/** What a browser-test file gets from useHarness. */
export interface TestPages {
  /** The running harness (set once beforeAll has run). */
  harness(): Harness;
  /** Opens the page in a fresh context, closed after the test (even a failed one). */
  page(query?: string, viewport?: { width: number; height: number }): Promise<OpenPage>;
  /** A JSON answer of the harness's server, which must be a 2xx. */
  api<T>(path: string): Promise<T>;
}

/** One harness for a test file: started before its tests, each test's pages closed after it, stopped at the end. */
export function useHarness(opts?: HarnessOptions): TestPages {
  let h: Harness | undefined;
  const open: OpenPage[] = [];
  beforeAll(async () => {
    h = await startHarness(opts);
  }, 120_000);
  afterEach(async () => {
    await Promise.all(open.splice(0).map((o) => o.context.close()));
  });
  afterAll(async () => {
    await h?.close();
  });
  const harness = (): Harness => {
    if (!h) throw new Error('e2e: the harness has not started');
    return h;
  };
  return {
    harness,
    page: async (query = '', viewport) => {
      const o = await openPage(harness(), query, viewport);
      open.push(o);
      return o;
    },
    api: async <T>(p: string): Promise<T> => {
      const res = await fetch(harness().base + p);
      expect(res.ok).toBe(true);
      return (await res.json()) as T;
    },
  };
}
