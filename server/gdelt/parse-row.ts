/**
 * One GDELT event row → the fields the importer uses, or the reason it is malformed. Each row's
 * column count tells its layout (61: 2.0, 58: 1.0 daily, 57: 1.0 backfile), row by row: real 1.0
 * files mix daily and backfile rows, and fixing the layout from a file's first row lost 28 % of
 * the well-formed rows of one such sample.
 *
 * Built for hundreds of millions of rows: fields are cut out by tab positions instead of `split`
 * (one scan, and only the ~20 used columns become strings), checks are character tests rather
 * than regular expressions, dates are memoised, and the event object is reused from row to row —
 * callers copy what they keep before parsing the next row.
 */
import { MAX_URL_LENGTH } from '../domain/schema';
import { FIELD, LAYOUTS, layoutFor } from './columns';
import type { GdeltLayout } from './columns';

/** Why a row was rejected; each is counted and its lines reported. */
export type MalformedReason = 'column-count' | 'bad-date' | 'unknown-event-code' | 'bad-number' | 'bad-url' | 'line-too-long';

/**
 * Largest NumMentions or NumSources taken from one row. Real rows count ones to thousands; the
 * bound keeps an edge's sums exact integers (2⁵³ / 10⁶: 9 billion rows of the maximum on one edge,
 * a day's import at 100,000 rows/s).
 */
export const MAX_COUNT = 1_000_000;

/** Longest field value quoted in a problem's detail: a hostile row may carry a megabyte in one. */
const QUOTED = 60;
const quote = (v: string): string => JSON.stringify(v.length > QUOTED ? `${v.slice(0, QUOTED)}…` : v);

export interface ActorFields {
  code: string;
  name: string;
  countryCode: string;
  /**
   * Type1Code … Type3Code, empty ones left out. Cut from the row when asked, as only a new actor's
   * kind needs them and most rows name actors seen before; valid until the next row is parsed.
   */
  typeCodes(): string[];
}

export interface GdeltEvent {
  /** SQLDATE as YYYY-MM-DD. */
  date: string;
  /** SQLDATE as the number YYYYMMDD. */
  day: number;
  actor1: ActorFields;
  actor2: ActorFields;
  eventCode: string;
  rootCode: string;
  quadClass: number;
  goldstein: number;
  mentions: number;
  sources: number;
  tone: number;
  /** Empty in the 1.0 backfile layout, which has no SOURCEURL. */
  url: string;
}

export type ParseStatus = 'event' | 'header' | MalformedReason;

const MAX_COLUMNS = Math.max(...LAYOUTS.map((l) => l.columns.length));
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ACTOR2 = FIELD.Actor2Code - FIELD.Actor1Code;
const TYPE_FIELDS = [FIELD.Actor1Type1Code, FIELD.Actor1Type2Code, FIELD.Actor1Type3Code];

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
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

/** Parses rows one by one; reuses its buffers from row to row. */
export class RowParser {
  /** The last row's layout when parse() returned 'event'. */
  layout?: GdeltLayout;
  /** The last row's fields when parse() returned 'event' (overwritten by the next row). */
  readonly event: GdeltEvent = {
    date: '',
    day: 0,
    actor1: this.actor(0),
    actor2: this.actor(ACTOR2),
    eventCode: '',
    rootCode: '',
    quadClass: 0,
    goldstein: 0,
    mentions: 0,
    sources: 0,
    tone: 0,
    url: '',
  };
  /** Why the last row is malformed, naming the column and value. */
  detail = '';
  private readonly ends = new Int32Array(MAX_COLUMNS + 1);
  private readonly dates = new Map<number, string | undefined>();
  private line = '';

  private field(i: number): string {
    return this.line.slice(i === 0 ? 0 : this.ends[i - 1] + 1, this.ends[i]);
  }

  /** An actor's fields, `offset` columns after Actor1's. */
  private actor(offset: number): ActorFields {
    return { code: '', name: '', countryCode: '', typeCodes: () => TYPE_FIELDS.map((i) => this.field(i + offset)).filter(Boolean) };
  }

  private readActor(into: ActorFields, offset: number): void {
    into.code = this.field(FIELD.Actor1Code + offset);
    into.name = this.field(FIELD.Actor1Name + offset);
    into.countryCode = this.field(FIELD.Actor1CountryCode + offset);
  }

  private malformed(reason: MalformedReason, detail: string): MalformedReason {
    this.detail = detail;
    return reason;
  }

  private badNumber(column: keyof typeof FIELD): MalformedReason {
    return this.malformed('bad-number', `${column} ${quote(this.field(FIELD[column]))} is out of range`);
  }

