/**
 * CLI pieces for real event data and users' own graphs:
 * - `import-gdelt FILE...`: GDELT event files → a report of every row, and with --out a dataset
 *   file (alone, or merged into --data) that --data and the store read;
 * - `graphFileBackend(file)`: what centrality, communities, path and export answer from when
 *   given `--graph FILE` (graphology JSON, node-link JSON, GEXF, GraphML or edge-list CSV).
 */
import { FILTER_NAMES } from '../operations/fields';
import type { Command } from 'commander';
import fs from 'node:fs';
import { loadDataset, parseDatasetJson } from '../data/load-dataset';
import { InvalidArgumentError } from '../domain/errors';
import type { CommunityResult } from '../graph/communities';
import type { PathResult } from '../graph/path';
import { importGdelt } from '../gdelt/import';
import { SKIP_REASONS } from '../gdelt/import';
import type { GdeltReport } from '../gdelt/import';
import { gdeltDump } from '../gdelt/to-dump';
import { fileCentrality, fileCommunities, fileEdgeBetweenness, fileExport, filePath } from '../io/file-queries';
import type { FileCentralityResult } from '../io/file-queries';
import { readGraphFile } from '../io/read-graph';
import type { MetricId } from '../domain/types';
import { parseMetricOptions, parsePathQuery } from '../query/metric-options';
import { parseBoolean, parseFormat, parseInteger, parseMetric } from '../query/options';
import type { Backend, Options } from './backend';
import { startProgress } from './progress';
import { DEFAULT_TOP_LINKS } from '../domain/types';

const print = (s: string): void => void process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);

/** Larger datasets are written without indentation (a third of the size, and faster). */
const PRETTY_LIMIT = 10_000;

