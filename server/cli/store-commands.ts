/**
 * CLI commands that write or copy the store: ingest an article, reset to the curated data, dump,
 * restore and back up. Each opens the store named by ACTOR_GRAPH_DB (seeded on first use).
 */
import type { Command } from 'commander';
import fs from 'node:fs';
import { loadStoreConfig } from '../config';
import { loadDataset, parseDatasetJson } from '../data/load-dataset';
import { datasetToDump } from '../data/to-dump';
import { DataValidationError } from '../domain/errors';
import { decodeUtf8, MAX_TEXT_BYTES, parseDocumentInput, PayloadTooLargeError } from '../ingest/input';
import { Ingestor } from '../ingest/ingestor';
import type { IngestReport } from '../ingest/plan';
import { Explorer } from '../query/explorer';
import { openStore, reseed } from '../store/open-store';
import type { OpenedStore } from '../store/open-store';
import { formatTable } from './table';

const print = (s: string): void => void process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);

/** Reads the article from a file, or standard input when the path is absent or "-". */
async function readArticle(file: string | undefined): Promise<string> {
  const label = file && file !== '-' ? file : 'stdin';
  let bytes: Buffer;
  if (label === 'stdin') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    bytes = Buffer.concat(chunks);
  } else {
    try {
      bytes = fs.readFileSync(label);
    } catch (e) {
      throw new DataValidationError(label, undefined, undefined, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  if (bytes.length > MAX_TEXT_BYTES) throw new PayloadTooLargeError(label);
  return decodeUtf8(bytes, label);
}

function printReport(r: IngestReport): void {
  if (r.duplicate) return print(`already stored as ${r.document.id}: nothing added`);
  print(`${r.dryRun ? 'would add' : 'added'} document ${r.document.id} (${r.document.outlet}, ${r.document.date})`);
  print(`actors: ${r.actors.filter((a) => a.status === 'new').length} new, ${r.actors.filter((a) => a.status === 'matched').length} matched`);
  if (r.actors.length) print(formatTable(['actor', 'name', 'kind', 'status'], r.actors.map((a) => [a.id, a.name, a.kind, a.status + (a.provisional ? ' (provisional)' : '')])));
  print(`relations: ${r.relations.filter((x) => x.status === 'new').length} new, ${r.relations.filter((x) => x.status === 'corroborated').length} corroborated`);
  for (const x of r.relations) print(`  ${x.source} ${x.type} ${x.target} [${x.status}, ${x.confidence.toFixed(2)}]: “${x.quote}”`);
}

/** Opens the configured store (seeding it on first use), runs `fn`, and always closes it. */
async function withStore<T>(fn: (opened: OpenedStore, dbPath: string, dataPath: string) => T | Promise<T>): Promise<T> {
  const config = loadStoreConfig();
  const opened = openStore(config.ACTOR_GRAPH_DB, config.ACTOR_GRAPH_DATA);
  try {
    return await fn(opened, config.ACTOR_GRAPH_DB, config.ACTOR_GRAPH_DATA);
  } finally {
    opened.store.close();
  }
}

export function registerStoreCommands(program: Command): void {
  program
    .command('ingest')
    .description('add an article: extract actors and relations with their quotes, and store them')
    .argument('[file]', 'article text (UTF-8); standard input when absent or "-"')
    .requiredOption('--outlet <name>', 'who published it')
    .requiredOption('--date <YYYY-MM-DD>', 'publication date')
    .option('--title <title>', 'title (default: its first words)')
    .option('--url <url>', 'where it was published')
    .option('--dry-run', 'show what would be added without storing it')
    .option('--json', 'print JSON for scripts')
    .action(async (file: string | undefined, o: { outlet: string; date: string; title?: string; url?: string; dryRun?: boolean; json?: boolean }) => {
      const text = await readArticle(file);
      const input = parseDocumentInput({ text, outlet: o.outlet, date: o.date, ...(o.title ? { title: o.title } : {}), ...(o.url ? { url: o.url } : {}) });
      // Loaded here: the NLP library would slow every other command's start.
      const { extractInProcess } = await import('../extract/run-extraction');
      const report = await withStore(({ store, dataset }) => new Ingestor(store, new Explorer(dataset), extractInProcess).ingest(input, o.dryRun ?? false));
      if (o.json) print(JSON.stringify(report, null, 2));
      else printReport(report);
    });

  program
    .command('reset')
    .description('replace the store with the curated data (ACTOR_GRAPH_DATA, or --data)')
    .option('--data <path>', 'data folder or dataset JSON file to seed from')
    .action((o: { data?: string }) =>
      withStore(({ store }, db, data) => {
        const d = reseed(store, o.data ?? data);
        print(`reset ${db}: ${d.documents.length} documents, ${d.actors.length} actors, ${d.relations.length} relations`);
      }),
    );

  program
    .command('dump')
    .description('write the whole stored dataset as JSON (accepted by validate, restore and --data)')
    .option('--out <file>', 'write to a file instead of standard output')
    .action((o: { out?: string }) =>
      withStore(({ store }) => {
        const body = `${JSON.stringify(store.dump(), null, 2)}\n`;
        if (o.out) fs.writeFileSync(o.out, body);
        else process.stdout.write(body);
      }),
    );

  program
    .command('restore')
    .description('replace the store with a dataset (a dump, or a data folder); it is validated first')
    .argument('<path>', 'dataset JSON file or data folder')
    .action((p: string) => {
      const dataset = loadDataset(p);
      return withStore(({ store }) => {
        store.replace(datasetToDump(dataset));
        print(`restored ${dataset.documents.length} documents, ${dataset.actors.length} actors, ${dataset.relations.length} relations`);
      });
    });

  program
    .command('backup')
    .description('copy the store to a file with SQLite online backup (safe while the server runs)')
    .argument('<file>', 'where to write the copy')
    .action((file: string) =>
      withStore(async ({ store }, db) => {
        await store.backup(file);
        print(`backed up ${db} to ${file}`);
      }),
    );
}

/** The dataset of the store, for the CLI's read commands. */
export function storeDataset(): ReturnType<typeof parseDatasetJson> {
  const config = loadStoreConfig();
  const { store, dataset } = openStore(config.ACTOR_GRAPH_DB, config.ACTOR_GRAPH_DATA);
  store.close();
  return dataset;
}
