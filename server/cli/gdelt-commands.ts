/**
 * `import-gdelt FILE...`: GDELT event files → a report of every row, and with --out a dataset file
 * (alone, or merged into --data) that --data and the store read.
 */
import type { Command } from 'commander';
import fs from 'node:fs';
import { InvalidArgumentError } from '../domain/errors';
import type { GdeltReport, SkipReason } from '../gdelt/import';
import { parseInteger } from '../query/options';
import { writeTextFile } from './write-chunks';

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

function printReport(r: GdeltReport, seconds: number, reasons: readonly SkipReason[]): void {
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
  const skipped = reasons.filter((why) => r.rowsSkipped[why]).map((why) => [why, r.rowsSkipped[why]!] as const);
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
    .option('--single-thread', 'parse on this thread only (same result; slower on several cores)')
    .action(async (files: string[], o: Record<string, string | boolean | undefined>) => {
      const str = (k: string): string | undefined => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
      const started = process.hrtime.bigint();
      // Loaded here, not at the top: other commands (a --graph query, --help) need none of them.
      const [{ importGdelt, SKIP_REASONS }, { gdeltDump }, { loadDataset, parseDatasetJson }, { startProgress }] = await Promise.all([
        import('../gdelt/import'),
        import('../gdelt/to-dump'),
        import('../data/load-dataset'),
        import('./progress'),
      ]);
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
        singleThread: o.singleThread === true,
      }).finally(() => progress.stop());
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const out = str('out');
      if (out) {
        const data = str('data');
        const dump = gdeltDump(result, data ? loadDataset(data) : undefined);
        // Checked as any dataset file is at load, so what is written loads.
        parseDatasetJson(dump, out);
        writeTextFile(out, JSON.stringify(dump, null, dump.eventRelations!.length <= PRETTY_LIMIT ? 2 : undefined) + '\n');
      }
      if (o.json) return print(JSON.stringify({ report: result.report, seconds, ...(out ? { out } : {}) }, null, 2));
      printReport(result.report, seconds, SKIP_REASONS);
      if (out) print(`wrote ${out}`);
    });
}
