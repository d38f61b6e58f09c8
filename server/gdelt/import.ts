/**
 * GDELT event files → actors and aggregated event relations, with a report of every row: read,
 * kept, skipped (and why), or counted but not drawn. Files are streamed one after another and cut
 * into chunks of whole lines (chunks.ts), parsed on other threads (chunk-parse.ts) while this one
 * reads ahead and adds the results up in file order (merge-chunks.ts). Memory holds the distinct
 * actors and edges, a few chunks, and the first problems (the counts are always complete).
 * Malformed rows never stop the import; an unreadable or corrupt file does, naming the file.
 */
import { InvalidArgumentError } from '../domain/errors';
import { isoDateSchema, slugSchema } from '../domain/schema';
import type { Actor, EventRelation, RelationType } from '../domain/types';
import { poolSize } from '../workers/pool';
import { CAMEO_TABLE } from './cameo-table';
import { ChunkDispatch } from './chunk-dispatch';
import type { ParseJob } from './chunk-dispatch';
import type { ChunkFilter } from './chunk-parse';
import { chunksOf } from './chunks';
import type { GdeltLayout } from './columns';
import { ChunkMerger } from './merge-chunks';
import type { FileTally } from './merge-chunks';
import { openText } from './open-text';
import type { MalformedReason } from './parse-row';

export interface GdeltImportOptions {
  /** Keep events on or after this date (YYYY-MM-DD, compared with SQLDATE). */
  since?: string;
  /** Keep events on or before this date. */
  until?: string;
  /** Keep events where either actor's CountryCode is one of these (ISO 3166 alpha-3 / CAMEO). */
  countries?: string[];
  /** Drop aggregated edges with fewer events (default 1: keep all). */
  minEvents?: number;
  /** Gazetteer mapping from GDELT actor codes to actor ids, e.g. { USA: 'united-states' }. */
  actorMap?: Record<string, string>;
  /** Source URLs kept per edge as evidence (default 5, at most 100). */
  maxUrls?: number;
  /** Problems listed with their line (default 100); counts cover every row regardless. */
  maxProblems?: number;
  /** Parse on this thread only (the result is the same; see README, "How it scales"). */
  singleThread?: boolean;
  /** Told every ROWS_PER_PROGRESS rows and after each file (CLI progress). */
  onProgress?: (p: { filesDone: number; rowsRead: number }) => void;
}

/** Rows between progress reports: often enough for a bar, rare enough to cost nothing. */
const ROWS_PER_PROGRESS = 50_000;

/** Why rows are skipped, in report order: malformed, then filtered out, then not drawable. */
export const SKIP_REASONS = [
  'column-count',
  'bad-date',
  'unknown-event-code',
  'bad-number',
  'bad-url',
  'line-too-long',
  'before-since',
  'after-until',
  'other-countries',
  'missing-actor',
  'same-actor',
] as const satisfies readonly string[];
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface RowProblem {
  file: string;
  line: number;
  reason: MalformedReason;
  detail: string;
}

export interface GdeltReport {
  files: {
    file: string;
    /** The layouts of its well-formed rows, in order of first appearance ("GDELT 1.0 + GDELT 1.0 backfile"); null when none. */
    format: string | null;
    lines: number;
    rows: number;
    /** Well-formed rows by layout: real 1.0 files mix daily and backfile rows. */
    rowsByFormat: Partial<Record<GdeltLayout['name'], number>>;
  }[];
  /** Data rows read (a header line is not a row; blank lines are not rows). */
  rowsRead: number;
  /** Rows aggregated into edges (before --min-events drops edges). */
  rowsKept: number;
  rowsSkipped: Partial<Record<SkipReason, number>>;
  /** Valid rows whose CAMEO code maps to no relation type. */
  eventsCountedNotDrawn: number;
  /** Malformed rows with their line, the first `maxProblems` of them. */
  problems: RowProblem[];
  /** Malformed rows in all, listed or not. */
  problemCount: number;
  eventsByType: Record<RelationType, number>;
  edges: number;
  edgesBelowMinEvents: number;
  actors: number;
}

export interface GdeltImport {
  actors: Actor[];
  eventRelations: EventRelation[];
  report: GdeltReport;
}

const COUNTRY = /^[A-Z]{3}$/;

