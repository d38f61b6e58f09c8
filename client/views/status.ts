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

export class StatusView {
  private noticeTimer: number | undefined;

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

  /** A short message that fades after a while; errors stay until replaced. */
  notify(message: string, kind: 'info' | 'error' = 'info'): void {
    window.clearTimeout(this.noticeTimer);
    const dismiss = el('button', { class: 'icon-button', text: '×', attrs: { type: 'button', 'aria-label': 'Dismiss' } });
    dismiss.addEventListener('click', () => replace(this.notices, []));
    replace(this.notices, [
      el('div', { class: `toast toast-${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status' } }, [el('span', { text: message }), dismiss]),
    ]);
    if (kind === 'info') this.noticeTimer = window.setTimeout(() => replace(this.notices, []), 5000);
  }
}