  /**
   * Column i as a number, read from the characters without cutting a string: plain decimals
   * (`-3.25`, `12`) directly, anything else (exponents, spaces, long mantissas) by Number(), which
   * gives the same double. NaN for an empty field (Number('') would say 0).
   */
  private numberAt(i: number): number {
    const line = this.line;
    const end = this.ends[i];
    let p = i === 0 ? 0 : this.ends[i - 1] + 1;
    if (p === end) return NaN;
    let sign = 1;
    if (line.charCodeAt(p) === 45) {
      sign = -1;
      p++;
    }
    let value = 0;
    let digits = 0;
    let scale = 1;
    let c = 0;
    for (; p < end && (c = line.charCodeAt(p)) >= 48 && c <= 57; p++, digits++) value = value * 10 + (c - 48);
    if (p < end && c === 46) {
      for (p++; p < end && (c = line.charCodeAt(p)) >= 48 && c <= 57; p++, digits++, scale *= 10) value = value * 10 + (c - 48);
    }
    // Up to 15 digits both parts are exact doubles, so the division rounds as Number() would.
    if (p !== end || digits === 0 || digits > 15) return Number(this.field(i));
    return (sign * value) / scale;
  }

  /**
   * SQLDATE as YYYY-MM-DD; distinct dates are few, so each is checked and formatted once. Only
   * eight digits are looked up: "+20260214" reads as the number 20260214 too, and must not be
   * accepted because that date was seen in an earlier row.
   */
  private date(): string | undefined {
    if (this.ends[FIELD.SQLDATE] - (FIELD.SQLDATE === 0 ? 0 : this.ends[FIELD.SQLDATE - 1] + 1) !== 8) return undefined;
    const key = this.numberAt(FIELD.SQLDATE);
    if (!Number.isInteger(key)) return undefined;
    this.event.day = key;
    if (this.dates.has(key)) return this.dates.get(key);
    const d = sqlDate(this.field(FIELD.SQLDATE));
    if (this.dates.size < 100_000) this.dates.set(key, d);
    return d;
  }

  parse(line: string, lineNumber: number): ParseStatus {
    // Exports from BigQuery or spreadsheets may carry the column names as a first line.
    if (lineNumber === 1 && line.startsWith('GLOBALEVENTID')) return 'header';
    this.line = line;
    let tabs = 0;
    const length = line.length;
    // One charCodeAt scan (inlined by the JIT) beats 60 indexOf calls. Counting stops past the
    // widest layout: the row is malformed whatever follows.
    for (let p = 0; p < length && tabs < MAX_COLUMNS; p++) if (line.charCodeAt(p) === 9) this.ends[tabs++] = p;
    this.ends[tabs] = length;
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

    e.eventCode = this.field(FIELD.EventCode);
    e.rootCode = this.field(FIELD.EventRootCode);
    const quad = this.field(FIELD.QuadClass);
    const root = e.rootCode.length === 2 && allDigits(e.rootCode) ? Number(e.rootCode) : 0;
    const codeLength = e.eventCode.length;
    if (root < 1 || root > 20 || codeLength < 3 || codeLength > 4 || !allDigits(e.eventCode) || !e.eventCode.startsWith(e.rootCode)) {
      return this.malformed('unknown-event-code', `EventCode ${quote(e.eventCode)} / EventRootCode ${quote(e.rootCode)} is not a CAMEO event code`);
    }
    e.quadClass = quad.length === 1 ? quad.charCodeAt(0) - 48 : 0;
    if (e.quadClass < 1 || e.quadClass > 4) return this.malformed('unknown-event-code', `QuadClass ${quote(quad)} is not 1–4`);

    e.goldstein = this.numberAt(FIELD.GoldsteinScale);
    e.tone = this.numberAt(FIELD.AvgTone);
    e.mentions = this.numberAt(FIELD.NumMentions);
    e.sources = this.numberAt(FIELD.NumSources);
    if (!(e.goldstein >= -10 && e.goldstein <= 10)) return this.badNumber('GoldsteinScale');
    if (!(e.tone >= -100 && e.tone <= 100)) return this.badNumber('AvgTone');
    if (!(Number.isInteger(e.mentions) && e.mentions >= 0 && e.mentions <= MAX_COUNT)) return this.badNumber('NumMentions');
    if (!(Number.isInteger(e.sources) && e.sources >= 0 && e.sources <= MAX_COUNT)) return this.badNumber('NumSources');

    e.url = layout.urlColumn >= 0 ? this.field(layout.urlColumn) : '';
    if (e.url.length > MAX_URL_LENGTH) return this.malformed('bad-url', `SOURCEURL is ${e.url.length} characters long, over ${MAX_URL_LENGTH}`);
    this.layout = layout;
    this.readActor(e.actor1, 0);
    this.readActor(e.actor2, ACTOR2);
    return 'event';
  }
}