/** Checks options once, with errors naming the flag, before any file is opened. */
function checkOptions(o: GdeltImportOptions): void {
  for (const name of ['since', 'until'] as const) {
    const v = o[name];
    if (v !== undefined && !isoDateSchema.safeParse(v).success) throw new InvalidArgumentError(name, `"${v}" is not a date written YYYY-MM-DD`);
  }
  if (o.since && o.until && o.since > o.until) throw new InvalidArgumentError('until', `${o.until} is before --since ${o.since}`);
  for (const c of o.countries ?? []) {
    if (!COUNTRY.test(c)) throw new InvalidArgumentError('countries', `"${c}" is not a 3-letter country code (e.g. USA, IRN)`);
  }
  if (o.minEvents !== undefined && !(Number.isInteger(o.minEvents) && o.minEvents >= 1)) {
    throw new InvalidArgumentError('min-events', `must be a whole number ≥ 1, got ${o.minEvents}`);
  }
  if (o.maxUrls !== undefined && !(Number.isInteger(o.maxUrls) && o.maxUrls >= 0 && o.maxUrls <= 100)) {
    throw new InvalidArgumentError('urls', `must be a whole number from 0 to 100, got ${o.maxUrls}`);
  }
  for (const [code, id] of Object.entries(o.actorMap ?? {})) {
    if (!slugSchema.safeParse(id).success) throw new InvalidArgumentError('map', `"${code}" maps to "${id}", which is not an actor id (a lowercase slug)`);
  }
}

/** Reads one file chunk by chunk, with up to `dispatch.inFlight` chunks handed out ahead of the one merged. */
async function readFile(file: string, dispatch: ChunkDispatch, merger: ChunkMerger, progress: () => void): Promise<void> {
  const tally: FileTally = { file, lines: 0, rows: 0, rowsByFormat: {} };
  // In file order; a line dropped as far too long has no chunk.
  const pending: (ParseJob | 'too-long')[] = [];
  const mergeOldest = async (): Promise<void> => {
    const p = pending.shift()!;
    if (p === 'too-long') merger.tooLong(tally);
    else {
      const result = await p.result();
      merger.add(tally, p.actors, result);
    }
    progress();
  };
  let fileStart = true;
  for await (const piece of chunksOf(openText(file), file)) {
    pending.push(piece.kind === 'too-long' ? 'too-long' : dispatch.parse(piece.bytes, fileStart));
    fileStart = false;
    while (pending.length >= dispatch.inFlight) await mergeOldest();
  }
  while (pending.length > 0) await mergeOldest();
  merger.endFile(tally);
}

/**
 * Threads that parse chunks: none with `singleThread` or one core (all is parsed here); else
 * ACTOR_GRAPH_WORKERS threads (default: the cores, at most 2), while this thread reads the files
 * and sums the rows.
 */
function parseThreads(singleThread: boolean | undefined): number {
  return singleThread ? 0 : poolSize() > 1 ? poolSize() : 0;
}

export async function importGdelt(files: string[], options: GdeltImportOptions = {}): Promise<GdeltImport> {
  checkOptions(options);
  const { since, until, minEvents = 1, maxUrls = 5, maxProblems = 100 } = options;
  const filter: ChunkFilter = { since, until, countries: options.countries, actorMap: Object.entries(options.actorMap ?? {}), cameo: CAMEO_TABLE, maxProblems };
  const merger = new ChunkMerger(filter.actorMap, maxUrls, maxProblems);
  const dispatch = new ChunkDispatch(filter, parseThreads(options.singleThread), merger.actors);
  const report = merger.report;
  let told = 0;
  const progress = (): void => {
    if (Math.floor(report.rowsRead / ROWS_PER_PROGRESS) === Math.floor(told / ROWS_PER_PROGRESS)) return;
    told = report.rowsRead;
    options.onProgress?.({ filesDone: report.files.length, rowsRead: report.rowsRead });
  };
  try {
    for (const file of files) {
      await readFile(file, dispatch, merger, progress);
      options.onProgress?.({ filesDone: report.files.length, rowsRead: report.rowsRead });
    }
  } finally {
    await dispatch.close();
  }

  const { relations, belowMinEvents } = merger.edges.relations(minEvents);
  const touched = new Set<string>();
  for (const r of relations) touched.add(r.source).add(r.target);
  const actors = merger.actors.actors(touched);
  Object.assign(report, { edges: relations.length, edgesBelowMinEvents: belowMinEvents, actors: actors.length });
  return { actors, eventRelations: relations, report };
}
