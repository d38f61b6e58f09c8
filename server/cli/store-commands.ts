/**
 * CLI commands that write or copy the store: ingest an article, reset to the curated data, dump,
 * restore and back up. Each opens the store named by ACTOR_GRAPH_DB (seeded on first use). Only
 * the options live here; the work is in store-actions.ts, loaded when a command runs.
 */
import type { Command } from 'commander';
import { FORMAT_CHOICES } from '../ingest/normalise';

export interface IngestFlags {
  outlet: string;
  date: string;
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
    .description('add an article: extract actors and relations with their quotes, and store them')
    .argument('[file]', 'article text (UTF-8); standard input when absent or "-"')
    .requiredOption('--outlet <name>', 'who published it')
    .requiredOption('--date <YYYY-MM-DD>', 'publication date')
    .option('--title <title>', 'title (default: its first words)')
    .option('--url <url>', 'where it was published')
    .option('--format <format>', `how the text is written: ${FORMAT_CHOICES.join('|')} (default: auto, detected)`)
    .option('--dry-run', 'show what would be added without storing it')
    .option('--json', 'print JSON for scripts')
    .action(async (file: string | undefined, o: IngestFlags) => (await actions()).ingest(file, o));

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
