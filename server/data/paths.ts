/** Where the project's own files are, whether running from `server/` (ts-node) or `dist/server/`. */
import fs from 'node:fs';
import path from 'node:path';

/** The nearest folder above this module that holds package.json: the project root. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('actor-graph: cannot find the project root (no package.json above the code)');
    dir = up;
  }
  return dir;
}

/** The folder of bundled data shipped with the project. */
export const DEFAULT_DATA_DIR = path.join(projectRoot(), 'data');
