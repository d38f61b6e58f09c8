/** `actor-graph ingest` over many files: metadata per file, bad files skipped, repeat is a no-op, SIGKILL resumes. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BIN, runCli } from './helpers/run-cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-cli-batch-'));
const PLACES = ['Egypt', 'Israel', 'Qatar', 'Turkey', 'Iran', 'France', 'Germany', 'Japan'];

/** A distinct made-up article: two states negotiate, on a numbered day. */
function article(i: number): string {
  const a = PLACES[i % PLACES.length];
  const b = PLACES[(i + 3) % PLACES.length];
  return `${a} and ${b} negotiated a water-sharing accord on day ${i} of the summit. Officials from ${a} said talks with ${b} would continue (bulletin ${i}).`;
}

function documentTexts(db: string): string[] {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare('SELECT text FROM documents').all() as { text: string }[]).map((r) => r.text);
  } finally {
    conn.close();
  }
}

test('a folder and a manifest: metadata from front matter, HTML and manifest; a bad file is reported and skipped; a repeat adds nothing', async () => {
  const folder = path.join(dir, 'articles');
  fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'a.md'), `---\noutlet: Front Wire\ndate: 2026-03-01\n---\n${article(1)}\n`);
  fs.writeFileSync(path.join(folder, 'sub', 'b.html'), `<!doctype html><html><head><meta property="og:site_name" content="Meta Daily"><meta property="article:published_time" content="2026-03-02T08:00:00Z"><title>B</title></head><body><p>${article(2)}</p></body></html>`);
  fs.writeFileSync(path.join(folder, 'c.txt'), article(3));
  fs.writeFileSync(path.join(folder, 'd.txt'), article(4));
  fs.writeFileSync(path.join(folder, 'bad.txt'), Buffer.from([0xff, 0xfe, 0x00]));
  fs.writeFileSync(path.join(folder, 'notes.json'), '{}');
  const manifest = path.join(dir, 'manifest.csv');
  fs.writeFileSync(manifest, 'path,outlet,date\narticles/c.txt,Manifest Post,2026-03-03\n');
  const env = { ACTOR_GRAPH_DB: path.join(dir, 'one.sqlite') };
  const r = await runCli(['ingest', folder, '--manifest', manifest, '--json'], undefined, env);
  expect(r.code).toBe(1);
  const summary = JSON.parse(r.stdout);
  expect(summary).toMatchObject({ total: 5, added: 3, duplicates: 0, failed: 2 });
  const byFile = new Map<string, { status: string; error?: { message: string } }>(summary.results.map((x: { item: string }) => [path.basename(x.item), x]));
  expect(byFile.get('d.txt')?.error?.message).toMatch(/^outlet, date: not found in the file/);
  expect(byFile.get('bad.txt')?.error?.message).toMatch(/not valid UTF-8/);
  expect(byFile.has('notes.json')).toBe(false);
  const dump = JSON.parse((await runCli(['dump'], undefined, env)).stdout) as { documents: { outlet: string; date: string }[] };
  const added = dump.documents.map((d) => `${d.outlet} ${d.date}`);
  expect(added).toEqual(expect.arrayContaining(['Front Wire 2026-03-01', 'Meta Daily 2026-03-02', 'Manifest Post 2026-03-03']));

  // Flags give the batch's defaults: d.txt now goes in; the rest are recognised.
  const again = JSON.parse((await runCli(['ingest', folder, '--manifest', manifest, '--outlet', 'Default Wire', '--date', '2026-03-09', '--json'], undefined, env)).stdout);
  expect(again).toMatchObject({ added: 1, duplicates: 3, failed: 1 });
  const third = JSON.parse((await runCli(['ingest', folder, '--manifest', manifest, '--outlet', 'Default Wire', '--date', '2026-03-09', '--json'], undefined, env)).stdout);
  expect(third).toMatchObject({ added: 0, duplicates: 4, failed: 1 });
});

test('a batch killed with SIGKILL resumes without losing or doubling a document', async () => {
  const folder = path.join(dir, 'many');
  fs.mkdirSync(folder);
  const N = 40;
  for (let i = 0; i < N; i++) fs.writeFileSync(path.join(folder, `${String(i).padStart(3, '0')}.txt`), article(100 + i));
  const db = path.join(dir, 'kill.sqlite');
  const env = { ACTOR_GRAPH_DB: db };
  expect((await runCli(['actors', '--json'], undefined, env)).code).toBe(0); // seeds the store
  const seeded = documentTexts(db).length;

  const child = spawn(process.execPath, [BIN, 'ingest', folder, '--outlet', 'Kill Wire', '--date', '2026-04-01'], { env: { ...process.env, ...env }, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  // Kill once some, not all, documents are in.
  const deadline = Date.now() + 60_000;
  let stored = 0;
  while (Date.now() < deadline) {
    stored = documentTexts(db).length - seeded;
    if (stored >= 3) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  process.kill(child.pid as number, 'SIGKILL');
  expect(await exited).toBe('SIGKILL');
  const afterKill = documentTexts(db).length - seeded;
  expect(afterKill).toBeGreaterThanOrEqual(3);
  expect(afterKill).toBeLessThan(N);

  const resumed = await runCli(['ingest', folder, '--outlet', 'Kill Wire', '--date', '2026-04-01', '--json'], undefined, env);
  expect(resumed.code).toBe(0);
  expect(JSON.parse(resumed.stdout)).toMatchObject({ total: N, added: N - afterKill, duplicates: afterKill, failed: 0 });
  const texts = documentTexts(db);
  expect(texts.length - seeded).toBe(N);
  expect(new Set(texts).size).toBe(texts.length);
}, 180_000);
