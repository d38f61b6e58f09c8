/**
 * Named views and the brief. A named view is the page's URL (filters, time window, camera,
 * ticks, colourings, caption) kept under a name in this browser's storage and listed as links,
 * so it can be reopened, bookmarked or sent. The brief lays the picture, its legend, the caption
 * and the quotes of the chosen lines out on one printable page (see @media print in brief.css).
 */
import { el, replace } from '../dom';

export interface SavedView {
  name: string;
  /** The query string of the view, `?…`. */
  search: string;
}

export interface NamedViewEvents {
  /** Writes the caption and camera into the URL and returns its query string. */
  capture(caption: string): string;
  brief(caption: string): void;
}

const STORAGE_KEY = 'actor-graph.views';

/** The saved views; a corrupt or foreign entry in storage is skipped, never trusted. */
function loadViews(storage: Storage = localStorage): SavedView[] {
  try {
    const raw: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]');
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (v): v is SavedView => typeof v === 'object' && v !== null && typeof (v as SavedView).name === 'string' && typeof (v as SavedView).search === 'string',
    );
  } catch {
    return [];
  }
}

export class NamedViewsView {
  private readonly name: HTMLInputElement;
  private readonly caption: HTMLTextAreaElement;
  private readonly list: HTMLElement;
  private readonly note: HTMLElement;

  constructor(root: HTMLElement, private readonly events: NamedViewEvents) {
    this.caption = el('textarea', { attrs: { id: 'view-caption', rows: 2, placeholder: 'What this view shows (goes under the picture in the brief)' } });
    this.name = el('input', { attrs: { id: 'view-name', type: 'text', placeholder: 'e.g. Oman channel, spring', maxlength: 80 } });
    const save = el('button', { class: 'secondary small', text: 'Save view', attrs: { id: 'view-save', type: 'submit' } });
    const brief = el('button', { class: 'small', text: 'Brief', attrs: { id: 'brief-button', type: 'button' } });
    brief.addEventListener('click', () => this.events.brief(this.caption.value.trim()));
    const form = el('form', { class: 'named-view-form' }, [
      el('label', { class: 'field-label', text: 'Caption', attrs: { for: 'view-caption' } }),
      this.caption,
      el('label', { class: 'field-label', text: 'Name', attrs: { for: 'view-name' } }),
      this.name,
      el('div', { class: 'named-view-actions' }, [save, brief]),
    ]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.save();
    });
    this.note = el('p', { class: 'muted small', attrs: { 'aria-live': 'polite' } });
    this.list = el('ul', { class: 'named-views', attrs: { id: 'named-views' } });
    root.append(form, this.note, this.list);
    this.drawList();
  }

  /** Shows the caption the URL holds. */
  setCaption(caption: string): void {
    this.caption.value = caption;
  }

  private save(): void {
    const name = this.name.value.trim();
    if (!name) {
      this.note.textContent = 'Give the view a name to save it.';
      this.name.focus();
      return;
    }
    const search = this.events.capture(this.caption.value.trim());
    const views = loadViews().filter((v) => v.name !== name);
    views.push({ name, search });
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(views));
      this.note.textContent = `Saved “${name}”. Its link reopens the view anywhere.`;
    } catch (e) {
      this.note.textContent = `Could not save in this browser (${e instanceof Error ? e.message : String(e)}); the address bar holds the view.`;
    }
    this.name.value = '';
    this.drawList();
  }

  private drawList(): void {
    const items = loadViews().map((v) => {
      const del = el('button', { class: 'link small', text: 'remove', attrs: { type: 'button', 'aria-label': `Remove ${v.name}` } });
      del.addEventListener('click', () => {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(loadViews().filter((x) => x.name !== v.name)));
        this.drawList();
      });
      return el('li', {}, [el('a', { text: v.name, attrs: { href: `${location.pathname}${v.search}` } }), ' ', del]);
    });
    replace(this.list, items);
  }
}
