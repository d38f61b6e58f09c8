/**
 * One chunk of whole lines (chunks.ts) → everything the import keeps from it: row counts, the
 * first problems, what was learnt of actors (ActorNews), and each kept row as numbers in columns
 * (its type, actors, day, Goldstein, tone, mentions, sources) and its URL, decoded here: the
 * parsing threads have time to spare, the thread that merges has none. The rows are not summed
 * here: the merging thread sums them into edges in file order (merge-chunks.ts), so every sum adds
 * the same numbers in the same order as one pass would, and the result is the same to the last
 * bit on any number of threads. A ChunkParser lives on one thread for one import and numbers
 * actors across its chunks, so an actor is named and told about once per thread, not per chunk.
 */
import { RELATION_TYPES } from '../domain/types';
import { ActorSightings } from './actors';
import type { ActorNews } from './actors';
import { cameoClassifier } from './cameo';
import type { Classifier } from './cameo';
import type { CameoTable } from './cameo-table';
import { MAX_LINE } from './chunks';
import { LAYOUTS } from './columns';
import type { GdeltLayout } from './columns';
import type { SkipReason } from './import';
import type { MalformedReason } from './parse-row';
import { RowParser } from './parse-row';

/** Which rows to keep and how much to remember: the import's options, as plain data. */
export interface ChunkFilter {
  since?: string;
  until?: string;
  countries?: string[];
  /** GDELT code → actor id (the --map file), as entries: codes are data, not keys. */
  actorMap: [string, string][];
  /** The CAMEO table, checked (cameo-table.ts). */
  cameo: CameoTable;
  maxProblems: number;
}

export interface ChunkProblem {
  /** Line number within the chunk, from 1. */
  line: number;
  reason: MalformedReason;
  detail: string;
}

/** The kept rows of a chunk, one entry (or two, four) per row in each column. */
interface KeptRows {
  /** Index in RELATION_TYPES. */
  types: Uint8Array;
  /** Actor1 and Actor2, numbered as in the chunk's thread (ActorNews). */
  actors: Int32Array;
  /** SQLDATE as YYYYMMDD. */
  days: Int32Array;
  /** Goldstein, tone, mentions, sources. */
  figures: Float64Array;
  /** SOURCEURL ('' when the layout has none). */
  urls: string[];
}

export interface ChunkResult {
  lines: number;
  rows: number;
  rowsKept: number;
  eventsCountedNotDrawn: number;
  rowsSkipped: Partial<Record<SkipReason, number>>;
  /** Well-formed rows by layout, in order of first appearance. */
  rowsByFormat: [GdeltLayout['name'], number][];
  /** The chunk's first `maxProblems` malformed rows. */
  problems: ChunkProblem[];
  problemCount: number;
  actors: ActorNews;
  kept: KeptRows;
}

/** The reason and detail given for a line over MAX_LINE characters. */
export const TOO_LONG = { reason: 'line-too-long', detail: 'line is longer than 1 MiB' } as const;

/** Each relation type's index in RELATION_TYPES (kept rows carry the index). */
const TYPE_INDEX = new Map(RELATION_TYPES.map((t, i) => [t, i]));

/** Growable columns for one chunk's kept rows. */
class KeptColumns {
  private size = 0;
  private types = new Uint8Array(1024);
  private actors = new Int32Array(2 * 1024);
  private days = new Int32Array(1024);
  private figures = new Float64Array(4 * 1024);
  private urls: string[] = [];

  push(type: number, a: number, b: number, day: number, goldstein: number, tone: number, mentions: number, sources: number, url: string): void {
    const i = this.size++;
    if (i === this.types.length) this.grow();
    this.types[i] = type;
    this.actors[2 * i] = a;
    this.actors[2 * i + 1] = b;
    this.days[i] = day;
    const f = 4 * i;
    this.figures[f] = goldstein;
    this.figures[f + 1] = tone;
    this.figures[f + 2] = mentions;
    this.figures[f + 3] = sources;
    this.urls.push(url);
  }

  private grow(): void {
    const more = <T extends Uint8Array | Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(2 * old.length);
      next.set(old);
      return next;
    };
    this.types = more(this.types, (n) => new Uint8Array(n));
    this.actors = more(this.actors, (n) => new Int32Array(n));
    this.days = more(this.days, (n) => new Int32Array(n));
    this.figures = more(this.figures, (n) => new Float64Array(n));
  }

  /** The rows so far, in arrays of their own (so they can be moved to another thread); then empty. */
  take(): KeptRows {
    const n = this.size;
    this.size = 0;
    const urls = this.urls;
    this.urls = [];
    return { types: this.types.slice(0, n), actors: this.actors.slice(0, 2 * n), days: this.days.slice(0, n), figures: this.figures.slice(0, 4 * n), urls };
  }
}

