/**
 * The bench starts the server with the environment `npm start` gives it (scripts/bench/bench-server.ts),
 * so what it measures is the server as it is run: the assignments before `node` in package.json's
 * start script, glibc's fixed mmap threshold among them (README.md, *Memory, fifth round*).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startScriptEnv } from '../../scripts/bench/bench-server';

const root = path.join(__dirname, '..', '..');

test("the bench's server environment is the start script's assignments, the mmap threshold among them", () => {
  const start = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const env = startScriptEnv(root);
  expect(start).toBe(`${Object.entries(env).map(([k, v]) => `${k}=${v} `).join('')}node dist/server/index.js`);
  expect(Number(env.MALLOC_MMAP_THRESHOLD_)).toBeGreaterThan(0);
});

test('a start script without assignments gives none', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-start-env-'));
  try {
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ scripts: { start: 'node dist/server/index.js' } }));
    expect(startScriptEnv(dir)).toEqual({});
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
