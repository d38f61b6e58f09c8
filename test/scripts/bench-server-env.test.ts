/**
 * The bench starts the server as `npm start` does (scripts/bench/bench-server.ts), so what it
 * measures is the server as it is run: the assignments before `node` in package.json's start
 * script, glibc's fixed mmap threshold among them (docs/history/engine-rounds.md, *Memory, fifth round*), and the flags
 * given to node, the main thread's young generation (*Memory, seventh round*) and its old generation's
 * growth (*Memory, V8's heap growth*) among them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startScript } from '../../scripts/start-script';

const root = path.join(__dirname, '..', '..');

test("the bench's server environment and node flags are the start script's, the mmap threshold, the young generation's size and the old generation's growth among them", () => {
  const start = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const { env, nodeArgs } = startScript(root);
  expect(start).toBe(`${Object.entries(env).map(([k, v]) => `${k}=${v} `).join('')}node ${nodeArgs.map((a) => `${a} `).join('')}dist/server/index.js`);
  expect(Number(env.MALLOC_MMAP_THRESHOLD_)).toBeGreaterThan(0);
  expect(nodeArgs.some((a) => /^--max-semi-space-size=[1-9]\d*$/.test(a))).toBe(true);
  // The request thread's old generation grown by a fixed factor past a floor, not by V8's up to 4×
  // (docs/history/engine-rounds.md, *Memory, V8's heap growth*).
  expect(nodeArgs.some((a) => /^--heap-growing-percent=[1-9]\d*$/.test(a))).toBe(true);
  expect(nodeArgs.some((a) => /^--initial-old-space-size=[1-9]\d*$/.test(a))).toBe(true);
});

test('a start script without assignments or flags gives none', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-start-env-'));
  try {
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ scripts: { start: 'node dist/server/index.js' } }));
    expect(startScript(dir)).toEqual({ env: {}, nodeArgs: [] });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("every script that starts the server reads the start script's environment and node flags", () => {
  const scripts = path.join(root, 'scripts');
  const files = (fs.readdirSync(scripts, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(scripts, f));
  // A script starts the server when it spawns node on dist/server/index.js, itself or through the tests' spawnServer.
  const starting = files.filter((f) => {
    const text = fs.readFileSync(f, 'utf8');
    return /spawnServer\(|spawn\(process\.execPath, \[[^\]]*'index\.js'/.test(text);
  });
  expect(starting.map((f) => path.relative(root, f)).sort()).toEqual(['scripts/bench/bench-server.ts', 'scripts/bench/reads-while-ingesting.ts', 'scripts/load.ts']);
  for (const f of starting) expect(fs.readFileSync(f, 'utf8')).toMatch(/startScript\(/);
});
