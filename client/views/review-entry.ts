/**
 * One entry of the review queue: a machine-extracted relation with its quote (cue and arguments
 * marked), the rule in words and the confidence, Accept and Reject, and a reason to send with Reject.
 * It is made once per relation and updated in place when the queue is read again (a live update),
 * so the focus, the caret and a reason being typed stay. It holds the version to send: the server's
 * latest, or the id of this page's own last event naming the relation, whichever is newer. When
 * someone else changed the relation while it was listed, the entry says so.
 */
import type { CurationEvent, CurationOp, ReviewItem } from '../../server/domain/curation';
import { MAX_REASON_LENGTH, subjectKey } from '../../server/domain/curation';
import type { CurationClient } from '../curation-client';
import { el, replaceKeeping } from '../dom';
import { RELATION_STYLES } from '../encodings';
import { changeNotice, fieldId, tell, textInput, versionAfter } from './curate-form';
import { markedQuote, whyElement } from './quote-reading';

export interface ReviewEntryEvents {
  /** Accept or reject this entry (the queue sends it and moves on). */
  act(op: CurationOp, entry: ReviewEntry): void;
  selectActor(id: string): void;
}

/** An item as shown: everything but its version (which changes without the words changing). */
const shownPart = ({ version: _version, ...rest }: ReviewItem): string => JSON.stringify(rest);

export class ReviewEntry {
  readonly element: HTMLLIElement;
  /** Sent as `ifVersion`. */
  private sendVersion: number;
  /** The server's latest reading, and the version the analyst was last told about. */
  private item: ReviewItem;
  private told: number;
  private readonly notice = changeNotice();
  private readonly controls: HTMLFormElement;
  readonly reason: HTMLInputElement;

  constructor(
    item: ReviewItem,
    private readonly events: ReviewEntryEvents,
    private readonly client: CurationClient,
  ) {
    this.item = item;
    this.told = item.version;
    this.sendVersion = item.version;
    this.reason = textInput();
    this.reason.id = fieldId();
    this.reason.maxLength = MAX_REASON_LENGTH;
    const accept = el('button', { class: 'small', text: 'Accept', attrs: { type: 'button', 'aria-keyshortcuts': 'A', title: 'Accept (A)' } });
    const reject = el('button', { class: 'small secondary', text: 'Reject', attrs: { type: 'submit', 'aria-keyshortcuts': 'R', title: 'Reject (R), with the reason below if one is typed' } });
    accept.addEventListener('click', () => this.events.act('relation.accept', this));
    this.controls = el('form', { class: 'review-buttons' }, [
      accept,
      reject,
      el('label', { class: 'review-reason', text: 'Reason for a rejection (optional; Enter rejects)', attrs: { for: this.reason.id } }),
      this.reason,
    ]);
    this.controls.addEventListener('submit', (e) => {
      e.preventDefault();
      this.events.act('relation.reject', this);
    });
    this.element = el('li', { class: 'review-item', attrs: { tabindex: 0, 'data-relation': item.relation } });
    this.draw();
  }

  get relation(): string {
    return this.item.relation;
  }

  /** The server's latest reading of it. */
  get shown(): ReviewItem {
    return this.item;
  }

  /** The version to send with a curation of it. */
  get version(): number {
    return this.sendVersion;
  }

  /** The relation in words: "Sudan opposes Ethiopia". */
  get title(): string {
    const { item } = this;
    const label = RELATION_STYLES[item.type].label;
    return item.targetLabel !== undefined ? `${item.sourceLabel} ${label} ${item.targetLabel}` : `${item.sourceLabel} ${label} between ${(item.between ?? []).join(' and ')}`;
  }

  /** What goes with the curation besides the version: the reason typed, for a rejection. */
  body(op: CurationOp): Record<string, unknown> {
    const reason = this.reason.value.trim();
    return { ifVersion: this.version, ...(op === 'relation.reject' && reason ? { reason } : {}) };
  }

  /** The queue was read again and still lists it. */
  update(item: ReviewItem): void {
    // An answer older than what is shown (a slow request) is not news.
    if (item.version < this.item.version) return;
    const redraw = shownPart(item) !== shownPart(this.item);
    this.item = item;
    this.sendVersion = Math.max(this.sendVersion, item.version);
    if (redraw) this.draw();
    if (item.version !== this.told) void this.client.whenIdle().then(() => this.judge());
  }

  /** This page saved an event: if it names this relation, it is the version to send next. */
  curated(event: CurationEvent): void {
    this.sendVersion = versionAfter(this.sendVersion, event, subjectKey('relation', this.relation));
  }

  /** Once this page's own writes are answered: was the newest version someone else's? Then say so. */
  private judge(): void {
    const now = this.item.version;
    if (now === this.told) return;
    this.told = now;
    if (this.client.madeHere(now)) return;
    tell(this.notice, `Someone else changed this relation while it was listed (now: ${this.title}). Check it before accepting.`);
  }

  /** The words and quote, drawn around the notice and the controls, which stay (with focus and typed reason). */
  private draw(): void {
    const { item } = this;
    const style = RELATION_STYLES[item.type];
    const ends = item.target
      ? [this.actor(item.source, item.sourceLabel), ` ${style.label} `, this.actor(item.target, item.targetLabel ?? item.target)]
      : [this.actor(item.source, item.sourceLabel), ` ${style.label} between ${(item.between ?? []).join(' and ')}`];
    const first = item.evidence[0];
    const why = first.rule ? `rule ${first.rule}, confidence ${item.confidence.toFixed(2)}` : `confidence ${item.confidence.toFixed(2)}`;
    this.element.setAttribute('aria-label', `${item.sourceLabel} ${style.label} ${item.targetLabel ?? ''}, ${why}`);
    replaceKeeping(this.element, [
      el('p', { class: 'review-ends' }, ends),
      el('p', { class: 'muted review-why', text: `${why} · ${first.outlet}, ${first.date}` }),
      el('blockquote', { class: 'review-quote' }, markedQuote(first)),
      whyElement(first, 'p'),
      this.notice,
      this.controls,
    ]);
  }

  private actor(id: string, label: string): HTMLButtonElement {
    const b = el('button', { class: 'link', text: label, attrs: { type: 'button', tabindex: -1 } });
    b.addEventListener('click', () => this.events.selectActor(id));
    return b;
  }
}
