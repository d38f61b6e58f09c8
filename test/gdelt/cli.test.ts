/** `actor-graph import-gdelt`, run in-process through commander: the report, --out, --map, bad flags. */
import { Command } from 'commander';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { registerGdeltCommands } from '../../server/cli/gdelt-commands';
import { loadDataset } from '../../server/data/load-dataset';

const SAMPLE = path.join(__dirname, '..', 'fixtures', 'gdelt', 'sample.export.CSV.zip');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-gdelt-cli-'));

async function run(...args: string[]): Promise<string> {
  const program = new Command().exitOverride();
  registerGdeltCommands(program);
  let out = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  try {
    await program.parseAsync(['import-gdelt', ...args], { from: 'user' });
  } finally {
    spy.mockRestore();
  }
  return out;
}

test('prints a summary of every row and the malformed lines', async () => {
  const out = await run(SAMPLE, '--since', '2026-01-01');
  expect(out).toContain('read 17 rows from 1 file');
  expect(out).toContain(`${SAMPLE}: GDELT 2.0, 17 rows`);
  expect(out).toContain('kept 9 rows (negotiates 3, mediates 3, opposes 3) → 7 edges between 6 actors');
  expect(out).toContain('counted, not drawn: 1');
  expect(out).toContain('skipped 7: column-count 1, bad-date 1, unknown-event-code 1, bad-number 1, before-since 1, missing-actor 1, same-actor 1');
  expect(out).toContain(`${SAMPLE}:14: bad-date: SQLDATE "20261332" is not a YYYYMMDD date`);
});

test('--out writes a dataset that loads; --map and --data merge into curated actors; --json', async () => {
  const map = path.join(tmp, 'map.json');
  fs.writeFileSync(map, JSON.stringify({ USA: 'united-states', IRN: 'iran', OMN: 'oman' }));
  const out = path.join(tmp, 'merged.json');
  const json = JSON.parse(await run(SAMPLE, '--map', map, '--data', 'data', '--out', out, '--min-events', '2', '--json'));
  expect(json.out).toBe(out);
  expect(json.report).toMatchObject({ edges: 2, edgesBelowMinEvents: 5 });
  const merged = loadDataset(out);
  expect(merged.documents.length).toBeGreaterThan(0);
  expect(merged.eventRelations?.map((r) => `${r.type}:${r.source}:${r.target}`).sort()).toEqual(['mediates:oman:iran', 'negotiates:iran:united-states']);
});

test('bad flags are refused with the flag named', async () => {
  await expect(run(SAMPLE, '--countries', 'US')).rejects.toThrow('countries: "US" is not a 3-letter country code (e.g. USA, IRN)');
  await expect(run(SAMPLE, '--min-events', 'many')).rejects.toThrow('min-events: must be a whole number, got "many"');
  await expect(run(SAMPLE, '--map', path.join(tmp, 'nope.json'))).rejects.toThrow(/^map: .*nope\.json cannot be read as JSON/);
});
