/**
 * The side panel: one actor (name, kind, role, affiliation, centralities, relations grouped by
 * type with their evidence) or one relation (its evidence, and the figures of coded events when
 * event data back it). Neighbours are buttons that move the selection; quotes are buttons that
 * open the source document; event source URLs are plain links that open in a new tab.
 */
import type { Evidence } from '../../server/domain/types';
import type { ActorDetail, ActorRelation, EventStats, MetricInfo, RelationEdgeAttrs, RelationType } from '../api-types';
import { el, formatDate, replaceKeeping, swatch } from '../dom';
import { formatNumber } from '../format';
import { KIND_STYLES, RELATION_STYLES, RELATION_TYPE_LIST } from '../encodings';
import type { CurationTools } from './curation-tools';
import { evidenceList } from './evidence-list';

/** In the rolled-up view: the state an actor opens or closes in place, and whether it is open. */
export interface Expansion {
  state: string;
  open: boolean;
}

export interface PanelEvents {
  selectActor(id: string): void;
  openQuote(evidence: Evidence): void;
  close(): void;
  /** The roll-up's expansion for an actor (null: roll-up off, or nothing to open). */
  expansion(id: string): Expansion | null;
  toggleExpand(state: string): void;
}

/** The chosen metric's value for the actor under the current filters (the table's), when filtered. */
export interface FilteredValue {
  metric: string;
  value: number;
}

export interface EdgeView {
  key: string;
  source: string;
  target: string;
  attrs: RelationEdgeAttrs;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
/** Signed, with a real minus sign: "+3.4", "−5.0". */
const signed = (v: number, digits: number): string => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(digits)}`;
const dateSpan = (first: string, last: string): string => (first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`);

/** Only web addresses become links; anything else (javascript:, data:, a typo) stays text. */
function webUrl(raw: string): string | null {
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** One line summing up coded events, for relation lists. */
function eventSummary(ev: EventStats): string {
  return `${plural(ev.events, 'coded event')} · ${plural(ev.mentions, 'mention')} · Goldstein ${signed(ev.goldstein, 1)} · tone ${signed(ev.tone, 2)}`;
}

/** The figures of coded events behind a relation, with their source articles as links. */
function eventFigures(ev: EventStats): HTMLElement {
  const facts = el('dl', { class: 'facts event-facts' });
  const fact = (term: string, value: string, title?: string): void => {
    facts.append(el('dt', { text: term, attrs: { title } }), el('dd', { text: value }));
  };
  fact('Events', ev.events.toLocaleString('en'));
  fact('Mentions', ev.mentions.toLocaleString('en'), 'Times the events were mentioned in the news');
  fact('Sources', ev.sources.toLocaleString('en'), 'Distinct reporting sources');
  fact('Mean Goldstein', signed(ev.goldstein, 1), 'Goldstein scale: −10 conflict … +10 cooperation');
  fact('Mean tone', signed(ev.tone, 2), 'Average tone of the reporting documents (negative: critical)');
  fact('Seen', dateSpan(ev.firstSeen, ev.lastSeen));
  const links = ev.urls.map((raw) => {
    const href = webUrl(raw);
    // textContent only: the address is shown as it is, never parsed.
    const item = href
      ? el('a', { text: raw, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } })
      : el('span', { class: 'muted', text: raw, attrs: { title: 'Not a web address' } });
    return el('li', {}, [item]);
  });
  return el('section', { class: 'event-data' }, [
    el('h3', { text: 'Coded events' }),
    facts,
    links.length ? el('h4', { text: `Source articles (${links.length})` }) : null,
    links.length ? el('ul', { class: 'event-urls' }, links) : null,
  ]);
}

/** How a relation reads from the panel's actor, by type and direction. */
function phrase(type: RelationType, direction: ActorRelation['direction']): string {
  if (type === 'negotiates') return 'negotiates with';
  if (type === 'mediates') return direction === 'out' ? 'mediates with' : 'mediated by';
  return direction === 'out' ? 'opposes' : 'opposed by';
}