/** A set of three-letter country codes, each as the number its three bytes make (RowParser.countryKey). */
function countryKeys(codes: string[]): Set<number> {
  return new Set(codes.map((c) => (c.charCodeAt(0) << 16) | (c.charCodeAt(1) << 8) | c.charCodeAt(2)));
}

const NEWLINE = 10;
const CR = 13;

export class ChunkParser {
  private readonly parser = new RowParser();
  private readonly sightings: ActorSightings;
  /** The CAMEO table's classifier: a pure function, so one memo serves every chunk. */
  private readonly classify: Classifier;
  /** --countries, as RowParser.countryKey gives them (the option holds three capital letters each). */
  private readonly countries: ReadonlySet<number> | undefined;
  private readonly kept = new KeptColumns();

  constructor(private readonly filter: ChunkFilter) {
    this.sightings = new ActorSightings(filter.actorMap);
    this.classify = cameoClassifier(filter.cameo);
    this.countries = filter.countries?.length ? countryKeys(filter.countries) : undefined;
  }

  /** Parses one chunk; `fileStart` is true for a file's first chunk, whose first line may be a header. */
  parse(chunk: Uint8Array, fileStart: boolean): ChunkResult {
    const { since, until, maxProblems } = this.filter;
    const { parser, sightings, classify, countries, kept } = this;
    const layoutRows = LAYOUTS.map(() => 0);
    const layoutOrder: number[] = [];
    const r: Omit<ChunkResult, 'actors' | 'kept' | 'rowsByFormat'> = {
      lines: 0,
      rows: 0,
      rowsKept: 0,
      eventsCountedNotDrawn: 0,
      rowsSkipped: {},
      problems: [],
      problemCount: 0,
    };
    const skip = (reason: SkipReason): void => {
      r.rowsSkipped[reason] = (r.rowsSkipped[reason] ?? 0) + 1;
    };
    const malformed = (line: number, reason: MalformedReason, detail: string): void => {
      skip(reason);
      r.problemCount++;
      if (r.problems.length < maxProblems) r.problems.push({ line, reason, detail });
    };
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);

    /** The line in bytes [start, end), without its newline. */
    const row = (start: number, end: number, line: number): void => {
      // MAX_LINE counts UTF-16 units, the CR included; bytes bound them from above.
      if (end - start > MAX_LINE && bytes.toString('utf8', start, end).length > MAX_LINE) {
        r.rows++;
        return malformed(line, TOO_LONG.reason, TOO_LONG.detail);
      }
      if (end > start && bytes[end - 1] === CR) end--;
      if (end === start || (bytes[start] <= 32 && bytes.toString('utf8', start, end).trim() === '')) return;
      // The parser takes a file's line 1 for a possible header; no line of a later chunk is line 1.
      const status = parser.parse(bytes, start, end, fileStart ? line : 0);
      if (status === 'header') return;
      r.rows++;
      if (status !== 'event') return malformed(line, status, parser.detail);
      const layout = LAYOUTS.indexOf(parser.layout!);
      if (layoutRows[layout]++ === 0) layoutOrder.push(layout);
      const e = parser.event;
      if (since && e.date < since) return skip('before-since');
      if (until && e.date > until) return skip('after-until');
      if (countries && !countries.has(parser.countryKey(0)) && !countries.has(parser.countryKey(1))) return skip('other-countries');
      const type = classify(e.eventCode, e.eventCodeDigits, e.rootCode, e.quadClass);
      if (type === 'counted') {
        r.eventsCountedNotDrawn++;
        return;
      }
      const a = sightings.resolve(bytes, parser, 0);
      const b = sightings.resolve(bytes, parser, 1);
      if (a < 0 || b < 0) return skip('missing-actor');
      if (a === b) return skip('same-actor');
      kept.push(TYPE_INDEX.get(type)!, a, b, e.day, e.goldstein, e.tone, e.mentions, e.sources, e.urlEnd > e.urlStart ? bytes.toString('utf8', e.urlStart, e.urlEnd) : '');
      r.rowsKept++;
    };

    for (let start = 0; start < bytes.length; ) {
      let nl = bytes.indexOf(NEWLINE, start);
      if (nl < 0) nl = bytes.length;
      row(start, nl, ++r.lines);
      start = nl + 1;
    }

    const rowsByFormat = layoutOrder.map((i): [GdeltLayout['name'], number] => [LAYOUTS[i].name, layoutRows[i]]);
    return { ...r, rowsByFormat, actors: sightings.takeNews(), kept: kept.take() };
  }
}
