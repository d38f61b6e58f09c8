/**
 * The registry and its faces agree: every route the real app serves is in the OpenAPI document
 * and every documented route is served; each read route accepts exactly its operation's
 * parameters (probed over HTTP), the document lists exactly those, each CLI command takes the same
 * ones as flags, and the README's route table and command list name what exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import { createApp } from '../../server/app';
import { openApiDocument, openApiPath } from '../../server/api/openapi';
import { pathParamNames } from '../../server/api/operation-routes';
import { buildProgram } from '../../server/cli';
import { flagName, paramsFromFlags } from '../../server/cli/operation-flags';
import { Curator } from '../../server/curation/curator';
import { DEFAULT_DATA_DIR } from '../../server/data/paths';
import { extractInProcess } from '../../server/extract/run-extraction';
import { Ingestor } from '../../server/ingest/ingestor';
import { OPERATION_LIST } from '../../server/operations/registry';
import { Explorer } from '../../server/query/explorer';
import { openStore } from '../../server/store/open-store';
import type { DatasetStore } from '../../server/store/types';
import { listen, type Running } from '../helpers/http-server';
import { tempDbFile } from '../helpers/write-server';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  rawPath?: string;
  handle: { stack?: Layer[] };
}

/** "METHOD /api/path/{id}" of every route in an Express router stack, mounted routers included. */
function servedRoutes(stack: Layer[], prefix = ''): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) return Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${openApiPath(`${prefix}${layer.route!.path}`.replace(/^\/api/, ''))}`);
    if (layer.handle.stack) return servedRoutes(layer.handle.stack, prefix + (layer.rawPath && layer.rawPath !== '/' ? layer.rawPath : ''));
    return [];
  });
}

type Doc = { paths: Record<string, Record<string, { parameters?: { name: string; in: string; required?: boolean }[] }>> };
const doc = openApiDocument('test') as Doc;
const documented = Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`));

let store: DatasetStore;
let app: Express;
let running: Running;

beforeAll(async () => {
  const opened = openStore(tempDbFile(), DEFAULT_DATA_DIR);
  store = opened.store;
  const explorer = new Explorer(opened.dataset);
  const ingestor = new Ingestor(store, explorer, extractInProcess);
  // A writable server serves every route there is.
  app = createApp({ explorer, ingestor, curator: new Curator(store, explorer, () => ingestor.announceCuration(), () => ingestor.catchUpWithStore()), logError: () => undefined });
  running = await listen(app);
});

afterAll(async () => {
  await running.close();
  store.close();
});

test('every route the app serves is in the OpenAPI document, and every documented route is served', async () => {
  const served = servedRoutes((app as unknown as { router: { stack: Layer[] } }).router.stack);
  expect(served.length).toBeGreaterThan(30);
  expect([...new Set(served)].sort()).toEqual([...documented].sort());
  // And the app answers each: no "no route" 404 (path parameters given as "x").
  for (const route of documented) {
    const [method, p] = route.split(' ');
    const url = `${running.base}${p.replace(/\{[^}]+\}/g, 'x')}`;
    const res = await fetch(url, method === 'POST' ? { method, headers: { 'Content-Type': 'application/json' }, body: '{"bogus":1}' } : {});
    const text = res.headers.get('content-type')?.includes('json') ? await res.text() : (await res.body?.cancel(), '');
    expect(`${route} ${text}`).not.toMatch(/no route for/);
  }
  // Edge betweenness on the sample data, the first heavy query, starts the worker pool: slow on a busy machine.
}, 120_000);

describe.each(OPERATION_LIST.map((op) => [op.name, op] as const))('%s', (_name, op) => {
  const inPath = pathParamNames(op.path);
  const names = Object.keys(op.params.shape);

  test('its route accepts exactly its parameters (and the names it refuses with a reason)', async () => {
    const url = `${running.base}${openApiPath(op.path).replace(/\{[^}]+\}/g, 'x')}?zz-not-a-parameter=1`;
    const body = (await (await fetch(url)).json()) as { error: { message: string } };
    const allowed = /allowed: (.*)\)$/.exec(body.error.message)?.[1];
    expect(allowed?.split(', ').filter((n) => n !== 'none').sort()).toEqual([...names.filter((n) => !inPath.includes(n)), ...(op.refuses ?? [])].sort());
  });

  test('the OpenAPI document lists exactly its parameters, in the path where the route has them', () => {
    const params = doc.paths[openApiPath(op.path)].get.parameters ?? [];
    expect(params.map((p) => p.name).sort()).toEqual([...names].sort());
    for (const p of params) expect([p.name, p.in]).toEqual([p.name, inPath.includes(p.name) ? 'path' : 'query']);
    for (const p of params) expect([p.name, p.required ?? false]).toEqual([p.name, inPath.includes(p.name) || !op.params.shape[p.name].isOptional()]);
  });

  // Operations without a command (the page's graph, documents, the curator's reads) have no flags to compare.
  if (!op.cli) return;
  const command = buildProgram().commands.find((c) => c.name() === op.cli);
  test(`its CLI command ${op.cli} takes the same parameters as flags`, () => {
    expect(command).toBeDefined();
    const source = new Set(['data', 'server', 'json', 'graph', 'out']);
    const flags = command!.options.filter((o) => !source.has(o.attributeName()));
    expect(flags.map((o) => o.long?.replace(/^--(no-)?/, '')).sort()).toEqual(names.map(flagName).sort());
    for (const o of flags) {
      // Each flag's value reaches the operation under the parameter's name.
      const { params } = paramsFromFlags(op, { [o.attributeName()]: o.negate ? false : 'v' });
      const name = names.find((n) => flagName(n) === o.long!.replace(/^--(no-)?/, ''))!;
      expect(params).toEqual({ [name]: o.negate ? false : 'v' });
      expect([name, o.mandatory]).toEqual([name, !op.params.shape[name].isOptional()]);
    }
  });
});

describe('the README', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

  test("its HTTP API table names every GET route, and only those", () => {
    const table = readme.split('### HTTP API')[1].split('\n### ')[0];
    const rows = table.split('\n').filter((l) => l.startsWith('| `'));
    const inTable = rows.flatMap((r) => [...r.split(' | ')[0].matchAll(/`GET (\/api\/[^`?]*)/g)].map((m) => openApiPath(m[1].replace(/^\/api/, ''))));
    expect([...new Set(inTable)].sort()).toEqual(documented.filter((r) => r.startsWith('GET ')).map((r) => r.slice(4)).sort());
  });

  test('its command examples name every command an operation has', () => {
    const section = readme.split('### Command line')[1].split('\n### ')[0];
    const commands = new Set([...section.matchAll(/npx actor-graph ([a-z-]+)/g)].map((m) => m[1]));
    for (const op of OPERATION_LIST) if (op.cli) expect(commands).toContain(op.cli);
  });
});
