/**
 * Curation controls in the details panel: for an actor (rename, kind, affiliation, merge into
 * another, confirm a provisional one) and for each relation record behind a line (accept, reject,
 * reverse, change type). Each control sends the version the panel was drawn with.
 */
import type { CurationOp } from '../../server/domain/curation';
import type { ActorDetail, ActorKind, RelationType } from '../api-types';
import type { CurationClient } from '../curation-client';
import { el } from '../dom';
import { ACTOR_KIND_LIST, KIND_STYLES, RELATION_STYLES, RELATION_TYPE_LIST } from '../encodings';

export interface CurationEvents {
  curate(op: CurationOp, id: string, body?: Record<string, unknown>): Promise<boolean>;
}

let fieldCounter = 0;

/** A labelled one-field form whose submit runs `run` with the field's value. */
function fieldForm(label: string, field: HTMLInputElement | HTMLSelectElement, button: string, run: (value: string) => void): HTMLFormElement {
  const id = `curate-field-${++fieldCounter}`;
  field.id = id;
  const form = el('form', { class: 'curate-form' }, [el('label', { text: label, attrs: { for: id } }), field, el('button', { class: 'small', text: button, attrs: { type: 'submit' } })]);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (field.value.trim()) run(field.value.trim());
  });
  return form;
}

function select<T extends string>(values: readonly T[], current: T, label: (v: T) => string): HTMLSelectElement {
  return el(
    'select',
    {},
    values.map((v) => el('option', { text: label(v), attrs: { value: v, selected: v === current } })),
  );
}

export class CurationTools {
  /** Set once the server says it takes writes; a read-only server shows no controls. */
  enabled = false;

  constructor(
    private readonly events: CurationEvents,
    private readonly client: CurationClient,
  ) {}

  actor(a: ActorDetail): HTMLElement | null {
    if (!this.enabled) return null;
    const v = { ifVersion: a.version };
    const run = (op: CurationOp, body: Record<string, unknown>): void => void this.events.curate(op, a.id, { ...body, ...v });
    const confirm = el('button', { class: 'small', text: 'Confirm this actor', attrs: { type: 'button' } });
    confirm.addEventListener('click', () => run('actor.confirm', {}));
    return el('details', { class: 'curate' }, [
      el('summary', { text: 'Curate this actor' }),
      a.provisional ? confirm : null,
      fieldForm('Name', el('input', { attrs: { value: a.name, autocomplete: 'off' } }), 'Rename', (name) => run('actor.rename', { name })),
      fieldForm('Kind', select<ActorKind>(ACTOR_KIND_LIST, a.kind, (k) => KIND_STYLES[k].label), 'Change', (kind) => run('actor.kind', { kind })),
      fieldForm('Acts for (actor id, or none)', el('input', { attrs: { value: a.affiliation ?? '', autocomplete: 'off' } }), 'Set', (id) =>
        run('actor.affiliate', { affiliation: id === 'none' ? null : id }),
      ),
      fieldForm('Merge into (actor id)', el('input', { attrs: { autocomplete: 'off' } }), 'Merge', (into) => run('actor.merge', { into })),
      this.splitForm(a, run),
    ]);
  }

  /** Split off a new actor: its id and name, and the relation records that move to it. */
  private splitForm(a: ActorDetail, run: (op: CurationOp, body: Record<string, unknown>) => void): HTMLFormElement {
    const input = (label: string, attrs: Record<string, string> = {}): [HTMLLabelElement, HTMLInputElement] => {
      const id = `curate-field-${++fieldCounter}`;
      return [el('label', { text: label, attrs: { for: id } }), el('input', { attrs: { id, autocomplete: 'off', ...attrs } })];
    };
    const [idLabel, newId] = input('New actor id');
    const [nameLabel, name] = input('Its name');
    const records = [...new Set(Object.values(a.relations).flatMap((rs) => rs.flatMap((r) => r.relations)))];
    const [relLabel, relations] = input('Relation ids that move to it (comma-separated)', { placeholder: records.slice(0, 2).join(',') });
    const form = el('form', { class: 'curate-form curate-split' }, [idLabel, newId, nameLabel, name, relLabel, relations, el('button', { class: 'small', text: 'Split', attrs: { type: 'submit' } })]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const list = relations.value.split(',').map((x) => x.trim()).filter(Boolean);
      run('actor.split', { id: newId.value.trim(), name: name.value.trim(), relations: list });
    });
    return form;
  }

  /** Controls for each relation record behind a line (loaded, for their versions). */
  relation(recordIds: string[]): HTMLElement | null {
    if (!this.enabled) return null;
    const box = el('section', { class: 'curate' }, [el('h3', { text: 'Curate' })]);
    for (const id of recordIds) {
      const line = el('div', { class: 'curate-record', attrs: { 'data-relation': id } }, [el('p', { class: 'muted', text: `${id}: loading…` })]);
      box.append(line);
      this.client.relation(id).then(
        (r) => {
          const body = { ifVersion: r.version };
          const button = (text: string, op: CurationOp, extra: Record<string, unknown> = {}): HTMLButtonElement => {
            const b = el('button', { class: 'small', text, attrs: { type: 'button' } });
            b.addEventListener('click', () => void this.events.curate(op, id, { ...body, ...extra }));
            return b;
          };
          line.replaceChildren(
            el('p', { class: 'muted', text: `${id} · ${r.provenance}${r.reviewed ? ', reviewed' : ', not reviewed'}` }),
            el('div', { class: 'curate-buttons' }, [
              r.reviewed ? null : button('Accept', 'relation.accept'),
              button('Reject', 'relation.reject'),
              RELATION_STYLES[r.type].directed && r.target ? button('Reverse', 'relation.reverse') : null,
            ].filter((x): x is HTMLButtonElement => x !== null)),
            fieldForm('Type', select<RelationType>(RELATION_TYPE_LIST, r.type, (t) => RELATION_STYLES[t].label), 'Change', (type) =>
              void this.events.curate('relation.retype', id, { ...body, type }),
            ),
            fieldForm('Attach to another source (actor id)', el('input', { attrs: { autocomplete: 'off', value: r.source } }), 'Reattach', (source) =>
              void this.events.curate('relation.reattach', id, { ...body, source }),
            ),
            ...(r.target
              ? [
                  fieldForm('Attach to another target (actor id)', el('input', { attrs: { autocomplete: 'off', value: r.target } }), 'Reattach', (target) =>
                    void this.events.curate('relation.reattach', id, { ...body, target }),
                  ),
                ]
              : []),
          );
        },
        (e: unknown) => line.replaceChildren(el('p', { class: 'error-text', text: e instanceof Error ? e.message : String(e) })),
      );
    }
    return box;
  }
}
