/**
 * Visible loading, error and empty states over the graph, plus short notices (an export that
 * failed, an actor hidden by filters). The graph container's data-status mirrors the state so
 * tests and styles can follow it.
 */
import { el, replace } from '../dom';
import type { LoadStatus } from '../state';

export interface StatusActions {
  retry(): void;
  resetFilters(): void;
}

/** Notices shown at once; older ones make way. */
const MAX_NOTICES = 3;

export class StatusView {
  constructor(
    private readonly root: HTMLElement,
    private readonly notices: HTMLElement,
    private readonly graphEl: HTMLElement,
    private readonly actions: StatusActions,
  ) {}

  show(status: LoadStatus, message = ''): void {
    this.graphEl.setAttribute('data-status', status);
    this.graphEl.setAttribute('aria-busy', status === 'loading' ? 'true' : 'false');
    if (status === 'ready') {
      this.root.hidden = true;
      replace(this.root, []);
      return;
    }
    this.root.hidden = false;
    this.root.className = `status status-${status}`;
    if (status === 'loading') {
      replace(this.root, [el('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }), message || 'Loading the graph…']);
    } else if (status === 'error') {
      const retry = el('button', { text: 'Retry', attrs: { type: 'button' } });
      retry.addEventListener('click', () => this.actions.retry());
      replace(this.root, [el('strong', { text: 'Could not load the graph. ' }), message, ' ', retry]);
    } else {
      const reset = el('button', { class: 'secondary', text: 'Reset filters', attrs: { type: 'button' } });
      reset.addEventListener('click', () => this.actions.resetFilters());
      replace(this.root, [message || 'Nothing matches these filters.', ' ', reset]);
    }
  }

  /**
   * A short message in the tools row above the graph (never over an actor). Info fades after a
   * while; warnings (a link that could not be read) and errors stay until dismissed. A few stack.
   */
  notify(message: string, kind: 'info' | 'warning' | 'error' = 'info'): void {
    const dismiss = el('button', { class: 'icon-button', text: '×', attrs: { type: 'button', 'aria-label': 'Dismiss' } });
    const toast = el('div', { class: `toast toast-${kind}`, attrs: { role: kind === 'info' ? 'status' : 'alert', title: message } }, [
      el('span', { class: 'toast-text', text: message }),
      dismiss,
    ]);
    dismiss.addEventListener('click', () => toast.remove());
    // The same message again replaces the old one; older messages go beyond three.
    for (const old of this.notices.querySelectorAll<HTMLElement>('.toast')) if (old.title === message) old.remove();
    this.notices.prepend(toast);
    for (const extra of [...this.notices.querySelectorAll('.toast')].slice(MAX_NOTICES)) extra.remove();
    if (kind === 'info') window.setTimeout(() => toast.remove(), 5000);
  }
}
