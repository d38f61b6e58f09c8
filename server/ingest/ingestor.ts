/**
 * The write path: checks for a duplicate, plans the ingest, applies it to the store in one
 * transaction that re-validates the whole resulting dataset, then hands the new dataset to the
 * Explorer and tells listeners (the page's live updates).
 */
import { parseDatasetJson } from '../data/load-dataset';
import type { Dataset } from '../domain/types';
import type { Explorer } from '../query/explorer';
import type { DatasetStore } from '../store/types';
import type { DocumentInput } from './input';
import { normaliseDocument } from './normalise';
import { documentFor, planIngest } from './plan';
import type { Extractor, IngestReport } from './plan';

/** What listeners hear after the dataset changed. */
export interface DatasetChange {
  version: number;
  /**
   * `ingest` through this process; `external` when another process wrote to the store;
   * `shutdown` when the server stops (streams close).
   */
  reason: 'ingest' | 'external' | 'shutdown';
  document?: IngestReport['document'];
  actors?: number;
  relations?: number;
}

export type ChangeListener = (change: DatasetChange) => void;

export class Ingestor {
  private readonly listeners = new Set<ChangeListener>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: DatasetStore,
    private readonly explorer: Explorer,
    private readonly extract: Extractor,
  ) {}

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Ingests run one after another: each plans against the dataset the previous one left. */
  ingest(input: DocumentInput, dryRun = false): Promise<IngestReport> {
    const run = this.queue.then(() => this.ingestNow(input, dryRun));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async ingestNow(raw: DocumentInput, dryRun: boolean): Promise<IngestReport> {
    const input = normaliseDocument(raw);
    const duplicate = this.store.findDocumentByText(input.text);
    if (duplicate) return { dryRun, duplicate: true, document: duplicate, actors: [], relations: [] };
    const document = documentFor(input);
    const dataset = this.explorer.getDataset();
    const result = await this.extract(input.text, dataset.actors, { documentId: document.id, date: input.date, outlet: input.outlet });
    const plan = planIngest(dataset, document, result, dryRun);
    if (dryRun) return plan.report;
    let next: Dataset | undefined;
    this.store.apply(plan.change, (after) => {
      next = parseDatasetJson(after, 'store');
    });
    this.explorer.setDataset(next as Dataset);
    this.emit({ reason: 'ingest', document: plan.report.document, actors: plan.report.actors.length, relations: plan.report.relations.length });
    return plan.report;
  }

  /** Re-reads the store after another process (the CLI) wrote to it. */
  reloadFromStore(): void {
    this.explorer.setDataset(parseDatasetJson(this.store.dump(), 'store'));
    this.emit({ reason: 'external' });
  }

  /** Tells listeners the server is stopping, so open event streams end and do not hold the exit. */
  shutdown(): void {
    this.emit({ reason: 'shutdown' });
    this.listeners.clear();
  }

  private emit(change: Omit<DatasetChange, 'version'>): void {
    for (const l of this.listeners) l({ ...change, version: this.explorer.version });
  }
}
