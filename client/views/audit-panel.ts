/**
 * The curation log in the sidebar: the latest events, newest first (what, on what, who, when,
 * why), each with an Undo button while it has not been undone. Read again after every change, it
 * is updated in place: new events come in at the top, the oldest beyond the limit go, and an entry
 * is drawn anew only when it was undone meanwhile, so the list keeps its scroll and a focused
 * Undo button its focus.
 */
import type { CurationEvent, CurationOp } from '../../server/domain/curation';
import type { CurationClient } from '../curation-client';
import { el, replace, replaceKeeping } from '../dom';

export interface AuditEvents {
  curate(op: CurationOp, id: string, body?: Record<string, unknown>): Promise<boolean>;
}

export class AuditPanel {
  private readonly list: HTMLOListElement;
  private readonly summary: HTMLElement;
  /** The entries shown, by event id, with the undo they were drawn with (the only part of an event that changes). */
  private shown = new Map<number, { element: HTMLLIElement; undoneBy: number | undefined }>();
  /** Counts reads: an answer overtaken by a later read is dropped. */
  private reads = 0;

  constructor(
    root: HTMLElement,
    private readonly client: CurationClient,
    private readonly events: AuditEvents,
  ) {
    this.summary = el('p', { class: 'muted' });
    this.list = el('ol', { class: 'audit-list' });
    replace(root, [this.summary, this.list]);
  }

  async reload(): Promise<void> {
    const n = ++this.reads;
    try {
      const { total, events } = await this.client.audit();
      if (n !== this.reads) return;
      this.summary.textContent = total ? `${total} curation${total === 1 ? '' : 's'}, newest first.` : 'No curations yet.';
      const next = new Map(
        events.map((e) => {
          const kept = this.shown.get(e.id);
          return [e.id, kept && kept.undoneBy === e.undoneBy ? kept : { element: this.entry(e), undoneBy: e.undoneBy }];
        }),
      );
      this.shown = next;
      replaceKeeping(this.list, [...next.values()].map((x) => x.element));
    } catch (err) {
      if (n !== this.reads) return;
      this.summary.textContent = `Could not load the log: ${err instanceof Error ? err.message : String(err)}`;
    }
  }

  private entry(e: CurationEvent): HTMLLIElement {
    const what = e.op === 'undo' ? `undo of event ${e.undoes ?? '?'}` : e.op;
    const undo = el('button', { class: 'small secondary', text: 'Undo', attrs: { type: 'button', disabled: e.undoneBy !== undefined, title: `Undo event ${e.id}` } });
    undo.addEventListener('click', () => void this.events.curate('undo', String(e.id), { reason: `undone from the page` }));
    return el('li', { class: 'audit-item', attrs: { 'data-event': e.id } }, [
      el('p', { class: 'audit-what', text: `#${e.id} ${what}: ${e.subjects.slice(0, 3).join(', ')}${e.subjects.length > 3 ? ', …' : ''}` }),
      el('p', { class: 'muted', text: `${e.by}, ${e.at.slice(0, 16).replace('T', ' ')} UTC${e.reason ? ` — ${e.reason}` : ''}${e.undoneBy !== undefined ? ` (undone by #${e.undoneBy})` : ''}` }),
      undo,
    ]);
  }
}
