/**
 * The table beside the picture: the actors or the relations in view, sortable by any column and
 * filtered by a text, with a tick per row. Ticked rows are drawn in focus on the graph (the
 * controller keeps them in the state and the URL); "Expand neighbourhood" ticks the neighbours of
 * the ticked actors too; CSV exports the rows the filter keeps, in the order shown.
 */
import { el, replace } from '../dom';
import { KIND_STYLES, RELATION_STYLES } from '../encodings';
import { PROVENANCE_STYLES } from '../colouring';
import type { ActorMultiGraph } from '../graph-data';
import type { State } from '../state';
import { tableCsv } from '../table-csv';

export type TableTab = 'actors' | 'relations';

export interface TableEvents {
  pick(actors: string[], edges: string[]): void;
  expand(): void;
  download(csv: string, fileName: string): void;
}

interface Column {
  name: string;
  numeric?: boolean;
}

interface Row {
  id: string;
  cells: (string | number)[];
}

/** More rows than this are not put in the page at once; the filter narrows them. CSV has them all. */
const ROWS_SHOWN = 300;

const ACTOR_COLUMNS: Column[] = [{ name: 'Actor' }, { name: 'Kind' }, { name: 'Relations', numeric: true }, { name: 'Community', numeric: true }];
const RELATION_COLUMNS: Column[] = [
  { name: 'Source' },
  { name: 'Relation' },
  { name: 'Target' },
  { name: 'Evidence', numeric: true },
  { name: 'First' },
  { name: 'Last' },
  { name: 'Provenance' },
];

export class DataTableView {
  private tab: TableTab = 'actors';
  private sort = { column: 2, descending: true };
  private readonly filter: HTMLInputElement;
  private readonly body: HTMLElement;
  private readonly tabs = new Map<TableTab, HTMLButtonElement>();
  private rows: Row[] = [];
  private state: State | null = null;
  private graph: ActorMultiGraph | null = null;

  constructor(private readonly root: HTMLElement, private readonly events: TableEvents) {
    const bar = el('div', { class: 'table-tabs', attrs: { role: 'tablist' } });
    for (const t of ['actors', 'relations'] as TableTab[]) {
      const b = el('button', { class: 'secondary small', text: t === 'actors' ? 'Actors' : 'Relations', attrs: { type: 'button', role: 'tab', 'data-tab': t } });
      b.addEventListener('click', () => {
        this.tab = t;
        this.sort = { column: t === 'actors' ? 2 : 3, descending: true };
        this.draw();
      });
      this.tabs.set(t, b);
      bar.append(b);
    }
    this.filter = el('input', { attrs: { id: 'table-filter', type: 'search', placeholder: 'Filter rows', 'aria-label': 'Filter the table' } });
    this.filter.addEventListener('input', () => this.draw());
    const expand = el('button', { class: 'secondary small', text: 'Expand neighbourhood', attrs: { id: 'table-expand', type: 'button' } });
    expand.addEventListener('click', () => this.events.expand());
    const clear = el('button', { class: 'secondary small', text: 'Clear ticks', attrs: { id: 'table-clear', type: 'button' } });
    clear.addEventListener('click', () => this.events.pick([], []));
    const csv = el('button', { class: 'secondary small', text: 'CSV', attrs: { id: 'table-csv', type: 'button' } });
    csv.addEventListener('click', () => this.events.download(this.csv(), `actor-graph-${this.tab}.csv`));
    this.body = el('div', { class: 'table-scroll' });
    root.append(el('div', { class: 'table-tools' }, [bar, this.filter, expand, clear, csv]), this.body);
  }

  render(state: State, graph: ActorMultiGraph): void {
    this.state = state;
    this.graph = graph;
    // A closed table costs nothing: rows are built when it is open.
    if (!this.root.hidden) this.draw();
  }

  /** Opens or closes the pane beside the graph; returns whether it is open. */
  toggle(): boolean {
    this.root.hidden = !this.root.hidden;
    document.querySelector('.layout')?.classList.toggle('with-table', !this.root.hidden);
    if (!this.root.hidden) this.draw();
    return !this.root.hidden;
  }

  private columns(): Column[] {
    return this.tab === 'actors' ? ACTOR_COLUMNS : RELATION_COLUMNS;
  }

