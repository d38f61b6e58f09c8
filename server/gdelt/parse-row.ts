/**
 * One GDELT event row → the fields the importer uses, or the reason it is malformed. Each row's
 * column count tells its layout (61: 2.0, 58: 1.0 daily, 57: 1.0 backfile), row by row: real 1.0
 * files mix daily and backfile rows, and fixing the layout from a file's first row lost 28 % of
 * the well-formed rows of one such sample.
 *
 * Built for hundreds of millions of rows: a row is read from its UTF-8 bytes where they lie in the
 * chunk, with no string made for it. Tabs are found in one scan of the bytes; dates, codes and
 * numbers are read from their digits; the fields kept as text (the actors, SOURCEURL) are given as
 * byte ranges, decoded only by whoever needs the text (a new actor, a kept row's URL). The event
 * object is reused from row to row — callers take what they keep before parsing the next row.
 * Bytes that are not UTF-8 decode as U+FFFD, as the whole line would: a field ends at a tab byte,
 * which never lies inside a character.
 */
import { MAX_URL_LENGTH } from '../domain/event-limits';
import { FIELD, LAYOUTS, layoutFor } from './columns';
import type { GdeltLayout } from './columns';

/** Why a row was rejected; each is counted and its lines reported. */
export type MalformedReason = 'column-count' | 'bad-date' | 'unknown-event-code' | 'bad-number' | 'bad-url' | 'line-too-long';

/**
 * Largest NumMentions or NumSources taken from one row. Real rows count ones to thousands; the
 * bound keeps an edge's sums exact integers (2⁵³ / 10⁶: 9 billion rows of the maximum on one edge,
 * a day's import at 100,000 rows/s).
 */
const MAX_COUNT = 1_000_000;

/** Longest field value quoted in a problem's detail: a hostile row may carry a megabyte in one. */
const QUOTED = 60;
const quote = (v: string): string => JSON.stringify(v.length > QUOTED ? `${v.slice(0, QUOTED)}…` : v);

/** An actor's fields as text, decoded when asked (a new actor: most rows name actors seen before). */
export interface ActorFields {
  code: string;
  name: string;
  countryCode: string;
  /** Type1Code … Type3Code, empty ones left out. */
  typeCodes: string[];
}

export interface GdeltEvent {
  /** SQLDATE as YYYY-MM-DD. */
  date: string;
  /** SQLDATE as the number YYYYMMDD. */
  day: number;
  /** EventCode's value and its count of digits (010 is not 10); EventRootCode's value. */
  eventCode: number;
  eventCodeDigits: number;
  rootCode: number;
  quadClass: number;
  goldstein: number;
  mentions: number;
  sources: number;
  tone: number;
  /** SOURCEURL's bytes, [urlStart, urlEnd); empty in the 1.0 backfile layout, which has none. */
  urlStart: number;
  urlEnd: number;
}

export type ParseStatus = 'event' | 'header' | MalformedReason;

/** Actor1 or Actor2. */
export type ActorSide = 0 | 1;

const MAX_COLUMNS = Math.max(...LAYOUTS.map((l) => l.columns.length));
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ACTOR2 = FIELD.Actor2Code - FIELD.Actor1Code;
const TYPE_FIELDS = [FIELD.Actor1Type1Code, FIELD.Actor1Type2Code, FIELD.Actor1Type3Code];
const HEADER = Buffer.from('GLOBALEVENTID');
const TAB = 9;
const ZERO = 48;
const NINE = 57;

// An actor's code, name and country code are adjacent columns, so the three are one byte range.
if (FIELD.Actor1Name !== FIELD.Actor1Code + 1 || FIELD.Actor1CountryCode !== FIELD.Actor1Code + 2) throw new Error('GDELT columns: Actor1Code, Actor1Name, Actor1CountryCode must be adjacent');

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < ZERO || c > NINE) return false;
  }
  return true;
}