function readMap(file: string): Record<string, string> {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InvalidArgumentError('map', `${file} cannot be read as JSON (${(e as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.values(value).some((v) => typeof v !== 'string')) {
    throw new InvalidArgumentError('map', `${file} must hold a JSON object of GDELT actor code → actor id, e.g. {"USA": "united-states"}`);
  }
  return value as Record<string, string>;
}

function printReport(r: GdeltReport, seconds: number): void {
  // A rate over less than a second says more about start-up than about throughput.
  const rate = seconds >= 1 ? ` (${Math.round(r.rowsRead / seconds).toLocaleString('en-US')} rows/s)` : '';
  print(`read ${r.rowsRead} rows from ${r.files.length} file${r.files.length === 1 ? '' : 's'} in ${seconds.toFixed(1)} s${rate}`);
  for (const f of r.files) {
    const layouts = Object.entries(f.rowsByFormat);
    const format = layouts.length > 1 ? layouts.map(([name, n]) => `${name} (${n})`).join(' + ') : (f.format ?? 'no valid row');
    print(`  ${f.file}: ${format}, ${f.rows} rows`);
  }
  const byType = Object.entries(r.eventsByType).map(([t, n]) => `${t} ${n}`).join(', ');
  print(`kept ${r.rowsKept} rows (${byType}) → ${r.edges} edges between ${r.actors} actors`);
  if (r.edgesBelowMinEvents) print(`dropped ${r.edgesBelowMinEvents} edges below --min-events`);
  print(`counted, not drawn: ${r.eventsCountedNotDrawn} (CAMEO codes that map to no relation type)`);
  const skipped = SKIP_REASONS.filter((why) => r.rowsSkipped[why]).map((why) => [why, r.rowsSkipped[why]!] as const);
  const total = skipped.reduce((s, [, n]) => s + n, 0);
  print(`skipped ${total}${total ? `: ${skipped.map(([why, n]) => `${why} ${n}`).join(', ')}` : ''}`);
  if (r.problemCount) {
    print(`malformed rows: ${r.problemCount}${r.problemCount > r.problems.length ? ` (first ${r.problems.length} listed)` : ''}`);
    for (const p of r.problems) print(`  ${p.file}:${p.line}: ${p.reason}: ${p.detail}`);
  }
}

export function registerGdeltCommands(program: Command): void {
  program
    .command('import-gdelt')
    .description('import GDELT event files (2.0 export, 1.0 daily or backfile; plain, .zip or .gz) as event relations')
    .argument('<files...>', 'GDELT event files')
    .option('--since <date>', 'keep events on or after YYYY-MM-DD (SQLDATE)')
    .option('--until <date>', 'keep events on or before YYYY-MM-DD')
    .option('--countries <list>', 'keep events where either actor has one of these country codes, e.g. USA,IRN')
    .option('--min-events <n>', 'drop edges with fewer events (default 1)')
    .option('--urls <n>', 'source URLs kept per edge as evidence (default 5)')
    .option('--map <file>', 'JSON object of GDELT actor code → actor id, e.g. {"USA": "united-states"}')
    .option('--data <path>', 'merge into this data folder or dataset file (its actors win)')
    .option('--out <file>', 'write the resulting dataset JSON file')
    .option('--json', 'print the report as JSON')
    .action(async (files: string[], o: Record<string, string | boolean | undefined>) => {
      const str = (k: string): string | undefined => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
      const started = process.hrtime.bigint();
      const progress = startProgress('import-gdelt', files.length, { json: o.json === true });
      let filesDone = 0;
      const result = await importGdelt(files, {
        onProgress: (p) => {
          const detail = `${p.rowsRead.toLocaleString('en-US')} rows`;
          if (p.filesDone > filesDone) {
            filesDone = p.filesDone;
            progress.tick(detail);
          } else progress.note(detail);
        },
        since: str('since'),
        until: str('until'),
        countries: str('countries')?.split(',').map((c) => c.trim().toUpperCase()),
        minEvents: parseInteger('min-events', o.minEvents, 1, 1_000_000_000),
        maxUrls: parseInteger('urls', o.urls, 0, 100),
        actorMap: str('map') ? readMap(str('map')!) : undefined,
      }).finally(() => progress.stop());
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const out = str('out');
      if (out) {
        const data = str('data');
        const dump = gdeltDump(result, data ? loadDataset(data) : undefined);
        // Checked as any dataset file is at load, so what is written loads.
        parseDatasetJson(dump, out);
        fs.writeFileSync(out, JSON.stringify(dump, null, dump.eventRelations!.length <= PRETTY_LIMIT ? 2 : undefined) + '\n');
      }
      if (o.json) return print(JSON.stringify({ report: result.report, seconds, ...(out ? { out } : {}) }, null, 2));
      printReport(result.report, seconds);
      if (out) print(`wrote ${out}`);
    });
}

/** Filters select relations of the actor data; a file graph has none to select. */
const ACTOR_FILTERS = FILTER_NAMES;

/** Backend's queries over a graph file; `centrality` may say `sampled` (see FileCentralityResult). */
export type GraphFileBackend = Omit<Backend, 'centrality'> & { centrality(o: Options): Promise<FileCentralityResult> };

/** Over time and the diff read evidence dates, which graph files do not have. */
const undated = (name: string): InvalidArgumentError =>
  new InvalidArgumentError(name, 'reads the dates of the actor data\'s evidence; a --graph file has none');

/**
 * The answers of centrality, communities, path and export for `--graph FILE`. The file is read on
 * first use; errors name its line or element. `actors` is refused: it lists the actor data.
 */
export function graphFileBackend(file: string): GraphFileBackend {
  let read: ReturnType<typeof readGraphFile> | undefined;
  const load = (o: Options): ReturnType<typeof readGraphFile>['graph'] => {
    const filter = ACTOR_FILTERS.find((k) => o[k] !== undefined);
    if (filter) throw new InvalidArgumentError(filter, 'filters the actor data and does not apply to --graph files');
    return (read ??= readGraphFile(file)).graph;
  };
  const text = (name: string, v: Options[string]): string => {
    if (typeof v !== 'string' || v === '') throw new InvalidArgumentError(name, 'is required');
    return v;
  };
  return {
    centrality: async (o) => {
      if (o.by !== undefined) throw undated('by');
      const metric = parseMetric(o.metric);
      const options = parseMetricOptions(metric as MetricId, o);
      return fileCentrality(load(o), { metric, directed: parseBoolean('directed', o.directed), top: parseInteger('top', o.top, 1, 1_000_000), options });
    },
    edgeBetweenness: async (o) => {
      const top = parseInteger('top', o.top, 1, 1_000_000);
      return fileEdgeBetweenness(load(o), { directed: parseBoolean('directed', o.directed), top: top ?? DEFAULT_TOP_LINKS, options: parseMetricOptions('edge-betweenness', o) });
    },
    diff: async () => {
      throw undated('graph');
    },
    communities: async (o): Promise<CommunityResult> => fileCommunities(load(o), parseMetricOptions('communities', o)),
    path: async (o): Promise<PathResult> => filePath(load(o), text('from', o.from), text('to', o.to), parsePathQuery(o)),
    export: async (o) => fileExport(load(o), parseFormat(o.format)),
    actors: async () => {
      throw new InvalidArgumentError('graph', 'the actors command lists the actor data; use export --format csv-nodes --graph FILE');
    },
    warnings: () => read?.warnings ?? [],
  };
}
