/** What the store commands do (see store-commands.ts for their options). */
import fs from 'node:fs';
import { loadStoreConfig } from '../config';
import { loadDataset } from '../data/load-dataset';
import { datasetToDump } from '../data/to-dump';
import { ActorGraphError, DataValidationError } from '../domain/errors';
import { extractInProcess } from '../extract/run-extraction';
import { decodeUtf8, MAX_TEXT_BYTES, parseDocumentInput, PayloadTooLargeError } from '../ingest/input';
import { Ingestor } from '../ingest/ingestor';
import type { IngestReport } from '../ingest/plan';
import { Explorer } from '../query/explorer';
import { openStore, reseed } from '../store/open-store';
import type { OpenedStore } from '../store/open-store';
import { STORE_DAMAGED } from '../store/sqlite-store';
import type { IngestFlags } from './store-commands';
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

export async function ingest(file: string | undefined, o: IngestFlags): Promise<void> {
  const text = await readArticle(file);
  const input = parseDocumentInput({ text, outlet: o.outlet, date: o.date, ...(o.title ? { title: o.title } : {}), ...(o.url ? { url: o.url } : {}), ...(o.format ? { format: o.format } : {}) });
  const report = await withStore(({ store, dataset }) => new Ingestor(store, new Explorer(dataset), extractInProcess).ingest(input, o.dryRun ?? false));
  if (o.json) print(JSON.stringify(report, null, 2));
  else printReport(report);
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
    if (out) fs.writeFileSync(out, body);
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
    await store.backup(file);
    print(`backed up ${db} to ${file}`);
  });
}
