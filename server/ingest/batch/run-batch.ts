/**
 * Runs a batch: each document is read, checked and ingested on its own (one store transaction
 * each), so one bad document is reported and skipped, the rest go in, and a batch cut short is
 * resumed by running it again (documents already stored are recognised as duplicates).
 */
import { ActorGraphError } from '../../domain/errors';
import type { DocumentInput } from '../input';
import type { IngestReport } from '../plan';

/** One document of a batch: a label (file, index, address) and how to turn it into a checked input. */
export interface BatchItem {
  label: string;
  load: () => Promise<DocumentInput>;
}

export type BatchStatus = 'added' | 'duplicate' | 'failed';

export interface BatchItemResult {
  item: string;
  status: BatchStatus;
  document?: string;
  relations?: number;
  /** The stored document this one republishes (near-duplicate), when there is one. */
  nearDuplicateOf?: string;
  error?: { code: string; message: string };
}

export interface BatchCounts {
  total: number;
  done: number;
  added: number;
  duplicates: number;
  failed: number;
}

export interface BatchSummary extends BatchCounts {
  seconds: number;
  results: BatchItemResult[];
}

export const emptyCounts = (total: number): BatchCounts => ({ total, done: 0, added: 0, duplicates: 0, failed: 0 });

/** What an error says to the person running the batch; anything unexpected is still one line, not a stack. */
export function errorOf(e: unknown): { code: string; message: string } {
  if (e instanceof ActorGraphError) return { code: e.code, message: e.message };
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}

function resultOf(item: string, report: IngestReport): BatchItemResult {
  return {
    item,
    status: report.duplicate ? 'duplicate' : 'added',
    document: report.document.id,
    relations: report.relations.length,
    ...(report.nearDuplicateOf ? { nearDuplicateOf: report.nearDuplicateOf } : {}),
  };
}

export function count(counts: BatchCounts, r: BatchItemResult): void {
  counts.done++;
  if (r.status === 'added') counts.added++;
  else if (r.status === 'duplicate') counts.duplicates++;
  else counts.failed++;
}

export async function runBatch(
  items: BatchItem[],
  ingest: (input: DocumentInput) => Promise<IngestReport>,
  onResult: (r: BatchItemResult, counts: BatchCounts) => void = () => undefined,
): Promise<BatchSummary> {
  const started = performance.now();
  const counts = emptyCounts(items.length);
  const results: BatchItemResult[] = [];
  for (const item of items) {
    let r: BatchItemResult;
    try {
      r = resultOf(item.label, await ingest(await item.load()));
    } catch (e) {
      r = { item: item.label, status: 'failed', error: errorOf(e) };
    }
    results.push(r);
    count(counts, r);
    onResult(r, counts);
  }
  return { ...counts, seconds: Math.round(performance.now() - started) / 1000, results };
}
