/**
 * CLI commands that write or copy the store: ingest an article, reset to the curated data, dump,
 * restore and back up. Each opens the store named by ACTOR_GRAPH_DB (seeded on first use). Only
 * the options live here; the work is in store-actions.ts, loaded when a command runs.
 */
import type { Command } from 'commander';
import { FORMAT_CHOICES } from '../ingest/normalise/format';

export interface IngestFlags {
  outlet?: string;
  date?: string;
  manifest?: string;
  title?: string;
  url?: string;
  /** Checked with the rest of the input (FORMAT_CHOICES). */
  format?: string;
  dryRun?: boolean;
  json?: boolean;
}

const actions = (): Promise<typeof import('./store-actions')> => import('./store-actions');

export function registerStoreCommands(program: Command): void {
  program
    .command('ingest')
    .description('add articles: extract actors and relations with their quotes, and store them (files, folders, standard input or a web page)')
    .argument('[inputs...]', 'article files and folders (UTF-8 .txt/.md/.html); standard input when absent or "-"')
    .option('--outlet <name>', "who published it (a batch's default: front matter, HTML metadata and the manifest win)")
    .option('--date <YYYY-MM-DD>', "publication date (a batch's default, as --outlet)")
    .option('--manifest <file>', 'CSV or JSON Lines: path, outlet, date, title, url per file')
    .option('--title <title>', 'title (default: its markup\'s, else its first words)')
    .option('--url <url>', 'with no file: fetch this web page and ingest its main text; with one file: where it was published')
    .option('--format <format>', `how the text is written: ${FORMAT_CHOICES.join('|')} (default: auto, detected)`)
    .option('--dry-run', 'show what would be added without storing it')
    .option('--json', 'print JSON for scripts')
    .action(async (inputs: string[], o: IngestFlags) => (await actions()).ingest(inputs, o));

  program
    .command('reset')
    .description('replace the store with the curated data (ACTOR_GRAPH_DATA, or --data)')
    .option('--data <path>', 'data folder or dataset JSON file to seed from')
    .action(async (o: { data?: string }) => (await actions()).reset(o.data));

  program
    .command('dump')
    .description('write the whole stored dataset as JSON (accepted by validate, restore and --data)')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (o: { out?: string }) => (await actions()).dump(o.out));

  program
    .command('restore')
    .description('replace the store with a dataset (a dump, or a data folder); it is validated first')
    .argument('<path>', 'dataset JSON file or data folder')
    .action(async (p: string) => (await actions()).restore(p));

  program
    .command('backup')
    .description('copy the store to a file with SQLite online backup (safe while the server runs)')
    .argument('<file>', 'where to write the copy')
    .action(async (file: string) => (await actions()).backup(file));
}
