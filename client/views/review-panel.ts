/**
 * The review queue in the sidebar: machine-extracted relations no curator has accepted, least
 * certain first, each with its quote (cue and arguments marked), the rule in words and the
 * confidence. Accept and reject are buttons, and one key on a focused entry: A accepts, R rejects;
 * focus then moves to the next one.
 */
import type { CurationOp, ReviewItem } from '../../server/domain/curation';
import type { CurationClient } from '../curation-client';
import { el, replace } from '../dom';
import { RELATION_STYLES } from '../encodings';
import { markedQuote, whyElement } from './quote-reading';

export interface ReviewEvents {
  /** Runs a curation and reports failures; resolves true when it was applied. */
  curate(op: CurationOp, id: string, body?: Record<string, unknown>): Promise<boolean>;
  selectActor(id: string): void;
}

const KEYS: Record<string, CurationOp> = { a: 'relation.accept', r: 'relation.reject' };

export class ReviewPanel {
  private readonly list: HTMLUListElement;
  private readonly summary: HTMLElement;
  private busy = false;

  constructor(
    root: HTMLElement,
    private readonly client: CurationClient,
    private readonly events: ReviewEvents,
  ) {
    this.summary = el('p', { class: 'muted', attrs: { id: 'review-summary', 'aria-live': 'polite' } });
    this.list = el('ul', { class: 'review-list', attrs: { 'aria-describedby': 'review-summary' } });
    this.list.addEventListener('keydown', (e) => {
      const op = KEYS[e.key.toLowerCase()];
      const item = (e.target as HTMLElement).closest<HTMLElement>('li[data-relation]');
      if (!op || !item || e.ctrlKey || e.metaKey || e.altKey || (e.target as HTMLElement).tagName === 'INPUT') return;
      e.preventDefault();
      void this.act(op, item);
    });
    replace(root, [this.summary, this.list]);
  }

  async reload(focusIndex?: number): Promise<void> {
    try {
      const { total, items } = await this.client.review();
      this.summary.textContent = total
        ? `${total} relation${total === 1 ? '' : 's'} to review, least certain first. On an entry: A accepts, R rejects.`
        : 'Nothing to review: every machine-extracted relation has been accepted or rejected.';
      replace(this.list, items.map((item) => this.entry(item)));
      if (focusIndex !== undefined) {
        const entries = this.list.querySelectorAll<HTMLElement>('li[data-relation]');
        entries[Math.min(focusIndex, entries.length - 1)]?.focus();
      }
    } catch (e) {
      this.summary.textContent = `Could not load the review queue: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  private entry(item: ReviewItem): HTMLLIElement {
    const style = RELATION_STYLES[item.type];
    const ends = item.target
      ? [this.actor(item.source, item.sourceLabel), ` ${style.label} `, this.actor(item.target, item.targetLabel ?? item.target)]
      : [this.actor(item.source, item.sourceLabel), ` ${style.label} between ${(item.between ?? []).join(' and ')}`];
    const first = item.evidence[0];
    const why = first.rule ? `rule ${first.rule}, confidence ${item.confidence.toFixed(2)}` : `confidence ${item.confidence.toFixed(2)}`;
    const reading = whyElement(first, 'p');
    const accept = el('button', { class: 'small', text: 'Accept', attrs: { type: 'button', 'aria-keyshortcuts': 'A', title: 'Accept (A)' } });
    const reject = el('button', { class: 'small secondary', text: 'Reject', attrs: { type: 'button', 'aria-keyshortcuts': 'R', title: 'Reject (R)' } });
    const li = el('li', { class: 'review-item', attrs: { tabindex: 0, 'data-relation': item.relation, 'data-version': item.version, 'aria-label': `${item.sourceLabel} ${style.label} ${item.targetLabel ?? ''}, ${why}` } }, [
      el('p', { class: 'review-ends' }, ends),
      el('p', { class: 'muted review-why', text: `${why} · ${first.outlet}, ${first.date}` }),
      el('blockquote', { class: 'review-quote' }, markedQuote(first)),
      reading,
      el('div', { class: 'review-buttons' }, [accept, reject]),
    ]);
    accept.addEventListener('click', () => void this.act('relation.accept', li));
    reject.addEventListener('click', () => void this.act('relation.reject', li));
    return li;
  }

  private actor(id: string, label: string): HTMLButtonElement {
    const b = el('button', { class: 'link', text: label, attrs: { type: 'button', tabindex: -1 } });
    b.addEventListener('click', () => this.events.selectActor(id));
    return b;
  }

  private async act(op: CurationOp, item: HTMLElement): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const index = [...this.list.children].indexOf(item);
    try {
      const id = item.dataset.relation as string;
      const ok = await this.events.curate(op, id, { ifVersion: Number(item.dataset.version) });
      if (ok) await this.reload(index);
    } finally {
      this.busy = false;
    }
  }
}
