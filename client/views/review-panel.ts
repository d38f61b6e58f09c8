/**
 * The review queue in the sidebar: machine-extracted relations no curator has accepted, least
 * certain first (each entry: review-entry.ts). Accept and reject are buttons, and one key on a
 * focused entry: A accepts, R rejects; the focus then moves to the next one.
 *
 * Read again after every change (a live update: others curate, articles arrive), the queue keeps
 * the analyst's place: entries still listed are updated in place, not drawn anew, so the entry the
 * analyst is on keeps the focus (and a reason being typed its text and caret), stays where it was
 * on screen, and the next key acts on it with its current version. When that entry itself left the
 * queue (someone else accepted or rejected it), the analyst is moved to the next one and told why.
 */
import type { CurationEvent, CurationOp, ReviewItem } from '../../server/domain/curation';
import { subjectKey } from '../../server/domain/curation';
import type { CurationClient } from '../curation-client';
import { el, replace, replaceKeeping } from '../dom';
import { tell } from './curate-form';
import { ReviewEntry } from './review-entry';

export interface ReviewEvents {
  /** Runs a curation and reports failures; resolves true when it was applied. */
  curate(op: CurationOp, id: string, body?: Record<string, unknown>): Promise<boolean>;
  selectActor(id: string): void;
}

const KEYS: Record<string, CurationOp> = { a: 'relation.accept', r: 'relation.reject' };

/** What an event did to a relation, in the words of the note shown when it left the queue. */
const DONE: Partial<Record<CurationOp, string>> = {
  'relation.accept': 'accepted',
  'relation.reject': 'rejected',
  'relation.retype': 'retyped',
  'relation.reverse': 'reversed',
  'relation.reattach': 'reattached',
  'actor.merge': 'moved by a merge',
  'actor.split': 'moved by a split',
  'document.retract': 'retracted with its article',
};

/** How long the note saying why the analyst was moved stays (ms). */
const NOTE_MS = 15_000;

export class ReviewPanel {
  private readonly list: HTMLUListElement;
  private readonly summary: HTMLElement;
  private readonly note: HTMLElement;
  /** The listed entries by relation id, and their order on screen. */
  private readonly entries = new Map<string, ReviewEntry>();
  private order: string[] = [];
  private total = 0;
  /** The entry the analyst is on: the one last focused. */
  private current: string | null = null;
  /** This page's own latest event naming each relation (the page's own-change record, seen from here). */
  private readonly own = new Map<string, number>();
  private busy = false;
  /** Reads are coalesced: one in flight, at most one more after it. */
  private reading = false;
  private readAgain = false;
  private notes = 0;

  constructor(
    root: HTMLElement,
    private readonly client: CurationClient,
    private readonly events: ReviewEvents,
  ) {
    this.summary = el('p', { class: 'muted', attrs: { id: 'review-summary', 'aria-live': 'polite' } });
    this.note = el('p', { class: 'notice review-note', attrs: { role: 'status', hidden: true } });
    this.list = el('ul', { class: 'review-list', attrs: { 'aria-describedby': 'review-summary' } });
    this.list.addEventListener('keydown', (e) => {
      const op = KEYS[e.key.toLowerCase()];
      const li = (e.target as HTMLElement).closest<HTMLElement>('li[data-relation]');
      const entry = li ? this.entries.get(li.dataset.relation as string) : undefined;
      if (!op || !entry || e.ctrlKey || e.metaKey || e.altKey || (e.target as HTMLElement).tagName === 'INPUT') return;
      e.preventDefault();
      void this.act(op, entry);
    });
    this.list.addEventListener('focusin', (e) => {
      const li = (e.target as HTMLElement).closest<HTMLElement>('li[data-relation]');
      if (li) this.mark(li.dataset.relation as string);
    });
    client.onCurated((event) => this.curated(event));
    replace(root, [this.summary, this.note, this.list]);
  }

  /** Reads the queue again and shows it, keeping the analyst's place; a burst of calls makes at most two reads. */
  async reload(): Promise<void> {
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = true;
    try {
      do {
        this.readAgain = false;
        try {
          const answer = await this.client.review();
          // Read before one of this page's writes was answered (it may list an entry the write took
          // off): skipped when a read after it follows, as one does after every write.
          const stale = answer.items.some((i) => (this.own.get(i.relation) ?? 0) > i.version);
          if (!(stale && this.readAgain)) this.show(answer.total, answer.items);
        } catch (e) {
          this.summary.textContent = `Could not load the review queue: ${e instanceof Error ? e.message : String(e)}`;
        }
      } while (this.readAgain);
    } finally {
      this.reading = false;
    }
  }

