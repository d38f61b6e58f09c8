/**
 * What the compiled server loads to start: not the extraction stack (the NLP library, about half a
 * second; the server extracts in a worker thread) nor the feed parser (needed at the first poll), nor
 * the HTML and YAML readers of pages and front matter (needed at the first page or file read).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ENTRY = path.join(__dirname, '..', 'dist', 'server', 'index.js');

test('starting the server loads neither the NLP library, the feed parser nor the page and front-matter readers on its thread', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-start-modules-'));
  // The entry starts the server when required; its static imports are all loaded by then.
  const script = `require(${JSON.stringify(ENTRY)});
setImmediate(() => {
  const heavy = Object.keys(require.cache).filter((k) => /node_modules[\\\\/](compromise|feedsmith|linkedom|yaml|@mozilla[\\\\/]readability)[\\\\/]/.test(k));
  process.stderr.write('LOADED ' + JSON.stringify(heavy) + '\\n');
  process.exit(0);
});`;
  const run = spawnSync(process.execPath, ['-e', script], {
    env: { ...process.env, ACTOR_GRAPH_DB: path.join(dir, 'store.sqlite'), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  fs.rmSync(dir, { recursive: true, force: true });
  const line = /LOADED (.*)/.exec(run.stderr);
  expect(line).not.toBeNull();
  expect(JSON.parse((line as RegExpExecArray)[1])).toEqual([]);
}, 90_000);
