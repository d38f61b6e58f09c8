/**
 * The GDELT import parses chunks on other threads and sums their rows in file order: it must give
 * exactly what the import on one thread gives — actors, edges (in order, sums to the last bit,
 * URLs), report and problem lines — on a file of several chunks whose edge cases sit at the chunk
 * boundaries: CRLF lines, malformed rows, blank lines, an over-long line, multi-byte and reserved
 * names, a header.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { slugify } from '../../server/domain/slug';
import { ChunkThreads } from '../../server/gdelt/chunk-threads';
import { CHUNK_BYTES, MAX_LINE } from '../../server/gdelt/chunks';
import { LAYOUTS } from '../../server/gdelt/columns';
import { importGdelt } from '../../server/gdelt/import';
import { gdeltDump } from '../../server/gdelt/to-dump';
import { writeGdeltLike } from '../../scripts/bench/gdelt-like';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-gdelt-parallel-'));
const V2 = LAYOUTS[0].columns;
/** Names of Object.prototype members, as GDELT codes and names. */
const RESERVED = ['__proto__', 'constructor', 'hasOwnProperty', 'toString'];

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function row(values: Record<string, string>): string {
  const base: Record<string, string> = {
    SQLDATE: '20260214', EventCode: '046', EventRootCode: '04', QuadClass: '1', GoldsteinScale: '7.0', NumMentions: '3', NumSources: '1', AvgTone: '-1.5',
    Actor1Code: 'USA', Actor1Name: 'UNITED STATES', Actor1CountryCode: 'USA', Actor2Code: 'IRN', Actor2Name: 'IRAN', Actor2CountryCode: 'IRN', SOURCEURL: 'https://example.org/a',
  };
  return V2.map((c) => values[c] ?? base[c] ?? '').join('\t');
}

/** Edge-case lines; the third and sixth are malformed. */
function edgeCases(k: number): string[] {
  const key = RESERVED[k % RESERVED.length];
  return [
    `${row({ Actor1Code: key, Actor1Name: key, Actor1CountryCode: '' })}\r`,
    row({ Actor2Code: 'IRNGOV', Actor2Name: `GOUVERNEMENT D'IRAN ÉTÉ ${k}`, Actor2CountryCode: 'IRN', SOURCEURL: `https://example.org/é/${k}` }),
    row({ SQLDATE: '20260230' }),
    row({ Actor2Code: key, Actor2Name: '', Actor2CountryCode: key, AvgTone: '0.333333333333' }),
    '',
    row({}).split('\t').slice(0, 30).join('\t'),
    `${row({ Actor1Code: 'USAGOV', Actor1Name: 'UNITED STATES', Actor1CountryCode: 'USA', GoldsteinScale: '-9.9' })}\r`,
    // Mapped to the id the country ZZZ is mapped to (see the test): an organisation until then.
    row({ Actor1Code: 'ZZZGOV', Actor1Name: 'ZED', Actor1CountryCode: 'ZZZ' }),
  ];
}