export class PanelView {
  /** What the panel shows: an actor or a line (by id), while it shows one. */
  private showing: { kind: 'actor' | 'relation'; id: string } | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly events: PanelEvents,
    private readonly labelOf: (id: string) => string,
    /** Curation controls; absent on a read-only server. */
    private readonly tools?: CurationTools,
  ) {
    root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') events.close();
    });
  }

  hide(): void {
    this.root.hidden = true;
    this.root.replaceChildren();
    this.shows(null);
  }

  loading(title: string): void {
    this.show([this.header(title, 'Loading…'), el('p', { class: 'muted', text: 'Loading details…' })]);
  }

  error(title: string, message: string): void {
    this.show([this.header(title, ''), el('p', { class: 'error-text', attrs: { role: 'alert' }, text: message })]);
    this.shows(null);
  }

  /**
   * A live update found the actor shown gone from the data (merged into another, or removed):
   * the panel stays as it was, says so, and its curation controls are disabled with what was
   * typed in them kept. False when the panel shows something else.
   */
  actorGone(id: string): boolean {
    if (this.showing?.kind !== 'actor' || this.showing.id !== id) return false;
    this.gone('This actor is no longer in the data: it was merged into another or removed (see the curation log). Shown as it was; nothing more can be sent for it.');
    this.tools?.actorGone(id);
    return true;
  }

  /** As actorGone, for the line shown: its records say where they went. */
  relationGone(key: string): boolean {
    if (this.showing?.kind !== 'relation' || this.showing.id !== key) return false;
    this.gone('This relation is no longer in the graph under the current filters: its records were changed, rejected or retracted. Shown as it was.');
    this.tools?.lineGone(key);
    return true;
  }

  private gone(text: string): void {
    const header = this.root.querySelector('.panel-header');
    if (this.root.querySelector('.panel-gone') || !header) return;
    header.after(el('p', { class: 'notice panel-gone', attrs: { role: 'status' }, text }));
  }

  /** Records what the panel shows; curation controls of anything else are let go. */
  private shows(what: { kind: 'actor' | 'relation'; id: string } | null): void {
    this.showing = what;
    if (!what) this.tools?.forget();
  }

  /**
   * An actor with its relations; `inView` false adds a note that filters hide it; `keepScroll`
   * when the same panel is redrawn with fresher data.
   */
  actor(a: ActorDetail, metrics: MetricInfo[], inView: boolean, keepScroll = false, filtered: FilteredValue | null = null): void {
    const kind = KIND_STYLES[a.kind];
    const facts = el('dl', { class: 'facts' });
    const fact = (term: string, value: Node | string): void => {
      facts.append(el('dt', { text: term }), el('dd', {}, [value]));
    };
    fact('Kind', kind?.label ?? a.kind);
    if (a.role) fact('Role', a.role);
    if (a.affiliation) fact('Affiliation', this.actorButton(a.affiliation, this.labelOf(a.affiliation)));
    const aliases = a.aliases.filter((x) => x !== a.name);
    if (aliases.length) fact('Also called', aliases.join(', '));
    if (a.provisional) fact('Status', 'provisional (found by extraction, not yet confirmed)');

    const centrality = el('dl', { class: 'facts centrality-facts' });
    for (const m of metrics.filter((m) => m.id in a.centrality)) {
      // The table ranks under the current filters; the panel's values are the whole graph's.
      // Both are shown for the chosen metric, each with its scope, so they never disagree silently.
      const text =
        filtered?.metric === m.id
          ? `${formatNumber(a.centrality[m.id])} whole graph · ${formatNumber(filtered.value)} under the current filters`
          : formatNumber(a.centrality[m.id]);
      centrality.append(el('dt', { text: m.label, attrs: { title: m.description } }), el('dd', { text, attrs: { 'data-metric': m.id } }));
    }

    const sections: HTMLElement[] = [];
    for (const type of RELATION_TYPE_LIST) {
      const rels = a.relations[type] ?? [];
      if (!rels.length) continue;
      const style = RELATION_STYLES[type];
      const items = rels.map((r) => {
        const head = el('p', { class: 'relation-head' }, [
          `${phrase(type, r.direction)} `,
          this.actorButton(r.other, r.otherLabel),
        ]);
        const between = this.betweenText(r.between);
        return el('li', { class: 'relation' }, [
          head,
          between ? el('p', { class: 'muted', text: between }) : null,
          r.events ? el('p', { class: 'muted event-summary', text: eventSummary(r.events) }) : null,
          r.events && !r.evidence.length ? null : evidenceList(r.evidence, this.events.openQuote),
        ]);
      });
      sections.push(
        el('section', { class: 'relation-group' }, [
          el('h3', {}, [swatch(style.color, 'line'), `${style.label} (${rels.length})`]),
          el('ul', { class: 'relations' }, items),
        ]),
      );
    }

    this.shows({ kind: 'actor', id: a.id });
    this.show([
      this.header(a.name, kind?.label ?? a.kind, kind?.color),
      !inView && el('p', { class: 'notice', text: 'Hidden from the graph by the current filters.' }),
      facts,
      this.expandButton(a.id),
      this.tools?.actor(a),
      el('h3', { text: filtered ? 'Centrality' : 'Centrality (whole graph)' }),
      centrality,
      ...(sections.length ? sections : [el('p', { class: 'muted', text: 'No reported relations.' })]),
    ], keepScroll);
  }

  /** One relation (graph edge): its evidence and event figures under the current filters. */
  relation(e: EdgeView, keepScroll = false): void {
    const style = RELATION_STYLES[e.attrs.type];
    const title = `${this.labelOf(e.source)} ${e.attrs.type} ${this.labelOf(e.target)}`;
    const span = dateSpan(e.attrs.firstSeen, e.attrs.lastSeen);
    const events = e.attrs.events;
    const quotes = e.attrs.evidence.length;
    const count = [
      quotes || !events ? `${plural(quotes, 'quote')} from ${plural(e.attrs.documents, 'document')}` : null,
      events ? plural(events.events, 'coded event') : null,
    ]
      .filter(Boolean)
      .join(' and ');
    const between = this.betweenText(e.attrs.between);
    this.shows({ kind: 'relation', id: e.key });
    this.show([
      this.header(title, `Relation: ${style.label}`, style.color),
      el('p', { class: 'relation-head' }, [
        this.actorButton(e.source, this.labelOf(e.source)),
        ` ${style.directed ? '→' : '—'} ${style.label} ${style.directed ? '→' : '—'} `,
        this.actorButton(e.target, this.labelOf(e.target)),
      ]),
      between ? el('p', { class: 'muted', text: between }) : null,
      el('p', { class: 'muted', text: `${count}, ${span}` }),
      events ? eventFigures(events) : null,
      quotes || !events ? el('h3', { text: 'Evidence' }) : null,
      quotes || !events ? evidenceList(e.attrs.evidence, this.events.openQuote) : null,
      e.attrs.relations.length ? this.tools?.relation(e.key, e.attrs.relations) : null,
    ], keepScroll);
  }

  /** An affiliation line: who acts for whom (no quotes: it comes from the actors' records). */
  affiliation(actor: string, actsFor: string): void {
    this.shows(null);
    this.show([
      this.header(`${this.labelOf(actor)} acts for ${this.labelOf(actsFor)}`, 'Affiliation'),
      el('p', { class: 'relation-head' }, [this.actorButton(actor, this.labelOf(actor)), ' acts for ', this.actorButton(actsFor, this.labelOf(actsFor))]),
      el('p', { class: 'muted', text: 'From the actor’s record (its affiliation), not from a quote. Change it in the actor’s curation controls.' }),
    ]);
  }

  private betweenText(between: [string, string][] | undefined): string | null {
    if (!between?.length) return null;
    return `between ${between.map(([a, b]) => `${this.labelOf(a)} and ${this.labelOf(b)}`).join('; ')}`;
  }

  private actorButton(id: string, label: string): HTMLButtonElement {
    const b = el('button', { class: 'link', text: label, attrs: { type: 'button', title: `Show ${label}` } });
    b.addEventListener('click', () => this.events.selectActor(id));
    return b;
  }

  /** Roll-up on: open this state in place (its people and bodies around it), or fold it back. */
  private expandButton(id: string): HTMLElement | null {
    const x = this.events.expansion(id);
    if (!x) return null;
    const text = x.open ? `Fold back into ${this.labelOf(x.state)}` : 'Show its people and bodies';
    const title = x.open ? 'Roll these people and bodies up into their state again' : 'Open this state in place: its people and bodies around it, the other states still rolled up';
    const b = el('button', { class: 'secondary expand-state', text, attrs: { type: 'button', title, 'data-expand': x.state } });
    b.addEventListener('click', () => this.events.toggleExpand(x.state));
    return el('p', { class: 'panel-actions' }, [b]);
  }

  private header(title: string, subtitle: string, color?: string): HTMLElement {
    const close = el('button', { class: 'icon-button', text: '×', attrs: { type: 'button', 'aria-label': 'Close details' } });
    close.addEventListener('click', () => this.events.close());
    return el('header', { class: 'panel-header' }, [
      el('div', {}, [
        el('p', { class: 'eyebrow' }, [color ? swatch(color) : null, subtitle]),
        el('h2', { text: title, attrs: { id: 'panel-title', tabindex: -1 } }),
      ]),
      close,
    ]);
  }

  /** Draws the panel; a node drawn again (the curation controls) stays in place, with its focus and open state. */
  private show(children: (Node | null | false | undefined)[], keepScroll = false): void {
    const scroll = this.root.scrollTop;
    this.root.hidden = false;
    replaceKeeping(this.root, children);
    this.root.scrollTop = keepScroll ? scroll : 0;
  }

  /** Where the open panel covers the page (it lies over the graph), or null when closed. */
  coverage(): DOMRect | null {
    return this.root.hidden ? null : this.root.getBoundingClientRect();
  }

  /** Moves keyboard focus to the title so screen readers announce the new panel. */
  focusTitle(): void {
    this.root.querySelector<HTMLElement>('#panel-title')?.focus({ preventScroll: true });
  }
}
