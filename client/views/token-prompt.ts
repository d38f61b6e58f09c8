/**
 * The dialog that asks for the write token (once per browser session; see curation-client.ts).
 * The token is typed into a password field and never shown or written into the page.
 */
import { el } from '../dom';

export class TokenPrompt {
  private readonly input: HTMLInputElement;
  private readonly note: HTMLElement;
  private resolve: ((token: string | null) => void) | null = null;

  constructor(private readonly dialog: HTMLDialogElement) {
    this.input = el('input', { attrs: { id: 'token-input', type: 'password', autocomplete: 'off', required: true } });
    this.note = el('p', { class: 'muted' });
    const ok = el('button', { text: 'Use token', attrs: { type: 'submit' } });
    const cancel = el('button', { class: 'secondary', text: 'Cancel', attrs: { type: 'button' } });
    cancel.addEventListener('click', () => this.finish(null));
    const form = el('form', { class: 'token-form', attrs: { method: 'dialog' } }, [
      el('h2', { text: 'Write token', attrs: { id: 'token-title' } }),
      this.note,
      el('label', { text: 'Token (ACTOR_GRAPH_TOKEN)', attrs: { for: 'token-input' } }),
      this.input,
      el('div', { class: 'token-buttons' }, [ok, cancel]),
    ]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.finish(this.input.value.trim() || null);
    });
    dialog.setAttribute('aria-labelledby', 'token-title');
    dialog.append(form);
    dialog.addEventListener('close', () => this.finish(null));
  }

  /** `retry`: the last token was refused. */
  ask(retry: boolean): Promise<string | null> {
    this.note.textContent = retry
      ? 'That token was refused. Enter the server’s write token.'
      : 'This server needs its write token for changes. It is kept for this browser tab only.';
    this.input.value = '';
    if (!this.dialog.open) this.dialog.showModal();
    this.input.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private finish(token: string | null): void {
    const resolve = this.resolve;
    this.resolve = null;
    if (this.dialog.open) this.dialog.close();
    resolve?.(token);
  }
}
