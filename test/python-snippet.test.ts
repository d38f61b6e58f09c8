/**
 * The README's Python snippet, run exactly as written with Debian's python3-networkx against a
 * server this test starts and an export file it writes: NetworkX must give our API's betweenness,
 * PageRank and weighted PageRank to 1e-9 (the snippet asserts it and prints the largest gaps).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../server/app';
import { loadDataset } from '../server/data/load-dataset';
import { exportText } from '../server/graph/export';
import { Explorer } from '../server/query/explorer';
import { listen } from './helpers/http-server';

const PYTHON = '/usr/bin/python3';

/** The README's ```python block that is the whole script (ours_in_networkx.py); others are one-line hints. */
function readmeSnippet(): string {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1]).filter((b) => b.includes('ours_in_networkx.py'));
  expect(blocks).toHaveLength(1);
  return blocks[0];
}

test("the README's Python snippet gets our numbers from NetworkX, from the API and from an export file", async () => {
  if (!fs.existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: sudo apt-get install -y python3-networkx`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-python-'));
  const script = path.join(dir, 'ours_in_networkx.py');
  fs.writeFileSync(script, readmeSnippet());
  const explorer = new Explorer(loadDataset());
  const exportFile = path.join(dir, 'graph.json');
  fs.writeFileSync(exportFile, exportText(explorer.export('node-link')));
  const srv = await listen(createApp({ explorer, logError: () => undefined }));
  try {
    // Asynchronous: the server answering the script runs on this thread.
    const out = await new Promise<string>((resolve, reject) =>
      execFile(PYTHON, [script, srv.base, exportFile], (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout))),
    );
    const lines = out.trim().split('\n');
    expect(lines.map((l) => l.split(':')[0])).toEqual(['metric=betweenness', 'metric=pagerank', 'metric=pagerank&weight=weight']);
    for (const l of lines) expect(Number(/= (\S+)$/.exec(l)?.[1])).toBeLessThan(1e-9);
  } finally {
    await srv.close();
  }
}, 60_000);