/** The bench's generated rows with edge cases put around every chunk boundary, and long lines. */
async function writeFile(): Promise<{ file: string; malformedLines: number[]; longLines: number[] }> {
  const generated = path.join(tmp, 'generated.CSV');
  await writeGdeltLike(generated, 70_000, 800, 11);
  const lines = fs.readFileSync(generated, 'utf8').split('\n');
  lines.pop();
  const out: string[] = ['GLOBALEVENTID\tSQLDATE'];
  let bytes = 0;
  let boundary = CHUNK_BYTES - 3000;
  let k = 0;
  for (const line of lines) {
    if (bytes >= boundary) {
      for (const e of edgeCases(k++)) {
        out.push(e);
        bytes += Buffer.byteLength(e) + 1;
      }
      boundary += CHUNK_BYTES;
    }
    out.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  out.push(row({ Actor1Code: 'ZZZ', Actor1Name: 'ZED', Actor1CountryCode: 'ZZZ' }));
  // Over MAX_LINE characters (dropped unread), and over MAX_LINE bytes but not characters (a row
  // of the wrong column count, as it was before the import read bytes).
  out.splice(out.length - 5, 0, 'z'.repeat(3 * MAX_LINE + 10), 'é'.repeat(MAX_LINE / 2 + 10));
  const file = path.join(tmp, 'edge-cases.CSV');
  fs.writeFileSync(file, out.join('\n'));
  const malformedLines = out.flatMap((l, i) => ((l.split('\t').length !== V2.length && i > 0 && l !== '') || l.includes('20260230') ? [i + 1] : []));
  const longLines = out.flatMap((l, i) => (l.length > 100_000 ? [i + 1] : []));
  return { file, malformedLines, longLines };
}

test('the import on parsing threads equals the import on one thread, on files of several chunks', async () => {
  const { file, malformedLines, longLines } = await writeFile();
  expect(fs.statSync(file).size).toBeGreaterThan(3 * CHUNK_BYTES);
  const gz = `${file}.gz`;
  fs.writeFileSync(gz, zlib.gzipSync(fs.readFileSync(file)));

  const handed = jest.spyOn(ChunkThreads.prototype, 'parse');
  // The country ZZZ, in the file's last row only, and an organisation of it share one id.
  const actorMap = { ZZZGOV: 'zed', ZZZ: 'zed' };
  const single = await importGdelt([file, gz], { maxProblems: 1000, actorMap, singleThread: true });
  expect(handed).not.toHaveBeenCalled();
  const threaded = await importGdelt([file, gz], { maxProblems: 1000, actorMap });
  // Every chunk of both files went to the threads, round them, the import's first too (held on
  // this thread until the second showed the import has more than one).
  expect(handed.mock.calls.length).toBeGreaterThanOrEqual(8);
  expect(new Set(handed.mock.calls.map(([i]) => i))).toEqual(new Set([0, 1]));
  expect(handed.mock.calls.filter(([, , fileStart]) => fileStart)).toHaveLength(2);
  handed.mockClear();
  // An import of one chunk is parsed here and starts no thread.
  const small = path.join(tmp, 'small.CSV');
  fs.writeFileSync(small, fs.readFileSync(file).subarray(0, CHUNK_BYTES / 4));
  expect((await importGdelt([small])).report.rowsRead).toBeGreaterThan(1000);
  expect(handed).not.toHaveBeenCalled();
  handed.mockRestore();
  expect(JSON.stringify(gdeltDump(threaded))).toBe(JSON.stringify(gdeltDump(single)));
  expect(threaded).toEqual(single);

  // Line numbers continue across chunks: the malformed rows are listed at their lines in the file,
  // those past the first chunk too, in both files.
  const r = threaded.report;
  for (const f of [file, gz]) expect(r.problems.filter((p) => p.file === f).map((p) => p.line)).toEqual(malformedLines);
  expect(malformedLines.filter((l) => l > 40_000).length).toBeGreaterThan(3);
  const [tooLong, wide] = longLines;
  expect(r.problems.filter((p) => p.line === tooLong || p.line === wide).map((p) => [p.line, p.reason])).toEqual([
    [tooLong, 'line-too-long'],
    [wide, 'column-count'],
    [tooLong, 'line-too-long'],
    [wide, 'column-count'],
  ]);
  expect(r.problemCount).toBe(2 * malformedLines.length);
  expect(r.files[0].rows).toBe(r.files[1].rows);
  expect(r.files[0].lines).toBe(fs.readFileSync(file, 'utf8').split('\n').length);
  // Reserved names are ordinary actors, and the CRLF rows were read (no \r left in a name or id).
  const ids = new Set(threaded.actors.map((a) => a.id));
  expect(RESERVED.slice(0, 2).filter((key) => !ids.has(`gdelt-${slugify(key)}`))).toEqual([]);
  expect(threaded.actors.some((a) => a.name.startsWith("Gouvernement D'Iran Été"))).toBe(true);
  expect(JSON.stringify(threaded)).not.toContain('\\r');
  // A country shown last, on another thread than the first rows of its id, makes the actor a state.
  expect(threaded.actors.find((a) => a.id === 'zed')?.kind).toBe('state');
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}, 180_000);
