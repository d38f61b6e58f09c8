/** What the store commands do (see store-commands.ts for their options). */
import fs from 'node:fs';
import { loadStoreConfig } from '../config';
import { loadDataset } from '../data/load-dataset';
import { datasetToDump } from '../data/to-dump';
import { ActorGraphError, DataValidationError, InvalidArgumentError } from '../domain/errors';
import { extractInProcess } from '../extract/run-extraction';
import { loadFetchLimits } from '../config';
import { fileItems, readFileInput } from '../ingest/batch/file-items';
import { readManifest } from '../ingest/batch/manifest';
import { runBatch } from '../ingest/batch/run-batch';
import { collectSources } from '../ingest/batch/sources';
import { decodeUtf8, MAX_TEXT_BYTES, parseDocumentInput, PayloadTooLargeError, type DocumentInput } from '../ingest/input';
import { Ingestor } from '../ingest/ingestor';
import type { IngestReport } from '../ingest/plan';
import { Explorer } from '../query/explorer';
import { reseed } from '../store/open-store';
import { openCliStore } from './store-dataset';
import type { OpenedStore } from '../store/open-store';
import { STORE_DAMAGED } from '../store/sqlite-store';
import type { IngestFlags } from './store-commands';
import { startProgress } from './progress';
import { formatTable } from './table';
import { cannotWrite, writeTextFile } from './write-chunks';

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
export async function withStore<T>(fn: (opened: OpenedStore, dbPath: string, dataPath: string) => T | Promise<T>): Promise<T> {
  const config = loadStoreConfig();
  const opened = openCliStore();
  try {
    return await fn(opened, config.ACTOR_GRAPH_DB, config.ACTOR_GRAPH_DATA);
  } finally {
    opened.store.close();
  }
}

/**
 * For reset and restore, which replace everything anyway: a damaged store is moved aside (kept,
 * for whoever wants to salvage it) and a new one made in its place.
 */
async function withReplaceableStore<T>(fn: (opened: OpenedStore, dbPath: string, dataPath: string) => T | Promise<T>): Promise<T> {
  try {
    return await withStore(fn);
  } catch (e) {
    if (!(e instanceof ActorGraphError && e.code === STORE_DAMAGED)) throw e;
    const db = loadStoreConfig().ACTOR_GRAPH_DB;
    const aside = `${db}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(db + suffix)) fs.renameSync(db + suffix, aside + suffix);
    process.stderr.write(`actor-graph: the damaged store was moved to ${aside}\n`);
    return withStore(fn);
  }
}

/** One article: standard input, a single file, or a web page (--url without files). Prints the full report. */
async function ingestOne(file: string | undefined, o: IngestFlags): Promise<void> {
  const given = { outlet: o.outlet, date: o.date, title: o.title };
  let input: DocumentInput;
  if (!file && o.url) {
    const { pageInput } = await import('../ingest/web/page-input');
    input = await pageInput(o.url, given, loadFetchLimits());
  } else if (file && file !== '-') {
    input = readFileInput(file, { ...given, ...(o.url ? { url: o.url } : {}) }, undefined, o.format);
  } else {
    const text = await readArticle(file);
    for (const k of ['outlet', 'date'] as const) if (!o[k]) throw new InvalidArgumentError(k, `required for standard input (--${k})`);
    input = parseDocumentInput({ text, ...given, ...(o.url ? { url: o.url } : {}), ...(o.format ? { format: o.format } : {}) });
  }
  const report = await withStore(({ store, dataset }) => new Ingestor(store, new Explorer(dataset), extractInProcess).ingest(input, o.dryRun ?? false));
  if (o.json) print(JSON.stringify(report, null, 2));
  else printReport(report);
}

/** Many files and folders: one line per problem, a progress bar or periodic lines, a summary. Exit 1 when any failed. */
async function ingestMany(inputs: string[], o: IngestFlags): Promise<void> {
  const { files, missing } = collectSources(inputs);
  const manifest = o.manifest ? readManifest(o.manifest) : undefined;
  const defaults = { outlet: o.outlet, date: o.date, title: o.title };
  const summary = await withStore(async ({ store, dataset }) => {
    const ingestor = new Ingestor(store, new Explorer(dataset), extractInProcess);
    const progress = startProgress('ingest', files.length, { json: o.json });
    for (const m of missing) progress.log(`actor-graph: ${m}: no such file or folder`);
    const done = await runBatch(fileItems(files, defaults, manifest, o.format), (input) => ingestor.ingest(input, o.dryRun ?? false), (r, c) => {
      if (r.error) progress.log(`actor-graph: ${r.item}: ${r.error.message}`);
      progress.tick(`${c.added} added, ${c.duplicates} already stored, ${c.failed} failed`);
    });
    progress.stop();
    return done;
  });
  const failed = summary.failed + missing.length;
  if (o.json) print(JSON.stringify({ ...summary, missing, dryRun: o.dryRun ?? false }, null, 2));
  else {
    print(`${summary.total} files in ${summary.seconds} s: ${summary.added} ${o.dryRun ? 'would be added' : 'added'}, ${summary.duplicates} already stored, ${failed} failed`);
    for (const r of summary.results) if (r.nearDuplicateOf) print(`  ${r.item}: republishes ${r.nearDuplicateOf}`);
  }
  if (failed) throw new ActorGraphError(`${failed} of ${summary.total + missing.length} inputs failed (listed above); the others were ingested`, 'batch_incomplete', 422);
}

export async function ingest(inputs: string[], o: IngestFlags): Promise<void> {
  const single = !o.manifest && inputs.length <= 1 && (inputs.length === 0 || inputs[0] === '-' || !isFolder(inputs[0]));
  if (single) return ingestOne(inputs[0], o);
  if (o.url) throw new InvalidArgumentError('url', 'names one web page or one file\'s address; it cannot be given with several files');
  return ingestMany(inputs, o);
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function reset(dataPath: string | undefined): Promise<void> {
  return withReplaceableStore(({ store }, db, data) => {
    const d = reseed(store, dataPath ?? data);
    print(`reset ${db}: ${d.documents.length} documents, ${d.actors.length} actors, ${d.relations.length} relations`);
  });
}

export function dump(out: string | undefined): Promise<void> {
  return withStore(({ store }) => {
    const body = `${JSON.stringify(store.dump(), null, 2)}\n`;
    if (out) writeTextFile(out, body);
    else process.stdout.write(body);
  });
}

export function restore(p: string): Promise<void> {
  const dataset = loadDataset(p);
  return withReplaceableStore(({ store }) => {
    store.replace(datasetToDump(dataset));
    print(`restored ${dataset.documents.length} documents, ${dataset.actors.length} actors, ${dataset.relations.length} relations`);
  });
}

export function backup(file: string): Promise<void> {
  return withStore(async ({ store }, db) => {
    try {
      await store.backup(file);
    } catch (e) {
      // SQLite's words for the destination ("the directory does not exist") reached the user as an unexpected error.
      if (e instanceof ActorGraphError) throw e;
      throw cannotWrite('file', file, e);
    }
    print(`backed up ${db} to ${file}`);
  });
}
