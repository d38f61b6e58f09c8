/**
 * An accessible autocomplete over actor names and aliases (the ARIA 1.2 combobox pattern):
 * typing "Tehran" offers Iran, "US" the United States, "trmp" Donald Trump (see actor-search.ts).
 * Each option shows the actor's kind and affiliation, so two of one name can be told apart.
 * Arrow keys move, Enter chooses, Escape closes. Used by the search box and by the two ends of
 * the path finder.
 */
import { actorIndex } from '../actor-search';
import type { Match } from '../actor-search';
import type { ActorSummary } from '../api-types';
import { el, swatch } from '../dom';
import { KIND_STYLES } from '../encodings';

export interface ComboboxOptions {
  id: string;
  label: string;
  placeholder: string;
  /** The label is read by assistive technology but not drawn. */
  hideLabel?: boolean;
  actors(): ActorSummary[];
  choose(actor: ActorSummary): void;
}

export class ActorCombobox {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private matches: Match[] = [];
  private active = -1;
  /** Id of the actor last chosen, for callers that read the value (the path finder). */
  chosen: string | null = null;

  constructor(private readonly opts: ComboboxOptions) {
    const listId = `${opts.id}-list`;
    this.input = el('input', {
      class: 'combobox-input',
      attrs: {
        id: opts.id,
        type: 'search',
        role: 'combobox',
        autocomplete: 'off',
        spellcheck: 'false',
        placeholder: opts.placeholder,
        'aria-autocomplete': 'list',
        'aria-expanded': 'false',
        'aria-controls': listId,
      },
    });
    this.list = el('ul', { class: 'combobox-list', attrs: { id: listId, role: 'listbox', 'aria-label': opts.label } });
    this.list.hidden = true;
    const label = el('label', { class: opts.hideLabel ? 'visually-hidden' : 'field-label', text: opts.label, attrs: { for: opts.id } });
    this.element = el('div', { class: 'combobox' }, [label, el('div', { class: 'combobox-box' }, [this.input, this.list])]);

    this.input.addEventListener('input', () => {
      this.chosen = null;
      this.update();
    });
    this.input.addEventListener('focus', () => this.update());
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    // Closing on blur waits a tick so a click on an option lands first.
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  /** Sets the shown value without opening the list (e.g. from the URL). */
  setValue(actor: ActorSummary | null): void {
    this.input.value = actor?.name ?? '';
    this.chosen = actor?.id ?? null;
    this.close();
  }

  private update(): void {
    this.matches = actorIndex(this.opts.actors()).find(this.input.value);
    this.active = this.matches.length ? 0 : -1;
    this.render();
  }

  private render(): void {
    this.list.replaceChildren();
    const query = this.input.value.trim();
    if (!query || document.activeElement !== this.input) {
      this.close();
      return;
    }
    if (!this.matches.length) {
      this.list.append(el('li', { class: 'combobox-empty', text: `No actor matches “${query}”` }));
    }
    const index = actorIndex(this.opts.actors());
    this.matches.forEach((m, i) => {
      const kind = KIND_STYLES[m.actor.kind];
      const affiliation = m.actor.affiliation ? index.get(m.actor.affiliation)?.name ?? m.actor.affiliation : null;
      const option = el('li', {
        class: 'combobox-option',
        attrs: { id: `${this.opts.id}-opt-${i}`, role: 'option', 'aria-selected': i === this.active ? 'true' : 'false' },
      }, [
        swatch(kind?.color ?? '#888'),
        el('span', { class: 'option-name', text: m.actor.name }),
        m.via ? el('span', { class: 'option-via', text: `matches “${m.via}”` }) : null,
        el('span', { class: 'option-kind', text: [kind?.label ?? m.actor.kind, affiliation].filter(Boolean).join(' · ') }),
      ]);
      // mousedown, not click: it fires before the input's blur closes the list.
      option.addEventListener('mousedown', (e) => {
        e.preventDefault();
        this.pick(i);
      });
      this.list.append(option);
    });
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `${this.opts.id}-opt-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private pick(i: number): void {
    const m = this.matches[i];
    if (!m) return;
    this.input.value = m.actor.name;
    this.chosen = m.actor.id;
    this.close();
    this.opts.choose(m.actor);
  }

  private onKey(e: KeyboardEvent): void {
    const open = !this.list.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return this.update();
      if (!this.matches.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.matches.length) % this.matches.length;
      this.render();
    } else if (e.key === 'Enter') {
      if (open && this.active >= 0) {
        e.preventDefault();
        this.pick(this.active);
      }
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      this.close();
    }
  }
}
