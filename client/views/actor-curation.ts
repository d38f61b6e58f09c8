/**
 * The "Curate this actor" section for one actor: confirm, rename, kind, affiliation, merge, split.
 * It is made once per actor shown and updated in place when the panel is drawn again with fresher
 * data (a live update), so an open section stays open and what the user typed stays, with the
 * focus and caret. Each write sends the newest version known: the one the server last showed, or
 * the id of this page's own last event naming the actor (a subject's version is the id of the last
 * event naming it), so a curation sent after another change is not refused as stale; its writes go
 * in turn, each sent once the one before has been answered. When someone
 * else changed the actor meanwhile, the section says what changed; when the actor has gone
 * (merged or removed), its controls are disabled and keep the typed text.
 */
import type { CurationEvent, CurationOp } from '../../server/domain/curation';
import { subjectKey } from '../../server/domain/curation';
import type { ActorDetail, ActorKind } from '../api-types';
import type { CurationClient } from '../curation-client';
import { el } from '../dom';
import { actorChanges, kindLabel } from '../change-words';
import { ACTOR_KIND_LIST } from '../encodings';
import { InTurn } from '../in-turn';
import { ServerField, changeNotice, fieldForm, fieldId, select, sendInTurn, tell, textInput, versionAfter } from './curate-form';

/** Sends one curation of this actor; true when it was saved. */
export type SendActorCuration = (op: CurationOp, id: string, body: Record<string, unknown>) => Promise<boolean>;

export class ActorCuration {
  readonly element: HTMLDetailsElement;
  /** The server's latest reading of the actor, and the one the user was last told about. */
  private shown: ActorDetail;
  private told: ActorDetail;
  /** Sent as `ifVersion`. */
  private version: number;
  private readonly controls: HTMLFieldSetElement;
  private readonly notice = changeNotice();
  private readonly writes = new InTurn();
  private readonly confirm: HTMLButtonElement;
  private readonly name: ServerField;
  private readonly kind: ServerField;
  private readonly affiliation: ServerField;
  private readonly into: ServerField;
  private readonly split: Record<'id' | 'name' | 'relations', ServerField<HTMLInputElement>>;

  constructor(
    a: ActorDetail,
    private readonly send: SendActorCuration,
    private readonly client: CurationClient,
  ) {
    this.shown = a;
    this.told = a;
    this.version = a.version;
    this.confirm = el('button', { class: 'small', text: 'Confirm this actor', attrs: { type: 'button' } });
    this.confirm.addEventListener('click', () => void this.run('actor.confirm', {}, []));
    this.name = new ServerField(textInput(), a.name);
    this.kind = new ServerField(select<ActorKind>(ACTOR_KIND_LIST, kindLabel), a.kind);
    this.affiliation = new ServerField(textInput(), a.affiliation ?? '');
    this.into = new ServerField(textInput());
    this.split = { id: new ServerField(textInput()), name: new ServerField(textInput()), relations: new ServerField(textInput()) };
    this.controls = el('fieldset', { class: 'curate-controls' }, [
      this.confirm,
      fieldForm('Name', this.name.field, 'Rename', (name) => void this.run('actor.rename', { name }, [this.name])),
      fieldForm('Kind', this.kind.field, 'Change', (kind) => void this.run('actor.kind', { kind }, [this.kind])),
      fieldForm('Acts for (actor id, or none)', this.affiliation.field, 'Set', (id) =>
        void this.run('actor.affiliate', { affiliation: id === 'none' ? null : id }, [this.affiliation]),
      ),
      fieldForm('Merge into (actor id)', this.into.field, 'Merge', (into) => void this.run('actor.merge', { into }, [this.into])),
      this.splitForm(),
    ]);
    this.element = el('details', { class: 'curate' }, [el('summary', { text: 'Curate this actor' }), this.notice, this.controls]);
    this.showData(a);
  }

  get id(): string {
    return this.shown.id;
  }

  /** The panel was drawn again with a fresher reading of the actor. */
  update(a: ActorDetail): void {
    // An answer older than what is shown (a slow request) is not news.
    if (a.version < this.shown.version) return;
    this.shown = a;
    this.version = Math.max(this.version, a.version);
    // Back after an undo of its merge: it can be curated again.
    this.controls.disabled = false;
    this.name.update(a.name);
    this.kind.update(a.kind);
    this.affiliation.update(a.affiliation ?? '');
    this.showData(a);
    if (a.version !== this.told.version) void this.client.whenIdle().then(() => this.judge());
  }

  /** This page saved an event: if it names this actor, it is the version to send next. */
  curated(event: CurationEvent): void {
    this.version = versionAfter(this.version, event, subjectKey('actor', this.id));
  }

  /** The actor is no longer in the data: nothing more can be sent for it; the typed text stays to copy. */
  gone(): void {
    this.controls.disabled = true;
    tell(this.notice, null);
  }

  /** Once this page's own writes are answered: was the newest version someone else's? Then say what changed. */
  private judge(): void {
    const now = this.shown;
    if (now.version === this.told.version) return;
    const was = this.told;
    this.told = now;
    if (this.client.madeHere(now.version)) return;
    const what = actorChanges(was, now);
    tell(this.notice, `Someone else changed this actor while this section was open${what.length ? `: ${what.join('; ')}` : ''}. What you typed is kept: check it before sending.`);
  }

  private run(op: CurationOp, body: Record<string, unknown>, fields: ServerField[]): Promise<void> {
    return sendInTurn(this.writes, () => this.send(op, this.id, { ...body, ifVersion: this.version }), this.notice, fields);
  }

  /** What the page shows of the actor outside the typed fields. */
  private showData(a: ActorDetail): void {
    this.confirm.hidden = !a.provisional;
    const records = [...new Set(Object.values(a.relations).flatMap((rs) => rs.flatMap((r) => r.relations)))];
    this.split.relations.field.placeholder = records.slice(0, 2).join(',');
  }

  /** Split off a new actor: its id and name, and the relation records that move to it. */
  private splitForm(): HTMLFormElement {
    const labelled = (label: string, f: ServerField<HTMLInputElement>): [HTMLLabelElement, HTMLInputElement] => {
      f.field.id = fieldId();
      return [el('label', { text: label, attrs: { for: f.field.id } }), f.field];
    };
    const { id, name, relations } = this.split;
    const form = el('form', { class: 'curate-form curate-split' }, [
      ...labelled('New actor id', id),
      ...labelled('Its name', name),
      ...labelled('Relation ids that move to it (comma-separated)', relations),
      el('button', { class: 'small', text: 'Split', attrs: { type: 'submit' } }),
    ]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const list = relations.value.split(',').map((x) => x.trim()).filter(Boolean);
      void this.run('actor.split', { id: id.value, name: name.value, relations: list }, [id, name, relations]);
    });
    return form;
  }
}
