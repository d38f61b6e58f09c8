/**
 * GDELT event files → actors and aggregated event relations, with a report of every row: read,
 * kept, skipped (and why), or counted but not drawn. Files are streamed one after another; memory
 * holds the distinct actors and edges, plus the first problems (the counts are always complete).
 * Malformed rows never stop the import; an unreadable or corrupt file does, naming the file.
 */
import { InvalidArgumentError } from '../domain/errors';
import { isoDateSchema, slugSchema } from '../domain/schema';
import type { Actor, EventRelation, RelationType } from '../domain/types';
import { RELATION_TYPES } from '../domain/types';
import { ActorRegistry } from './actors';
import { EdgeAggregator } from './aggregate';
import { cameoClassifier } from './cameo';
import type { Classifier } from './cameo';
import type { GdeltLayout } from './columns';
import { forEachLine, openText } from './lines';
import type { MalformedReason } from './parse-row';
import { RowParser } from './parse-row';

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
  classify?: Classifier;
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

export async function importGdelt(files: string[], options: GdeltImportOptions = {}): Promise<GdeltImport> {
  checkOptions(options);
  const { since, until, minEvents = 1, maxUrls = 5, maxProblems = 100 } = options;
  const countries = options.countries?.length ? new Set(options.countries) : undefined;
  const classify = options.classify ?? cameoClassifier();
  const registry = new ActorRegistry(options.actorMap);
  const edges = new EdgeAggregator(maxUrls);
  const report: GdeltReport = {
    files: [],
    rowsRead: 0,
    rowsKept: 0,
    rowsSkipped: {},
    eventsCountedNotDrawn: 0,
    problems: [],
    problemCount: 0,
    eventsByType: Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>,
    edges: 0,
    edgesBelowMinEvents: 0,
    actors: 0,
  };
  const skip = (reason: SkipReason): void => {
    report.rowsSkipped[reason] = (report.rowsSkipped[reason] ?? 0) + 1;
  };

  for (const file of files) {
    const parser = new RowParser();
    let rows = 0;
    const rowsByFormat: Partial<Record<GdeltLayout['name'], number>> = {};
    const malformed = (line: number, reason: MalformedReason, detail: string): void => {
      skip(reason);
      report.problemCount++;
      if (report.problems.length < maxProblems) report.problems.push({ file, line, reason, detail });
    };
    const lines = await forEachLine(
      openText(file),
      {
        tooLong: (line) => {
          rows++;
          malformed(line, 'line-too-long', 'line is longer than 1 MiB');
        },
        line: (text, line) => {
          if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '')) return;
          const status = parser.parse(text, line);
          if (status === 'header') return;
          rows++;
          if (rows % ROWS_PER_PROGRESS === 0) options.onProgress?.({ filesDone: report.files.length, rowsRead: report.rowsRead + rows });
          if (status !== 'event') return malformed(line, status, parser.detail);
          const layout = parser.layout!.name;
          rowsByFormat[layout] = (rowsByFormat[layout] ?? 0) + 1;
          const e = parser.event;
          if (since && e.date < since) return skip('before-since');
          if (until && e.date > until) return skip('after-until');
          if (countries && !countries.has(e.actor1.countryCode) && !countries.has(e.actor2.countryCode)) return skip('other-countries');
          const type = classify(e.eventCode, e.rootCode, e.quadClass);
          if (type === 'counted') {
            report.eventsCountedNotDrawn++;
            return;
          }
          const a = registry.resolve(e.actor1);
          const b = registry.resolve(e.actor2);
          if (!a || !b) return skip('missing-actor');
          if (a === b) return skip('same-actor');
          edges.add(a, b, type, e);
          report.rowsKept++;
          report.eventsByType[type]++;
        },
      },
      file,
    );
    report.rowsRead += rows;
    const formats = Object.keys(rowsByFormat);
    report.files.push({ file, format: formats.length ? formats.join(' + ') : null, lines, rows, rowsByFormat });
    options.onProgress?.({ filesDone: report.files.length, rowsRead: report.rowsRead });
  }

  const { relations, belowMinEvents } = edges.relations(minEvents);
  const touched = new Set<string>();
  for (const r of relations) touched.add(r.source).add(r.target);
  const actors = registry.actors(touched);
  Object.assign(report, { edges: relations.length, edgesBelowMinEvents: belowMinEvents, actors: actors.length });
  return { actors, eventRelations: relations, report };
}
