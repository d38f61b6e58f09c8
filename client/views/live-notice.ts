/**
 * The one notice for live updates, in the bar above the graph (never over it, never blocking):
 * how many articles arrived and what they brought, the latest titles, "Show" to move the camera
 * onto what is new and "Dismiss" to clear the marks. A batch updates this notice in place rather
 * than stacking a toast per article. The per-article lines open below it on demand.
 */
import { el, replace } from '../dom';
import { NEW_RING_COLOR } from '../encodings';
import type { LiveNews } from '../live-news';
import { newsCounts, newsHeadline } from '../live-news';

export interface LiveNoticeActions {
  show(): void;
  dismiss(): void;
}

/** Titles named in the one-line summary; the details list LATEST_SHOWN. */
const TITLES_IN_LINE = 3;

export class LiveNoticeView {
  private element: HTMLElement | null = null;

  constructor(
    private readonly notices: HTMLElement,
    private readonly actions: LiveNoticeActions,
  ) {
    // The ring's colour, declared once (encodings.ts), for the notice's and the legend's marks.
    document.documentElement.style.setProperty('--new-ring', NEW_RING_COLOR);
  }

  render(news: LiveNews): void {
    if (news.empty) return this.hide();
    const latest = news.latestArticles();
    const summary = newsCounts(news.nodes.size, news.edges.size);
    const titles = latest.slice(0, TITLES_IN_LINE).map((a) => `“${a.title}”`);
    const line =
      news.articles === 1 && latest.length === 1
        ? `${newsHeadline(news)}: ${titles[0]} — ${summary}`
        : `${newsHeadline(news)}: ${summary}${titles.length ? ` — latest ${titles.join(', ')}` : ''}`;
    const show = el('button', { class: 'secondary small', text: 'Show', attrs: { type: 'button', disabled: news.nodes.size + news.edges.size === 0 } });
    show.addEventListener('click', () => this.actions.show());
    const dismiss = el('button', { class: 'icon-button', text: '×', attrs: { type: 'button', 'aria-label': 'Dismiss' } });
    dismiss.addEventListener('click', () => this.actions.dismiss());
    const details = el('details', { class: 'live-notice-details' }, [
      el('summary', { text: 'Latest', attrs: { title: 'What each of the latest articles brought' } }),
      el(
        'ul',
        {},
        latest.map((a) => el('li', { text: `${a.title}: ${newsCounts(a.actors, a.relations)}` })),
      ),
    ]);
    const open = this.element?.querySelector('details')?.open ?? false;
    details.open = open;
    const element = this.element ?? el('div', { class: 'live-notice', attrs: { role: 'status' } });
    element.title = line;
    element.dataset.articles = String(news.articles);
    replace(element, [el('span', { class: 'live-notice-mark', attrs: { 'aria-hidden': 'true' } }), el('span', { class: 'toast-text', text: line }), latest.length > 1 && details, show, dismiss]);
    if (!this.element) {
      this.element = element;
      this.notices.prepend(element);
    }
  }

  hide(): void {
    this.element?.remove();
    this.element = null;
  }
}
