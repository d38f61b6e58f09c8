/**
 * How `npm start` runs the server, read from package.json's start script: its one declaration of
 * the environment and node flags the server runs with, so the scripts that start the server (the
 * bench's cases, the load test) run it as users do.
 */
import fs from 'node:fs';
import path from 'node:path';

/** How `npm start` runs the server: the environment it gives it and the flags it gives node. */
export interface StartScript {
  /** The `NAME=value` words before `node` (glibc's malloc settings: docs/history/engine-rounds.md, *Memory, fifth round*). */
  env: Record<string, string>;
  /** The words between `node` and the server's script (V8's young generation: *Memory, seventh round*; its old generation's growth: *Memory, V8's heap growth*). */
  nodeArgs: string[];
}

/** package.json's start script (in `root`) read, see StartScript. */
export function startScript(root: string): StartScript {
  const start = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const words = start.trim().split(/\s+/);
  const node = words.indexOf('node');
  const env = Object.fromEntries(words.slice(0, node).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]));
  return { env, nodeArgs: words.slice(node + 1, words.indexOf('dist/server/index.js')) };
}
