/** scripts/ensure-debian-packages.js: which packages count as missing, and the command it names. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain Node script (CommonJS), as pretest runs it
const script = require('../../scripts/ensure-debian-packages.js') as {
  debianPackages(paths?: { chromium?: string; python?: string }): { name: string; present(): boolean }[];
  missingPackages(packages: { name: string; present(): boolean }[]): string[];
  installCommand(names: string[]): string;
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-ensure-'));

/** A stand-in for python3 that can import only `module`. */
function pythonWith(module: string): string {
  const file = path.join(tmp, `python-${module}`);
  fs.writeFileSync(file, `#!/bin/sh\n[ "$2" = "import ${module}" ]\n`, { mode: 0o755 });
  return file;
}

test('lists chromium, python3-networkx and python3-igraph, each checked its own way', () => {
  const none = script.debianPackages({ chromium: path.join(tmp, 'no-chromium'), python: path.join(tmp, 'no-python') });
  expect(script.missingPackages(none)).toEqual(['chromium', 'python3-networkx', 'python3-igraph']);
  expect(script.installCommand(script.missingPackages(none))).toBe('sudo apt-get install -y chromium python3-networkx python3-igraph');
});

test('names only the missing ones', () => {
  const chromium = path.join(tmp, 'chromium');
  fs.writeFileSync(chromium, '');
  const some = script.debianPackages({ chromium, python: pythonWith('networkx') });
  expect(script.installCommand(script.missingPackages(some))).toBe('sudo apt-get install -y python3-igraph');
  expect(script.missingPackages(script.debianPackages({ chromium, python: pythonWith('igraph') }))).toEqual(['python3-networkx']);
});
