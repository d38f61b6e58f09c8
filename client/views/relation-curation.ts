/**
 * The curation controls of one relation record behind a line: accept, reject, reverse, change the
 * type, reattach an end. Made once per record shown and updated in place when the panel is drawn
 * again (a live update): a type chosen or an id typed stays, and each write sends the newest
 * version known (as for actors, see actor-curation.ts). When someone else changed the record
 * meanwhile, or it left the line (rejected, retyped, reattached, its article retracted), it says so.
 */
import type { CurationEvent, CurationOp, RelationDetail } from '../../server/domain/curation';
import { subjectKey } from '../../server/domain/curation';
import { ApiError } from '../api';
import type { RelationType } from '../api-types';
import type { CurationClient } from '../curation-client';
import { el } from '../dom';
import { recordChanges } from '../change-words';
import { RELATION_STYLES, RELATION_TYPE_LIST } from '../encodings';
import { InTurn } from '../in-turn';
import { ServerField, changeNotice, fieldForm, select, sendInTurn, tell, textInput, versionAfter } from './curate-form';

export type SendRelationCuration = (op: CurationOp, id: string, body: Record<string, unknown>) => Promise<boolean>;

interface Controls {
  status: HTMLElement;
  accept: HTMLButtonElement;
  type: ServerField;
  source: ServerField;
  target: ServerField | null;
  fieldset: HTMLFieldSetElement;
}

export class RecordCuration {
  readonly element: HTMLElement;
  private readonly notice = changeNotice();
  private readonly writes = new InTurn();
  private controls: Controls | null = null;
  private shown: RelationDetail | null = null;
  private told: RelationDetail | null = null;
  private version = 0;
  /** Requests are answered in any order: only the latest one's answer is drawn. */
  private loads = 0;

  constructor(
    readonly id: string,
    private readonly send: SendRelationCuration,
    private readonly client: CurationClient,
  ) {
    this.element = el('div', { class: 'curate-record', attrs: { 'data-relation': id } }, [el('p', { class: 'muted', text: `${id}: loading…` })]);
    this.load();
  }

  /** Reads the record (again, after a live update) and shows it, keeping what was typed. */
  load(): void {
    const n = ++this.loads;
    this.client.relation(this.id).then(
      (r) => {
        if (n === this.loads) this.show(r);
      },
      (e: unknown) => {
        if (n !== this.loads) return;
        if (!this.controls) {
          this.element.replaceChildren(el('p', { class: 'error-text', text: e instanceof Error ? e.message : String(e) }));
          return;
        }
        const missing = e instanceof ApiError && e.status === 404;
        this.leave(missing ? 'This record is no longer in the data (rejected, or its article retracted).' : `Could not read this record again: ${e instanceof Error ? e.message : String(e)}`);
      },
    );
  }

  /**
   * The record is no longer behind this line (retyped, reversed or reattached, rejected, or its
   * article retracted): nothing more is sent from here. Not read again: it may be gone.
   */
  left(): void {
    ++this.loads;
    this.leave('This record has left this line: it was changed, rejected or its article retracted (see the curation log).');
  }

  /** This page saved an event: if it names this record, it is the version to send next. */
  curated(event: CurationEvent): void {
    this.version = versionAfter(this.version, event, subjectKey('relation', this.id));
  }

  private leave(text: string): void {
    if (this.controls) this.controls.fieldset.disabled = true;
    tell(this.notice, `${text} What you chose here is kept, and not sent.`);
  }

  private show(r: RelationDetail): void {
    if (this.shown && r.version < this.shown.version) return;
    const was = this.told;
    this.shown = r;
    this.version = Math.max(this.version, r.version);
    if (!this.controls) {
      this.told = r;
      this.controls = this.build(r);
    }
    const c = this.controls;
    c.fieldset.disabled = false;
    c.status.textContent = `${this.id} · ${r.provenance}${r.reviewed ? ', reviewed' : ', not reviewed'}`;
    c.accept.hidden = r.reviewed;
    c.type.update(r.type);
    c.source.update(r.source);
    c.target?.update(r.target ?? '');
    if (was && r.version !== was.version) void this.client.whenIdle().then(() => this.judge());
  }

  private judge(): void {
    const now = this.shown;
    const was = this.told;
    if (!now || !was || now.version === was.version) return;
    this.told = now;
    if (this.client.madeHere(now.version)) return;
    const what = recordChanges(was, now);
    tell(this.notice, `Someone else changed this record while it was shown${what.length ? `: ${what.join('; ')}` : ''}. What you chose is kept: check it before sending.`);
  }

  private run(op: CurationOp, body: Record<string, unknown>, fields: ServerField[]): Promise<void> {
    return sendInTurn(this.writes, () => this.send(op, this.id, { ...body, ifVersion: this.version }), this.notice, fields);
  }

  private build(r: RelationDetail): Controls {
    const button = (text: string, op: CurationOp): HTMLButtonElement => {
      const b = el('button', { class: 'small', text, attrs: { type: 'button' } });
      b.addEventListener('click', () => void this.run(op, {}, []));
      return b;
    };
    const type = new ServerField(select<RelationType>(RELATION_TYPE_LIST, (t) => RELATION_STYLES[t].label), r.type);
    const source = new ServerField(textInput(), r.source);
    const target = r.target ? new ServerField(textInput(), r.target) : null;
    const accept = button('Accept', 'relation.accept');
    const status = el('p', { class: 'muted' });
    const fieldset = el('fieldset', { class: 'curate-controls' }, [
      el('div', { class: 'curate-buttons' }, [accept, button('Reject', 'relation.reject'), RELATION_STYLES[r.type].directed && r.target ? button('Reverse', 'relation.reverse') : null]),
      fieldForm('Type', type.field, 'Change', (t) => void this.run('relation.retype', { type: t }, [type])),
      fieldForm('Attach to another source (actor id)', source.field, 'Reattach', (s) => void this.run('relation.reattach', { source: s }, [source])),
      target ? fieldForm('Attach to another target (actor id)', target.field, 'Reattach', (t) => void this.run('relation.reattach', { target: t }, [target])) : null,
    ]);
    this.element.replaceChildren(status, this.notice, fieldset);
    return { status, accept, type, source, target, fieldset };
  }
}