  private buildRows(): Row[] {
    const g = this.graph;
    const s = this.state;
    if (!g || !s) return [];
    if (this.tab === 'actors') {
      return g.mapNodes((id, a) => ({
        id,
        cells: [a.label, KIND_STYLES[a.kind]?.label ?? a.kind, g.degree(id), s.communities?.get(id) ?? ''],
      }));
    }
    const rows: Row[] = [];
    // Relations only: affiliation lines (who acts for whom) are not relations.
    g.forEachEdge((id, a, source, target) => {
      if (a.actsFor) return;
      rows.push({
        id,
        cells: [
          g.getNodeAttribute(source, 'label'),
          RELATION_STYLES[a.type]?.label ?? a.type,
          g.getNodeAttribute(target, 'label'),
          a.weight,
          a.firstSeen,
          a.lastSeen,
          PROVENANCE_STYLES[a.provenance]?.label ?? a.provenance,
        ],
      });
    });
    return rows;
  }

  /** The rows the filter keeps, sorted. */
  private shownRows(): Row[] {
    const q = this.filter.value.trim().toLowerCase();
    const rows = this.buildRows().filter((r) => !q || r.cells.some((c) => String(c).toLowerCase().includes(q)));
    const { column, descending } = this.sort;
    const sign = descending ? -1 : 1;
    return rows.sort((a, b) => {
      const x = a.cells[column];
      const y = b.cells[column];
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return c * sign || a.id.localeCompare(b.id);
    });
  }

  private picked(): Set<string> {
    const look = this.state?.look;
    return new Set(this.tab === 'actors' ? look?.pickedActors : look?.pickedEdges);
  }

  private draw(): void {
    for (const [t, b] of this.tabs) b.setAttribute('aria-selected', String(t === this.tab));
    this.rows = this.shownRows();
    const picked = this.picked();
    const cols = this.columns();
    const head = el('tr', {}, [
      el('th', { attrs: { scope: 'col' } }, [el('span', { class: 'visually-hidden', text: 'Ticked' })]),
      ...cols.map((c, i) => {
        const sorted = this.sort.column === i;
        const b = el('button', { class: 'sort', text: c.name + (sorted ? (this.sort.descending ? ' ▼' : ' ▲') : ''), attrs: { type: 'button', 'data-column': i } });
        b.addEventListener('click', () => {
          this.sort = { column: i, descending: sorted ? !this.sort.descending : !!c.numeric };
          this.draw();
        });
        return el('th', { class: c.numeric ? 'num' : '', attrs: { scope: 'col', 'aria-sort': sorted ? (this.sort.descending ? 'descending' : 'ascending') : undefined } }, [b]);
      }),
    ]);
    const body = this.rows.slice(0, ROWS_SHOWN).map((r) => {
      const box = el('input', { attrs: { type: 'checkbox', 'aria-label': `Tick ${r.cells[0]}`, checked: picked.has(r.id) } });
      box.addEventListener('change', () => this.tick(r.id, box.checked));
      return el('tr', { attrs: { 'data-id': r.id, class: picked.has(r.id) ? 'picked' : undefined } }, [
        el('td', {}, [box]),
        ...r.cells.map((c, i) => el('td', { class: cols[i]?.numeric ? 'num' : '', text: String(c) })),
      ]);
    });
    const more = this.rows.length > ROWS_SHOWN ? el('p', { class: 'muted small', text: `First ${ROWS_SHOWN} of ${this.rows.length.toLocaleString('en')} rows; filter to narrow (CSV has them all).` }) : null;
    replace(this.body, [el('table', { class: 'data-table', attrs: { 'data-tab': this.tab } }, [el('thead', {}, [head]), el('tbody', {}, body)]), more]);
  }

  private tick(id: string, on: boolean): void {
    const look = this.state?.look;
    if (!look) return;
    const change = (list: string[]): string[] => (on ? [...new Set([...list, id])] : list.filter((x) => x !== id));
    if (this.tab === 'actors') this.events.pick(change(look.pickedActors), look.pickedEdges);
    else this.events.pick(look.pickedActors, change(look.pickedEdges));
  }

  /** The rows the filter keeps, in the order shown, with a header line. */
  private csv(): string {
    const cols = this.columns();
    return tableCsv(['id', ...cols.map((c) => c.name)], this.rows.map((r) => [r.id, ...r.cells]));
  }
}
