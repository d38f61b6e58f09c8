/** Row parsing: layouts by column count, dates, numbers read without Number(''), the reused event. */
import { LAYOUTS } from '../../server/gdelt/columns';
import { RowParser, sqlDate } from '../../server/gdelt/parse-row';
import type { ParseStatus } from '../../server/gdelt/parse-row';

/**
 * The parser reads rows where they lie in a chunk's bytes: here each row sits between other bytes,
 * so a field read past the row's bounds would show.
 */
class TextParser extends RowParser {
  text = Buffer.alloc(0);

  parseText(line: string, lineNumber: number): ParseStatus {
    const row = Buffer.from(line);
    this.text = Buffer.concat([Buffer.from('x\t9\n'), row, Buffer.from('\n1\t2')]);
    return this.parse(this.text, 4, 4 + row.length, lineNumber);
  }

  get url(): string {
    return this.text.toString('utf8', this.event.urlStart, this.event.urlEnd);
  }
}

/** A row of the given layout with some columns set by name. */
function row(columns: readonly string[], values: Record<string, string>): string {
  const base: Record<string, string> = { SQLDATE: '20260214', EventCode: '046', EventRootCode: '04', QuadClass: '1', GoldsteinScale: '7.0', NumMentions: '3', NumSources: '1', AvgTone: '-1.5', Actor1Code: 'USA', Actor1Name: 'UNITED STATES', Actor1CountryCode: 'USA', Actor2Code: 'IRN', Actor2Name: 'IRAN', Actor2CountryCode: 'IRN', SOURCEURL: 'https://example.org/a' };
  return columns.map((c) => values[c] ?? base[c] ?? '').join('\t');
}

const [V2, V1, BACKFILE] = LAYOUTS.map((l) => l.columns);

test('the layouts have the published column counts', () => {
  expect([V2.length, V1.length, BACKFILE.length]).toEqual([61, 58, 57]);
  expect(V2[60]).toBe('SOURCEURL');
  expect(V2.indexOf('Actor1Geo_ADM2Code')).toBe(39);
  expect(BACKFILE).not.toContain('SOURCEURL');
});

test('SQLDATE: calendar dates only, leap years included', () => {
  expect(sqlDate('20240229')).toBe('2024-02-29');
  expect(sqlDate('20000229')).toBe('2000-02-29');
  expect(sqlDate('19000229')).toBeUndefined();
  expect(sqlDate('20260431')).toBeUndefined();
  expect(sqlDate('2026021')).toBeUndefined();
  expect(sqlDate('2026O214')).toBeUndefined();
});

test('a row\'s date does not depend on the rows before it', () => {
  const p = new TextParser();
  expect(p.parseText(row(V2, {}), 2)).toBe('event');
  expect(p.event.date).toBe('2026-02-14');
  // The same number written otherwise is not a YYYYMMDD date, even once 20260214 is known.
  for (const date of ['+20260214', '20260214.0', '020260214']) expect(p.parseText(row(V2, { SQLDATE: date }), 3)).toBe('bad-date');
});

test('fields are read by position in each layout', () => {
  for (const columns of [V2, V1, BACKFILE]) {
    const p = new TextParser();
    expect(p.parseText(row(columns, { Actor1Type1Code: 'GOV', Actor1Type3Code: 'MIL', Actor2KnownGroupCode: 'UNO' }), 1)).toBe('event');
    expect(p.event).toMatchObject({
      date: '2026-02-14',
      eventCode: 46,
      eventCodeDigits: 3,
      rootCode: 4,
      quadClass: 1,
      goldstein: 7,
      mentions: 3,
      sources: 1,
      tone: -1.5,
    });
    expect(p.url).toBe(columns === BACKFILE ? '' : 'https://example.org/a');
    expect(p.actorFields(0)).toEqual({ code: 'USA', name: 'UNITED STATES', countryCode: 'USA', typeCodes: ['GOV', 'MIL'] });
    expect(p.actorFields(1)).toEqual({ code: 'IRN', name: 'IRAN', countryCode: 'IRN', typeCodes: [] });
    // Code, name and country code are one byte range, the key of an actor's sighting.
    expect(p.text.toString('utf8', p.actorStart(0), p.actorEnd(0))).toBe('USA\tUNITED STATES\tUSA');
  }
});

test('numbers read from characters equal Number() on every form, and empty is not zero', () => {
  const p = new TextParser();
  for (const [text, value] of [['-3.25', -3.25], ['12', 12], ['0.1', 0.1], ['+2.5', 2.5], ['1e1', 10], ['-0.000001', -0.000001], ['3.14159265358979', 3.14159265358979]] as const) {
    expect(p.parseText(row(V2, { AvgTone: text }), 1)).toBe('event');
    expect(p.event.tone).toBe(value);
  }
  expect(p.parseText(row(V2, { GoldsteinScale: '' }), 2)).toBe('bad-number');
  expect(p.detail).toBe('GoldsteinScale "" is out of range');
  expect(p.parseText(row(V2, { NumMentions: '2.5' }), 2)).toBe('bad-number');
  expect(p.parseText(row(V2, { AvgTone: '12abc' }), 2)).toBe('bad-number');
});

test('codes: CAMEO event codes of 3–4 digits under their root, QuadClass 1–4', () => {
  const p = new TextParser();
  expect(p.parseText(row(V2, { EventCode: '0451', EventRootCode: '04' }), 1)).toBe('event');
  expect(p.parseText(row(V2, { EventCode: '190', EventRootCode: '04' }), 2)).toBe('unknown-event-code');
  expect(p.parseText(row(V2, { EventCode: '2101', EventRootCode: '21' }), 2)).toBe('unknown-event-code');
  expect(p.parseText(row(V2, { EventCode: '04', EventRootCode: '04' }), 2)).toBe('unknown-event-code');
  expect(p.parseText(row(V2, { QuadClass: '5' }), 2)).toBe('unknown-event-code');
  expect(p.detail).toBe('QuadClass "5" is not 1–4');
});

test("each row's column count gives its layout; a header line is recognised only first", () => {
  const p = new TextParser();
  expect(p.parseText('GLOBALEVENTID\tSQLDATE', 1)).toBe('header');
  expect(p.parseText(row(V1, {}), 2)).toBe('event');
  expect(p.layout?.name).toBe('GDELT 1.0');
  expect(p.parseText(row(BACKFILE, {}), 3)).toBe('event');
  expect(p.layout?.name).toBe('GDELT 1.0 backfile');
  expect(p.url).toBe('');
  expect(p.parseText(row(V2, {}), 4)).toBe('event');
  expect(p.url).toBe('https://example.org/a');
  expect(p.parseText(row(V2, {}).split('\t').slice(0, 59).join('\t'), 5)).toBe('column-count');
  expect(p.detail).toBe('expected 61 (GDELT 2.0), 58 (GDELT 1.0), 57 (GDELT 1.0 backfile) tab-separated columns, got 59');
  expect(p.parseText(`${row(V2, {})}\t\t`, 4)).toBe('column-count');
  expect(p.detail).toMatch(/got more than 61$/);
  expect(new TextParser().parseText('a\tb', 1)).toBe('column-count');
  expect(new TextParser().parseText('GLOBALEVENTID\tSQLDATE', 2)).toBe('column-count');
});
