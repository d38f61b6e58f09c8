/**
 * The timeline under the graph: a slider over the steps (day, week or month) the evidence spans,
 * play and pause, and a small activity chart per relation type (quotes and coded events per
 * step, SVG bars) with the window marked. Moving the window sets the since/until filters, so the
 * graph shows the relations active in it, or accumulated up to its end.
 */
import type { RelationType } from '../api-types';
import { el, formatDate, replace } from '../dom';
import { RELATION_STYLES, RELATION_TYPE_LIST } from '../encodings';
import type { State, TimeStep } from '../state';
import { activity, stepEnd, stepStart } from '../timeline-data';
import type { Activity } from '../timeline-data';

export interface TimelineEvents {
  /** A new window; `replace` while playing, so playback is not a history entry per step. */
  setWindow(since: string, until: string, replace: boolean): void;
  setStep(step: TimeStep): void;
  setAccumulate(on: boolean): void;
}

const SVG = 'http://www.w3.org/2000/svg';
/** Time a played step stays on screen. */
const PLAY_INTERVAL_MS = 1200;
const CHART_WIDTH = 600;
const ROW_HEIGHT = 22;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export class TimelineView {
  private readonly range: HTMLInputElement;
  private readonly play: HTMLButtonElement;
  private readonly stepSelect: HTMLSelectElement;
  private readonly accumulate: HTMLInputElement;
  private readonly windowLabel: HTMLElement;
  private readonly chart: HTMLElement;
  private data: Activity | null = null;
  private timer: number | null = null;
  private state: State | null = null;

  constructor(private readonly root: HTMLElement, private readonly events: TimelineEvents) {
    this.play = el('button', { class: 'secondary small', text: 'Play', attrs: { id: 'timeline-play', type: 'button', 'aria-pressed': 'false' } });
    this.play.addEventListener('click', () => (this.timer === null ? this.start() : this.stop()));
    this.stepSelect = el('select', { attrs: { id: 'timeline-step', 'aria-label': 'Timeline step' } }, [
      el('option', { text: 'Day', attrs: { value: 'day' } }),
      el('option', { text: 'Week', attrs: { value: 'week' } }),
      el('option', { text: 'Month', attrs: { value: 'month' } }),
    ]);
    this.stepSelect.addEventListener('change', () => this.events.setStep(this.stepSelect.value as TimeStep));
    this.accumulate = el('input', { attrs: { id: 'timeline-accumulate', type: 'checkbox' } });
    this.accumulate.addEventListener('change', () => {
      this.events.setAccumulate(this.accumulate.checked);
    });
    this.range = el('input', { attrs: { id: 'timeline-range', type: 'range', min: 0, max: 0, step: 1, value: 0, 'aria-label': 'Timeline window' } });
    this.range.addEventListener('input', () => this.showIndex(Number(this.range.value), false));
    this.windowLabel = el('span', { class: 'timeline-window', attrs: { id: 'timeline-window', 'aria-live': 'polite' } });
    const all = el('button', { class: 'secondary small', text: 'All dates', attrs: { id: 'timeline-all', type: 'button' } });
    all.addEventListener('click', () => {
      this.stop();
      this.events.setWindow('', '', false);
    });
    this.chart = el('div', { class: 'timeline-chart', attrs: { id: 'timeline-chart' } });
    root.append(
      el('div', { class: 'timeline-controls' }, [
        this.play,
        el('label', { class: 'field-label', text: 'Step', attrs: { for: 'timeline-step' } }),
        this.stepSelect,
        el('label', { class: 'check' }, [this.accumulate, 'Accumulate']),
        this.range,
        this.windowLabel,
        all,
      ]),
      this.chart,
    );
  }

  get playing(): boolean {
    return this.timer !== null;
  }

  /** Redraws from the state: the steps, the chart and where the window is. */
  render(state: State): void {
    this.state = state;
    const b = state.dateBounds;
    this.root.hidden = !b || state.dated.length === 0;
    if (!b) return;
    const look = state.look;
    this.stepSelect.value = look.step;
    this.accumulate.checked = look.accumulate;
    this.data = activity(state.dated, b.min, b.max, look.step, RELATION_TYPE_LIST);
    this.range.max = String(Math.max(0, this.data.starts.length - 1));
    const index = this.currentIndex();
    this.range.value = String(index ?? this.data.starts.length - 1);
    this.windowLabel.textContent = this.describe(index);
    this.drawChart(index);
  }

  /** The step the until filter falls in; null when the window is open (all dates). */
  private currentIndex(): number | null {
    const f = this.state?.filters;
    if (!this.data || !f?.until) return null;
    const i = this.data.starts.indexOf(stepStart(f.until, this.state?.look.step ?? 'month'));
    return i < 0 ? null : i;
  }

  private describe(index: number | null): string {
    const f = this.state?.filters;
    if (!f || (!f.since && !f.until)) return 'All dates';
    if (index === null) return `${f.since ? formatDate(f.since) : 'start'} – ${f.until ? formatDate(f.until) : 'end'}`;
    return `${f.since ? formatDate(f.since) : 'Up to'} – ${formatDate(f.until)}`;
  }

  /** Sets the window to step `i` (or everything up to it when accumulating). */
  private showIndex(i: number, replaceEntry: boolean): void {
    const d = this.data;
    const s = this.state;
    if (!d || !s || !d.starts[i]) return;
    const start = d.starts[i];
    const end = stepEnd(start, s.look.step);
    this.events.setWindow(s.look.accumulate ? '' : start, end, replaceEntry);
  }

  private start(): void {
    const d = this.data;
    if (!d || !d.starts.length) return;
    const current = this.currentIndex();
    // From the start when nothing is chosen or the end is reached, else from the next step.
    this.showIndex(current === null || current >= d.starts.length - 1 ? 0 : current + 1, false);
    this.timer = window.setInterval(() => {
      const i = this.currentIndex();
      const last = (this.data?.starts.length ?? 1) - 1;
      if (i === null || i >= last) return this.stop();
      this.showIndex(i + 1, true);
    }, PLAY_INTERVAL_MS);
    this.play.textContent = 'Pause';
    this.play.setAttribute('aria-pressed', 'true');
  }

  stop(): void {
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
    this.play.textContent = 'Play';
    this.play.setAttribute('aria-pressed', 'false');
  }

  /** One row of bars per relation type, the window shaded; each bar is titled with its count. */
  private drawChart(index: number | null): void {
    const d = this.data;
    if (!d) return;
    const n = Math.max(1, d.starts.length);
    const bw = CHART_WIDTH / n;
    const types = RELATION_TYPE_LIST;
    const height = types.length * ROW_HEIGHT;
    const root = svg('svg', { viewBox: `0 0 ${CHART_WIDTH} ${height}`, preserveAspectRatio: 'none', class: 'activity', role: 'img' });
    root.setAttribute('aria-label', 'Activity per relation type and step; click a step to show it');
    // A click on the chart moves the window to the step under the pointer.
    root.addEventListener('click', (e) => {
      const box = root.getBoundingClientRect();
      if (box.width > 0) this.showIndex(Math.min(n - 1, Math.floor(((e.clientX - box.left) / box.width) * n)), false);
    });
    if (index !== null) {
      const from = this.state?.look.accumulate ? 0 : index;
      root.append(svg('rect', { x: from * bw, y: 0, width: (index - from + 1) * bw, height, class: 'activity-window' }));
    }
    types.forEach((t: RelationType, row) => {
      const counts = d.counts.get(t) ?? [];
      const g = svg('g', { 'data-type': t, class: 'activity-row' });
      const base = (row + 1) * ROW_HEIGHT - 2;
      counts.forEach((c, i) => {
        if (!c) return;
        const h = Math.max(1.5, ((ROW_HEIGHT - 4) * c) / Math.max(1, d.max));
        const bar = svg('rect', { x: i * bw + bw * 0.1, y: base - h, width: Math.max(0.8, bw * 0.8), height: h, fill: RELATION_STYLES[t].color, 'data-count': c, 'data-step': d.starts[i] });
        const title = svg('title', {});
        title.textContent = `${RELATION_STYLES[t].label}: ${c} in the ${this.state?.look.step ?? 'step'} from ${formatDate(d.starts[i])}`;
        bar.append(title);
        g.append(bar);
      });
      root.append(g);
    });
    const names = el('ul', { class: 'activity-names' }, types.map((t) => el('li', { text: RELATION_STYLES[t].label })));
    replace(this.chart, [names, root]);
  }
}
