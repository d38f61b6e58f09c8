/**
 * The pieces the curation controls are made of: a field that tells the user's typing apart from
 * the server's value it was filled with, a labelled one-field form, and a select of values.
 */
import type { CurationEvent } from '../../server/domain/curation';
import { el } from '../dom';
import type { InTurn } from '../in-turn';

let fieldCounter = 0;

/** A fresh id for a field, so its label can name it. */
export const fieldId = (): string => `curate-field-${++fieldCounter}`;

/**
 * A field filled from the server (a name, a kind), or an entry (blank, for an id to type). Fresher
 * data from a live update go into it only while the user has not changed it: typed text is never
 * overwritten.
 */
export class ServerField<F extends HTMLInputElement | HTMLSelectElement = HTMLInputElement | HTMLSelectElement> {
  /** The server's value the field was last given. */
  private given: string;
  /** An entry (no server value): blank again once what was typed in it has been saved. */
  private readonly entry: boolean;

  /** `value` undefined: an entry. */
  constructor(
    readonly field: F,
    value?: string,
  ) {
    this.entry = value === undefined;
    this.given = value ?? '';
    field.value = this.given;
  }

  get value(): string {
    return this.field.value.trim();
  }

  /** Whether the user changed the field from the server's value. */
  get edited(): boolean {
    return this.field.value !== this.given;
  }

  /** The server's value now: shown if the field is untouched (set only when it differs, which keeps the caret). */
  update(value: string): void {
    if (!this.edited && this.field.value !== value) this.field.value = value;
    this.given = value;
  }

  /** After this page's own change from this field was saved: the server now holds what it shows (an entry goes blank). */
  settle(): void {
    if (this.entry) this.field.value = '';
    this.given = this.field.value;
  }
}

/** A labelled one-field form whose submit runs `run` with the field's value (not when blank). */
export function fieldForm(label: string, field: HTMLInputElement | HTMLSelectElement, button: string, run: (value: string) => void): HTMLFormElement {
  field.id = fieldId();
  const form = el('form', { class: 'curate-form' }, [el('label', { text: label, attrs: { for: field.id } }), field, el('button', { class: 'small', text: button, attrs: { type: 'submit' } })]);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (field.value.trim()) run(field.value.trim());
  });
  return form;
}

export function select<T extends string>(values: readonly T[], label: (v: T) => string): HTMLSelectElement {
  return el(
    'select',
    {},
    values.map((v) => el('option', { text: label(v), attrs: { value: v } })),
  );
}

export const textInput = (): HTMLInputElement => el('input', { attrs: { autocomplete: 'off' } });

/** The note a curation control shows when someone else changed or removed what it acts on. */
export function changeNotice(): HTMLParagraphElement {
  return el('p', { class: 'notice curate-notice', attrs: { role: 'status', hidden: true } });
}

export function tell(notice: HTMLElement, text: string | null): void {
  notice.textContent = text ?? '';
  notice.hidden = text === null;
}

/**
 * The version to send for `subject` once this page saved `event`: the event's id when it names the
 * subject (a subject's version is the id of the last event naming it), else `version`.
 */
export const versionAfter = (version: number, event: CurationEvent, subject: string): number =>
  event.subjects.includes(subject) ? Math.max(version, event.id) : version;

/**
 * Sends one curation once the controls' writes before it are answered (`send` reads the version
 * when its turn comes); saved, the note has been acted on and the fields sent show the server's
 * value (or go blank).
 */
export async function sendInTurn(writes: InTurn, send: () => Promise<boolean>, notice: HTMLElement, fields: readonly ServerField[]): Promise<void> {
  if (!(await writes.run(send))) return;
  tell(notice, null);
  for (const f of fields) f.settle();
}
