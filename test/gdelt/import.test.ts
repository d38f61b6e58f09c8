/**
 * GDELT import on the hand-made fixture (test/fixtures/gdelt, see generate.py for what each row
 * is): rows → edges with the right counts and types, every skipped row accounted for, malformed
 * rows reported by line without stopping the import, filters, and the compressed forms.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { loadDataset, parseDatasetJson } from '../../server/data/load-dataset';
import { DataValidationError, InvalidArgumentError } from '../../server/domain/errors';
import type { EventRelation } from '../../server/domain/types';
import { importGdelt } from '../../server/gdelt/import';
import { gdeltDump } from '../../server/gdelt/to-dump';
import { buildGraph, edgeKey } from '../../server/graph/build';
import { writeZip } from './zip-writer';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'gdelt');
const SAMPLE = path.join(FIXTURES, 'sample.export.CSV');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-gdelt-'));

function edge(relations: EventRelation[], type: string, source: string, target: string): EventRelation | undefined {
  return relations.find((r) => r.type === type && r.source === source && r.target === target);
}

test('fixture rows become edges with their counts, means, dates and URLs', async () => {
  const { eventRelations: rel, report } = await importGdelt([SAMPLE]);
  expect(rel).toHaveLength(7);
  // Rows 1, 2 and 12: both directions of one symmetric edge (ends sorted).
  expect(edge(rel, 'negotiates', 'gdelt-irn', 'gdelt-usa')).toEqual({
    source: 'gdelt-irn',
    target: 'gdelt-usa',
    type: 'negotiates',
    origin: 'gdelt',
    events: 3,
    mentions: 15,
    sources: 4,
    goldstein: 7,
    tone: -1.667,
    firstSeen: '2025-12-31',
    lastSeen: '2026-02-14',
    urls: ['https://example.org/talks-1', 'https://example.org/talks-2', 'https://example.org/talks-0'],
  });
  // Mediation is directed, mediator → party; the repeated URL is kept once.
  expect(edge(rel, 'mediates', 'gdelt-omn', 'gdelt-irn')).toMatchObject({ events: 2, mentions: 4, urls: ['https://example.org/oman-1', 'https://example.org/oman-2'] });
  expect(edge(rel, 'mediates', 'gdelt-omn', 'gdelt-usa')).toMatchObject({ events: 1, goldstein: 5 });
  // Root 19 (QuadClass 4), root 11, and 100 "demand" through the QuadClass 3 rule.
  expect(edge(rel, 'opposes', 'gdelt-isr-israel', 'gdelt-irn')).toMatchObject({ events: 1, goldstein: -10, mentions: 20 });
  expect(edge(rel, 'opposes', 'gdelt-isr', 'gdelt-irn')).toMatchObject({ events: 1 });
  expect(edge(rel, 'opposes', 'gdelt-irn', 'gdelt-usa')).toMatchObject({ events: 1, goldstein: -5 });
  expect(edge(rel, 'negotiates', 'gdelt-irn', 'gdelt-united-nations')).toMatchObject({ events: 1 });
  expect(report).toMatchObject({
    rowsRead: 17,
    rowsKept: 10,
    eventsCountedNotDrawn: 1,
    rowsSkipped: { 'missing-actor': 1, 'same-actor': 1, 'column-count': 1, 'bad-date': 1, 'unknown-event-code': 1, 'bad-number': 1 },
    eventsByType: { negotiates: 4, mediates: 3, opposes: 3 },
    edges: 7,
    actors: 6,
    files: [{ file: SAMPLE, format: 'GDELT 2.0', lines: 18, rows: 17, rowsByFormat: { 'GDELT 2.0': 13 } }],
  });
  // Every row is accounted for exactly once.
  const skipped = Object.values(report.rowsSkipped).reduce((a, b) => a + b, 0);
  expect(report.rowsKept + skipped + report.eventsCountedNotDrawn).toBe(report.rowsRead);
});

test('actors: states from country codes, kinds from role codes, affiliation to an imported state', async () => {
  const { actors } = await importGdelt([SAMPLE]);
  const byId = Object.fromEntries(actors.map((a) => [a.id, a]));
  expect(Object.keys(byId).sort()).toEqual(['gdelt-irn', 'gdelt-isr', 'gdelt-isr-israel', 'gdelt-omn', 'gdelt-united-nations', 'gdelt-usa']);
  expect(byId['gdelt-usa']).toEqual({ id: 'gdelt-usa', name: 'United States', kind: 'state', aliases: [] });
  expect(byId['gdelt-isr-israel']).toMatchObject({ kind: 'military', affiliation: 'gdelt-isr' });
  expect(byId['gdelt-united-nations']).toMatchObject({ name: 'United Nations', kind: 'organization' });
  expect(byId['gdelt-united-nations'].affiliation).toBeUndefined();
});

test('malformed rows are reported with file and line, and the rows after them are still read', async () => {
  const { report, eventRelations } = await importGdelt([SAMPLE]);
  expect(report.problemCount).toBe(4);
  expect(report.problems.map((p) => [p.line, p.reason])).toEqual([
    [13, 'column-count'],
    [14, 'bad-date'],
    [15, 'unknown-event-code'],
    [16, 'bad-number'],
  ]);
  expect(report.problems[0]).toEqual({
    file: SAMPLE,
    line: 13,
    reason: 'column-count',
    detail: 'expected 61 (GDELT 2.0), 58 (GDELT 1.0), 57 (GDELT 1.0 backfile) tab-separated columns, got 12',
  });
  expect(report.problems[1].detail).toBe('SQLDATE "20261332" is not a YYYYMMDD date');
  expect(report.problems[3].detail).toBe('GoldsteinScale "42.0" is out of range');
  // Line 18, after the malformed rows and a blank line, made it in.
  expect(edge(eventRelations, 'mediates', 'gdelt-omn', 'gdelt-irn')?.lastSeen).toBe('2026-02-16');
});

test('the problem list is capped but the counts are complete', async () => {
  const { report } = await importGdelt([SAMPLE], { maxProblems: 2 });
  expect(report.problems).toHaveLength(2);
  expect(report.problemCount).toBe(4);
});

test('--since, --until, --countries and --min-events', async () => {
  const since = await importGdelt([SAMPLE], { since: '2026-01-01' });
  expect(since.report.rowsSkipped['before-since']).toBe(1);
  expect(edge(since.eventRelations, 'negotiates', 'gdelt-irn', 'gdelt-usa')).toMatchObject({ events: 2, mentions: 14, sources: 3, tone: -2, firstSeen: '2026-02-06' });

  const until = await importGdelt([SAMPLE], { until: '2026-02-10' });
  expect(until.report.rowsSkipped['after-until']).toBe(8);

  const oman = await importGdelt([SAMPLE], { countries: ['OMN'] });
  expect(oman.eventRelations.map((r) => r.type)).toEqual(['mediates', 'mediates']);
  expect(oman.report.rowsSkipped['other-countries']).toBe(10);

  const busy = await importGdelt([SAMPLE], { minEvents: 2 });
  expect(busy.eventRelations.map((r) => edgeKey(r.type, r.source, r.target)).sort()).toEqual([
    'mediates:gdelt-omn->gdelt-irn',
    'negotiates:gdelt-irn--gdelt-usa',
  ]);
  expect(busy.report).toMatchObject({ edges: 2, edgesBelowMinEvents: 5, actors: 3 });
});

test('bad options fail before any file is read, naming the option', async () => {
  await expect(importGdelt([SAMPLE], { since: '2026-02-30' })).rejects.toThrow(new InvalidArgumentError('since', '"2026-02-30" is not a date written YYYY-MM-DD'));
  await expect(importGdelt([SAMPLE], { countries: ['usa'] })).rejects.toThrow(/^countries: "usa"/);
  await expect(importGdelt([SAMPLE], { minEvents: 0 })).rejects.toThrow(/^min-events:/);
  await expect(importGdelt([SAMPLE], { actorMap: { USA: 'United States' } })).rejects.toThrow(/^map: "USA" maps to "United States"/);
  await expect(importGdelt([path.join(tmp, 'missing.CSV')])).rejects.toThrow(DataValidationError);
});

test('a gazetteer map joins GDELT actors to curated ones, and the result loads as a dataset', async () => {
  const imported = await importGdelt([SAMPLE], { actorMap: { USA: 'united-states', IRN: 'iran' } });
  expect(edge(imported.eventRelations, 'negotiates', 'iran', 'united-states')?.events).toBe(3);
  const curated = loadDataset();
  const merged = parseDatasetJson(gdeltDump(imported, curated), 'merged.json');
  // Curated actors win; GDELT-only actors are added.
  expect(merged.actors.find((a) => a.id === 'iran')).toEqual(curated.actors.find((a) => a.id === 'iran'));
  expect(merged.actors.some((a) => a.id === 'gdelt-omn')).toBe(true);
  const graph = buildGraph(merged);
  expect(graph.getEdgeAttribute(edgeKey('negotiates', 'iran', 'united-states'), 'events')?.events).toBe(3);
  // On its own, the import is a valid dataset too.
  expect(parseDatasetJson(gdeltDump(imported), 'alone.json').eventRelations).toHaveLength(7);
});

describe('file forms', () => {
  const plain = fs.readFileSync(SAMPLE);
  const summary = async (file: string): Promise<unknown> => {
    const r = await importGdelt([file]);
    return { rel: r.eventRelations, problems: r.report.problems.map((p) => [p.line, p.reason]), kept: r.report.rowsKept };
  };
  let expected: unknown;
  beforeAll(async () => {
    expected = await summary(SAMPLE);
  });

  test('the published zip (made by Python zipfile) reads like the plain file', async () => {
    expect(await summary(path.join(FIXTURES, 'sample.export.CSV.zip'))).toEqual(expected);
  });

  test('stored and deflated zips, gzip, CRLF line ends and a header line', async () => {
    const write = (name: string, data: Buffer | string): string => (fs.writeFileSync(path.join(tmp, name), data), path.join(tmp, name));
    expect(await summary(write('stored.CSV.zip', writeZip([{ name: 'x.CSV', data: plain, method: 0 }])))).toEqual(expected);
    expect(await summary(write('dir.CSV.zip', writeZip([{ name: 'dir/', data: Buffer.alloc(0), method: 0 }, { name: 'dir/x.CSV', data: plain }])))).toEqual(expected);
    expect(await summary(write('x.CSV.gz', zlib.gzipSync(plain)))).toEqual(expected);
    expect(await summary(write('crlf.CSV', plain.toString().replace(/\n/g, '\r\n')))).toEqual(expected);
    const withHeader = await importGdelt([write('header.CSV', `GLOBALEVENTID\tSQLDATE\n${plain}`)]);
    expect(withHeader.report.rowsRead).toBe(17);
    expect(withHeader.report.problems[0].line).toBe(14);
  });

  test('a zip with two files, or a damaged one, stops with the file named', async () => {
    const two = path.join(tmp, 'two.zip');
    fs.writeFileSync(two, writeZip([{ name: 'a', data: plain }, { name: 'b', data: plain }]));
    await expect(importGdelt([two])).rejects.toThrow(`${two}: zip archive holds 2 files; expected exactly one`);
    const damaged = writeZip([{ name: 'a', data: plain, method: 0 }]);
    damaged[100] ^= 0xff;
    const bad = path.join(tmp, 'bad.zip');
    fs.writeFileSync(bad, damaged);
    await expect(importGdelt([bad])).rejects.toThrow(`${bad}: zip entry "a" is corrupt (CRC-32 mismatch)`);
    const notZip = path.join(tmp, 'not.zip');
    fs.writeFileSync(notZip, 'hello');
    await expect(importGdelt([notZip])).rejects.toThrow(/is not a zip archive/);
  });

  test('GDELT 1.0 daily (58 columns) and backfile (57, no SOURCEURL) files', async () => {
    const r = await importGdelt([path.join(FIXTURES, 'v1-daily.CSV'), path.join(FIXTURES, 'v1-backfile.CSV')]);
    expect(r.report.files.map((f) => [f.format, f.rows])).toEqual([
      ['GDELT 1.0', 2],
      ['GDELT 1.0 backfile', 2],
    ]);
    expect(edge(r.eventRelations, 'negotiates', 'gdelt-irn', 'gdelt-usa')).toMatchObject({ events: 2, firstSeen: '1979-01-01', urls: ['https://example.org/v1'] });
    expect(edge(r.eventRelations, 'opposes', 'gdelt-isr', 'gdelt-irn')).toMatchObject({ events: 2 });
  });

  test('a line over 1 MiB is reported and skipped, not buffered', async () => {
    const lines = plain.toString().split('\n');
    // One just over the limit (within two chunks) and one spanning several chunks.
    lines.splice(1, 0, 'x'.repeat(1_200_000));
    lines.splice(3, 0, 'y'.repeat(3_000_000));
    const file = path.join(tmp, 'long.CSV');
    fs.writeFileSync(file, lines.join('\n'));
    const r = await importGdelt([file]);
    expect(r.report.problems.slice(0, 2)).toMatchObject([
      { line: 2, reason: 'line-too-long' },
      { line: 4, reason: 'line-too-long' },
    ]);
    expect(r.report.rowsKept).toBe(10);
  });
});
