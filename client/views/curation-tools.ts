/**
 * Curation controls in the details panel: for an actor (actor-curation.ts) and for each relation
 * record behind a line (relation-curation.ts). The controls of what the panel shows are kept
 * between drawings and updated in place, so a live update neither closes them nor loses what the
 * user typed, and each write sends the newest version known.
 */
import type { CurationOp } from '../../server/domain/curation';
import type { ActorDetail } from '../api-types';
import type { CurationClient } from '../curation-client';
import { el } from '../dom';
import { ActorCuration } from './actor-curation';
import { RecordCuration } from './relation-curation';

export interface CurationEvents {
  curate(op: CurationOp, id: string, body?: Record<string, unknown>): Promise<boolean>;
}

/** The controls under one line: its records', kept by record id. */
interface LineControls {
  key: string;
  element: HTMLElement;
  records: Map<string, RecordCuration>;
}

export class CurationTools {
  /** Set once the server says it takes writes; a read-only server shows no controls. */
  enabled = false;
  private actorControls: ActorCuration | null = null;
  private lineControls: LineControls | null = null;

  constructor(
    private readonly events: CurationEvents,
    private readonly client: CurationClient,
  ) {
    client.onCurated((event) => {
      this.actorControls?.curated(event);
      for (const r of this.lineControls?.records.values() ?? []) r.curated(event);
    });
  }

  /** The section for an actor: the one already made for it, updated, or a new one. */
  actor(a: ActorDetail): HTMLElement | null {
    if (!this.enabled) return null;
    this.lineControls = null;
    if (this.actorControls?.id === a.id) this.actorControls.update(a);
    else this.actorControls = new ActorCuration(a, (op, id, body) => this.events.curate(op, id, body), this.client);
    return this.actorControls.element;
  }

  /** The actor shown is no longer in the data (merged or removed): its controls are disabled. */
  actorGone(id: string): void {
    if (this.actorControls?.id === id) this.actorControls.gone();
  }

  /**
   * Controls for each relation record behind the line `key` (each loaded, for its version). Drawn
   * again for the same line, the records still behind it are read again and keep what was typed,
   * new ones are added, and those that left it say so.
   */
  relation(key: string, recordIds: string[]): HTMLElement | null {
    if (!this.enabled) return null;
    this.actorControls = null;
    const line = this.lineControls?.key === key ? this.lineControls : { key, element: el('section', { class: 'curate' }, [el('h3', { text: 'Curate' })]), records: new Map<string, RecordCuration>() };
    this.lineControls = line;
    const behind = new Set(recordIds);
    for (const [id, record] of line.records) if (!behind.has(id)) record.left();
    for (const id of recordIds) {
      const known = line.records.get(id);
      if (known) {
        known.load();
        continue;
      }
      const record = new RecordCuration(id, (op, rid, body) => this.events.curate(op, rid, body), this.client);
      line.records.set(id, record);
      line.element.append(record.element);
    }
    return line.element;
  }

  /** The line shown is no longer in the graph: its records say where they went. */
  lineGone(key: string): void {
    if (this.lineControls?.key === key) for (const record of this.lineControls.records.values()) record.left();
  }

  /** The panel shows something else, or nothing. */
  forget(): void {
    this.actorControls = null;
    this.lineControls = null;
  }
}