/** YYYYMMDD → YYYY-MM-DD, or undefined when it is not a calendar date. */
export function sqlDate(s: string): string | undefined {
  if (s.length !== 8 || !allDigits(s)) return undefined;
  const y = +s.slice(0, 4);
  const m = +s.slice(4, 6);
  const d = +s.slice(6, 8);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 && leap ? 29 : DAYS[m - 1];
  if (m < 1 || m > 12 || d < 1 || d > days) return undefined;
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/** Parses rows one by one from a buffer of lines; reuses its state from row to row. */
export class RowParser {
  /** The last row's layout when parse() returned 'event'. */
  layout?: GdeltLayout;
  /** The last row's fields when parse() returned 'event' (overwritten by the next row). */
  readonly event: GdeltEvent = {
    date: '',
    day: 0,
    eventCode: 0,
    eventCodeDigits: 0,
    rootCode: 0,
    quadClass: 0,
    goldstein: 0,
    mentions: 0,
    sources: 0,
    tone: 0,
    urlStart: 0,
    urlEnd: 0,
  };
  /** Why the last row is malformed, naming the column and value. */
  detail = '';
  /** Where each column of the last row starts and ends in `bytes` (end: its tab or the row's end). */
  private readonly starts = new Int32Array(MAX_COLUMNS + 1);
  private readonly ends = new Int32Array(MAX_COLUMNS + 1);
  private readonly dates = new Map<number, string | undefined>();
  private bytes: Buffer = Buffer.alloc(0);

  /** Column i of the last row as text. */
  private field(i: number): string {
    return this.bytes.toString('utf8', this.starts[i], this.ends[i]);
  }

  /** Where Actor1's or Actor2's code starts in the last row's bytes: its code, name and country code are one range. */
  actorStart(side: ActorSide): number {
    return this.starts[FIELD.Actor1Code + side * ACTOR2];
  }

  /** Where Actor1's or Actor2's country code ends in the last row's bytes. */
  actorEnd(side: ActorSide): number {
    return this.ends[FIELD.Actor1CountryCode + side * ACTOR2];
  }

  /** Actor1's or Actor2's country code as a number (three bytes, big-endian), or -1 unless it has exactly three bytes. */
  countryKey(side: ActorSide): number {
    const i = FIELD.Actor1CountryCode + side * ACTOR2;
    const p = this.starts[i];
    return this.ends[i] - p === 3 ? (this.bytes[p] << 16) | (this.bytes[p + 1] << 8) | this.bytes[p + 2] : -1;
  }

  /** Actor1's or Actor2's fields of the last row, as text. */
  actorFields(side: ActorSide): ActorFields {
    const offset = side * ACTOR2;
    return {
      code: this.field(FIELD.Actor1Code + offset),
      name: this.field(FIELD.Actor1Name + offset),
      countryCode: this.field(FIELD.Actor1CountryCode + offset),
      typeCodes: TYPE_FIELDS.map((i) => this.field(i + offset)).filter(Boolean),
    };
  }

  private malformed(reason: MalformedReason, detail: string): MalformedReason {
    this.detail = detail;
    return reason;
  }

  private badNumber(column: keyof typeof FIELD): MalformedReason {
    return this.malformed('bad-number', `${column} ${quote(this.field(FIELD[column]))} is out of range`);
  }

  /** Column i's value when it is 1 to 15 ASCII digits, else -1. */
  private digitsAt(i: number): number {
    const bytes = this.bytes;
    const end = this.ends[i];
    let p = this.starts[i];
    if (p === end || end - p > 15) return -1;
    let value = 0;
    for (; p < end; p++) {
      const c = bytes[p];
      if (c < ZERO || c > NINE) return -1;
      value = value * 10 + (c - ZERO);
    }
    return value;
  }

  /**
   * Column i as a number, read from the bytes: plain decimals (`-3.25`, `12`) directly, anything
   * else (exponents, spaces, long mantissas) by Number() on its text, which gives the same double.
   * NaN for an empty field (Number('') would say 0).
   */
  private numberAt(i: number): number {
    const bytes = this.bytes;
    const end = this.ends[i];
    let p = this.starts[i];
    if (p === end) return NaN;
    let sign = 1;
    if (bytes[p] === 45) {
      sign = -1;
      p++;
    }
    let value = 0;
    let digits = 0;
    let scale = 1;
    let c = 0;
    for (; p < end && (c = bytes[p]) >= ZERO && c <= NINE; p++, digits++) value = value * 10 + (c - ZERO);
    if (p < end && c === 46) {
      for (p++; p < end && (c = bytes[p]) >= ZERO && c <= NINE; p++, digits++, scale *= 10) value = value * 10 + (c - ZERO);
    }
    // Up to 15 digits both parts are exact doubles, so the division rounds as Number() would.
    if (p !== end || digits === 0 || digits > 15) return Number(this.field(i));
    return (sign * value) / scale;
  }

  /** SQLDATE as YYYY-MM-DD when it is eight digits making a calendar date; distinct dates are few, so each is checked once. */
  private date(): string | undefined {
    if (this.ends[FIELD.SQLDATE] - this.starts[FIELD.SQLDATE] !== 8) return undefined;
    const key = this.digitsAt(FIELD.SQLDATE);
    if (key < 0) return undefined;
    this.event.day = key;
    if (this.dates.has(key)) return this.dates.get(key);
    const d = sqlDate(this.field(FIELD.SQLDATE));
    if (this.dates.size < 100_000) this.dates.set(key, d);
    return d;
  }

  private isHeader(start: number, end: number): boolean {
    return end - start >= HEADER.length && this.bytes.compare(HEADER, 0, HEADER.length, start, start + HEADER.length) === 0;
  }

  /**
   * Parses the row in bytes [start, end) (no newline, no CR); `lineNumber` 1 marks a file's first
   * line, which may be a header.
   */
  parse(bytes: Buffer, start: number, end: number, lineNumber: number): ParseStatus {
    this.bytes = bytes;
    // Exports from BigQuery or spreadsheets may carry the column names as a first line.
    if (lineNumber === 1 && this.isHeader(start, end)) return 'header';
    const { starts, ends } = this;
    let tabs = 0;
    starts[0] = start;
    // Counting stops past the widest layout: the row is malformed whatever follows.
    for (let p = start; p < end; p++) {
      if (bytes[p] === TAB) {
        ends[tabs++] = p;
        if (tabs === MAX_COLUMNS) break;
        starts[tabs] = p + 1;
      }
    }
    ends[tabs] = end;
    const columns = tabs + 1;
    const layout = layoutFor(columns);
    if (!layout) {
      const got = columns > MAX_COLUMNS ? `more than ${MAX_COLUMNS}` : String(columns);
      return this.malformed('column-count', `expected ${LAYOUTS.map((l) => `${l.columns.length} (${l.name})`).join(', ')} tab-separated columns, got ${got}`);
    }
    const e = this.event;

    const date = this.date();
    if (!date) return this.malformed('bad-date', `SQLDATE ${quote(this.field(FIELD.SQLDATE))} is not a YYYYMMDD date`);
    e.date = date;

    const codeAt = starts[FIELD.EventCode];
    const rootAt = starts[FIELD.EventRootCode];
    const codeDigits = ends[FIELD.EventCode] - codeAt;
    const code = codeDigits >= 3 && codeDigits <= 4 ? this.digitsAt(FIELD.EventCode) : -1;
    const root = ends[FIELD.EventRootCode] - rootAt === 2 ? this.digitsAt(FIELD.EventRootCode) : -1;
    if (root < 1 || root > 20 || code < 0 || bytes[codeAt] !== bytes[rootAt] || bytes[codeAt + 1] !== bytes[rootAt + 1]) {
      return this.malformed('unknown-event-code', `EventCode ${quote(this.field(FIELD.EventCode))} / EventRootCode ${quote(this.field(FIELD.EventRootCode))} is not a CAMEO event code`);
    }
    e.eventCode = code;
    e.eventCodeDigits = codeDigits;
    e.rootCode = root;
    const quadAt = starts[FIELD.QuadClass];
    e.quadClass = ends[FIELD.QuadClass] - quadAt === 1 ? bytes[quadAt] - ZERO : 0;
    if (e.quadClass < 1 || e.quadClass > 4) return this.malformed('unknown-event-code', `QuadClass ${quote(this.field(FIELD.QuadClass))} is not 1–4`);

    e.goldstein = this.numberAt(FIELD.GoldsteinScale);
    e.tone = this.numberAt(FIELD.AvgTone);
    e.mentions = this.numberAt(FIELD.NumMentions);
    e.sources = this.numberAt(FIELD.NumSources);
    if (!(e.goldstein >= -10 && e.goldstein <= 10)) return this.badNumber('GoldsteinScale');
    if (!(e.tone >= -100 && e.tone <= 100)) return this.badNumber('AvgTone');
    if (!(Number.isInteger(e.mentions) && e.mentions >= 0 && e.mentions <= MAX_COUNT)) return this.badNumber('NumMentions');
    if (!(Number.isInteger(e.sources) && e.sources >= 0 && e.sources <= MAX_COUNT)) return this.badNumber('NumSources');

    const url = layout.urlColumn;
    e.urlStart = url >= 0 ? starts[url] : start;
    e.urlEnd = url >= 0 ? ends[url] : start;
    // Bytes bound the length in UTF-16 units from above: only a long one is decoded to be measured.
    if (e.urlEnd - e.urlStart > MAX_URL_LENGTH) {
      const length = this.field(url).length;
      if (length > MAX_URL_LENGTH) return this.malformed('bad-url', `SOURCEURL is ${length} characters long, over ${MAX_URL_LENGTH}`);
    }
    this.layout = layout;
    return 'event';
  }
}
