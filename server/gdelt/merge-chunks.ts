/**
 * Adds chunk results (chunk-parse.ts) into one import, strictly in file and chunk order: line
 * numbers continue from the chunks before, the first problems stay the first, actors take the
 * kind of their first row, and each kept row is summed into its edge in file order, so every
 * count, sum, date, URL and order comes out as one pass over the rows gives it, however many
 * threads parsed the chunks.
 */
import { RELATION_TYPES } from '../domain/types';
import { ActorTable } from './actors';
import type { ThreadActors } from './actors';
import { EdgeAggregator } from './aggregate';
import type { ChunkResult } from './chunk-parse';
import { TOO_LONG } from './chunk-parse';
import type { GdeltLayout } from './columns';
import type { GdeltReport, SkipReason } from './import';

/** One file's counts while its chunks come in. */
export interface FileTally {
  file: string;
  lines: number;
  rows: number;
  rowsByFormat: Partial<Record<GdeltLayout['name'], number>>;
}

export class ChunkMerger {
  readonly actors: ActorTable;
  readonly edges: EdgeAggregator;
  readonly report: GdeltReport = {
    files: [],
    rowsRead: 0,
    rowsKept: 0,
    rowsSkipped: {},
    eventsCountedNotDrawn: 0,
    problems: [],
    problemCount: 0,
    eventsByType: Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as GdeltReport['eventsByType'],
    edges: 0,
    edgesBelowMinEvents: 0,
    actors: 0,
  };

  constructor(
    actorMap: [string, string][],
    maxUrls: number,
    private readonly maxProblems: number,
  ) {
    this.actors = new ActorTable(actorMap);
    this.edges = new EdgeAggregator(maxUrls);
  }

  private skipped(reason: SkipReason, n: number): void {
    this.report.rowsSkipped[reason] = (this.report.rowsSkipped[reason] ?? 0) + n;
  }

  /** Adds the next chunk of `file`, parsed by the thread whose numbering is `thread`. */
  add(file: FileTally, thread: ThreadActors, c: ChunkResult): void {
    const r = this.report;
    for (const p of c.problems) {
      if (r.problems.length >= this.maxProblems) break;
      r.problems.push({ file: file.file, line: file.lines + p.line, reason: p.reason, detail: p.detail });
    }
    r.problemCount += c.problemCount;
    file.lines += c.lines;
    file.rows += c.rows;
    r.rowsRead += c.rows;
    r.rowsKept += c.rowsKept;
    r.eventsCountedNotDrawn += c.eventsCountedNotDrawn;
    for (const [reason, n] of Object.entries(c.rowsSkipped) as [SkipReason, number][]) this.skipped(reason, n);
    for (const [layout, n] of c.rowsByFormat) file.rowsByFormat[layout] = (file.rowsByFormat[layout] ?? 0) + n;
    this.actors.absorb(thread, c.actors);
    const { types, actors, days, figures, urls } = c.kept;
    const byNumber = thread.actors;
    const byType = RELATION_TYPES.map(() => 0);
    for (let i = 0; i < types.length; i++) {
      const type = types[i];
      byType[type]++;
      const f = 4 * i;
      this.edges.add(byNumber[actors[2 * i]], byNumber[actors[2 * i + 1]], type, days[i], figures[f], figures[f + 1], figures[f + 2], figures[f + 3], urls[i]);
    }
    RELATION_TYPES.forEach((t, i) => (r.eventsByType[t] += byType[i]));
  }

  /** Adds a line of `file` dropped unread as far over MAX_LINE (chunks.ts). */
  tooLong(file: FileTally): void {
    const r = this.report;
    file.lines++;
    file.rows++;
    r.rowsRead++;
    this.skipped(TOO_LONG.reason, 1);
    r.problemCount++;
    if (r.problems.length < this.maxProblems) r.problems.push({ file: file.file, line: file.lines, ...TOO_LONG });
  }

  /** Closes a file's entry in the report. */
  endFile(f: FileTally): void {
    const formats = Object.keys(f.rowsByFormat);
    this.report.files.push({ file: f.file, format: formats.length ? formats.join(' + ') : null, lines: f.lines, rows: f.rows, rowsByFormat: f.rowsByFormat });
  }
}
