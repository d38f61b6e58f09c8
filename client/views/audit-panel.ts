/**
 * The curation log in the sidebar: the latest events, newest first (what, on what, who, when,
 * why), each with an Undo button while it has not been undone.
 */
import type { CurationEvent, CurationOp } from '../../server/domain/curation';
import type { CurationClient } from '../curation-client';
import { el, replace } from '../dom';

export interface AuditEvents {
  curate(op: CurationOp, id: string, body?: Record<string, unknown>): Promise<boolean>;
}

export class AuditPanel {
  private readonly list: HTMLOListElement;
  private readonly summary: HTMLElement;

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
    try {
      const { total, events } = await this.client.audit();
      this.summary.textContent = total ? `${total} curation${total === 1 ? '' : 's'}, newest first.` : 'No curations yet.';
      replace(this.list, events.map((e) => this.entry(e)));
    } catch (err) {
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