  /** Shows the queue: entries still listed are kept (updated in place), the others go, new ones come in. */
  private show(total: number, items: ReviewItem[]): void {
    this.total = total;
    this.summary.textContent = total
      ? `${total} relation${total === 1 ? '' : 's'} to review, least certain first. On an entry: A accepts, R rejects.`
      : 'Nothing to review: every machine-extracted relation has been accepted or rejected.';
    const ids = new Map(items.map((item, i) => [item.relation, i]));
    // The analyst's place, taken before anything changes: where the focus is, and an entry to hold still on screen.
    const active = document.activeElement;
    const focusInList = active instanceof HTMLElement && this.list.contains(active);
    const anchor = this.anchor(ids);
    const anchorTop = anchor ? this.topOf(anchor) : 0;
    const left = this.current !== null && !ids.has(this.current) ? (this.entries.get(this.current) ?? null) : null;
    const next = items.map((item) => {
      const kept = this.entries.get(item.relation);
      kept?.update(item);
      return kept ?? new ReviewEntry(item, { act: (op, entry) => void this.act(op, entry), selectActor: this.events.selectActor }, this.client);
    });
    const successor = left ? this.successor(left.relation, ids, next) : null;

    this.entries.clear();
    for (const e of next) this.entries.set(e.relation, e);
    this.order = next.map((e) => e.relation);
    replaceKeeping(this.list, next.map((e) => e.element));

    if (anchor) this.list.scrollTop += this.topOf(anchor) - anchorTop;
    if (left) {
      this.mark(successor?.relation ?? null);
      if (focusInList && successor) {
        successor.element.focus({ preventScroll: true });
        successor.element.scrollIntoView({ block: 'nearest' });
      }
      // Its leaving is news unless this page made the last change to it that the page knows of.
      const mine = this.own.get(left.relation);
      if (mine === undefined || mine < left.version) void this.explain(left, successor);
    } else if (focusInList && active.isConnected && document.activeElement !== active) {
      // A kept entry that had to move (its confidence changed) lost the focus on the way: give it back.
      active.focus({ preventScroll: true });
    }
  }

  /** The entry to hold still on screen: the current one when it stays and shows, else the first one showing that stays. */
  private anchor(staying: Map<string, number>): HTMLElement | null {
    const view = this.list.getBoundingClientRect();
    const shows = (e: ReviewEntry): boolean => {
      const r = e.element.getBoundingClientRect();
      return r.bottom > view.top && r.top < view.bottom;
    };
    const current = this.current !== null && staying.has(this.current) ? this.entries.get(this.current) : undefined;
    if (current && shows(current)) return current.element;
    for (const id of this.order) {
      const e = this.entries.get(id);
      if (e && staying.has(id) && shows(e)) return e.element;
    }
    return null;
  }

  private topOf(element: HTMLElement): number {
    return element.getBoundingClientRect().top - this.list.getBoundingClientRect().top;
  }

  /** Where the analyst goes when their entry left: the next entry of the old order still listed, else the one after the last before it. */
  private successor(gone: string, staying: Map<string, number>, next: ReviewEntry[]): ReviewEntry | null {
    const at = this.order.indexOf(gone);
    const after = this.order.slice(at + 1).find((id) => staying.has(id));
    if (after !== undefined) return next[staying.get(after) as number];
    const before = this.order.slice(0, Math.max(at, 0)).reverse().find((id) => staying.has(id));
    const i = before === undefined ? 0 : (staying.get(before) as number) + 1;
    return next[Math.min(i, next.length - 1)] ?? null;
  }

  /** Marks the entry the analyst is on (kept through reloads; `aria-current` for assistive technology). */
  private mark(relation: string | null): void {
    if (relation === this.current) return;
    const was = this.current !== null ? this.entries.get(this.current) : undefined;
    was?.element.removeAttribute('aria-current');
    this.current = relation;
    if (relation !== null) this.entries.get(relation)?.element.setAttribute('aria-current', 'true');
  }

  /** Says briefly why the analyst was moved: what the log says happened to their entry, and by whom. */
  private async explain(left: ReviewEntry, successor: ReviewEntry | null): Promise<void> {
    const n = ++this.notes;
    const moved = successor ? ' You are on the next entry.' : '';
    let what = 'someone else reviewed it, or its article was retracted';
    try {
      const last = (await this.client.audit(1, subjectKey('relation', left.relation))).events[0];
      if (last && !this.client.madeHere(last.id)) what = `${DONE[last.op] ?? last.op} by ${last.by}${last.reason ? ` (“${last.reason}”)` : ''}`;
    } catch {
      // The log could not be read: the general wording stands.
    }
    if (n !== this.notes) return;
    tell(this.note, `“${left.title}” left the queue: ${what}.${moved}`);
    setTimeout(() => {
      if (n === this.notes) tell(this.note, null);
    }, NOTE_MS);
  }

  /** This page saved an event: the entries it names send its version next, and their leaving is no news. */
  private curated(event: CurationEvent): void {
    const prefix = subjectKey('relation', '');
    for (const subject of event.subjects) {
      if (!subject.startsWith(prefix)) continue;
      const relation = subject.slice(prefix.length);
      this.own.set(relation, Math.max(this.own.get(relation) ?? 0, event.id));
      this.entries.get(relation)?.curated(event);
    }
  }

  private async act(op: CurationOp, entry: ReviewEntry): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.notes++;
    tell(this.note, null);
    try {
      // Accepted or rejected, it leaves the queue: the analyst moves on without waiting for the queue to be read again.
      if (await this.events.curate(op, entry.relation, entry.body(op)) && this.entries.has(entry.relation)) {
        this.show(this.total - 1, this.order.filter((id) => id !== entry.relation).map((id) => (this.entries.get(id) as ReviewEntry).shown));
      }
    } finally {
      this.busy = false;
    }
  }
}
