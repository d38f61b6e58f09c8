/**
 * The analyst's tools, as controller actions: the timeline's window (the since/until filters),
 * the colourings (Louvain communities fetched when first shown), the table's ticks, named views
 * (caption and camera into the URL) and the brief. Like the controller, whose state they write,
 * each action updates the state, the URL and the views, then asks the renderer to refresh.
 */
import { Latest, api, isAbort } from './api';
import type { Controller } from './controller';
import { legendEntries } from './legend-entries';
import { captionedPng } from './png-export';
import type { EdgeColouring, Look, NodeColouring, TimeStep } from './state';
import { stepEnd, stepStart } from './timeline-data';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class LookActions {
  private readonly communitiesReq = new Latest();

  constructor(private readonly c: Controller) {}

  /** After each graph load: the views that show the graph in view, and communities once per version. */
  afterGraphChange(): void {
    this.c.views.table.render(this.c.state, this.c.graph);
    this.c.views.timeline.render(this.c.state);
    if (this.c.state.look.nodeColour === 'community' && !this.c.state.communities) void this.loadCommunities();
  }

  /** Shows the Look (colourings, timeline settings, ticks, caption) in every view that has it. */
  render(): void {
    this.c.views.colouring.render(this.c.state.look);
    this.c.views.namedViews.setCaption(this.c.state.look.caption);
    this.c.views.timeline.render(this.c.state);
    this.c.views.table.render(this.c.state, this.c.graph);
    this.c.views.legend.update(this.c.state, this.c.graph);
    this.c.renderer.refresh();
    if (this.c.state.look.nodeColour === 'community' && !this.c.state.communities) void this.loadCommunities();
  }

  private setLook(change: Partial<Look>, mode: 'push' | 'replace' = 'push'): void {
    this.c.state.look = { ...this.c.state.look, ...change };
    this.c.syncUrl(mode);
    this.render();
  }

  /** Louvain communities of the whole graph (one request per dataset version). */
  private async loadCommunities(): Promise<void> {
    const signal = this.communitiesReq.next();
    try {
      const res = await api.communities(signal);
      this.c.state.communities = new Map(Object.entries(res.membership));
      this.c.views.legend.update(this.c.state, this.c.graph);
      this.c.views.table.render(this.c.state, this.c.graph);
      this.c.renderer.refresh();
    } catch (e) {
      if (isAbort(e)) return;
      this.c.views.status.notify(`Could not load the communities: ${message(e)}`, 'error');
    }
  }

  setNodeColouring(c: NodeColouring): void {
    this.setLook({ nodeColour: c });
  }

  setEdgeColouring(c: EdgeColouring): void {
    this.setLook({ edgeColour: c });
  }

  /** The timeline's window: the since/until filters; `replace` while playing. */
  setWindow(since: string, until: string, replaceEntry: boolean): void {
    const f = { ...this.c.state.filters, since, until };
    this.c.views.filters.render(f);
    this.c.state.filters = f;
    this.c.syncUrl(replaceEntry ? 'replace' : 'push');
    this.c.views.timeline.render(this.c.state);
    void this.c.reloadGraph();
  }

  setStep(step: TimeStep): void {
    this.c.state.look = { ...this.c.state.look, step };
    this.refitWindow();
  }

  setAccumulate(on: boolean): void {
    this.c.state.look = { ...this.c.state.look, accumulate: on };
    this.refitWindow();
  }

  /** After a step or mode change, the window becomes the step holding its end (or all up to it). */
  private refitWindow(): void {
    const { until } = this.c.state.filters;
    const { step, accumulate } = this.c.state.look;
    if (!until) {
      this.c.syncUrl();
      this.c.views.timeline.render(this.c.state);
      return;
    }
    const start = stepStart(until, step);
    this.setWindow(accumulate ? '' : start, stepEnd(start, step), false);
  }

  /** Rows ticked in the table: drawn in focus together. */
  pick(actors: string[], edges: string[]): void {
    this.setLook({ pickedActors: actors, pickedEdges: edges });
  }

  /** Ticks the neighbours of the ticked actors (and the ends of the ticked relations). */
  expandPicked(): void {
    const out = new Set(this.c.state.look.pickedActors);
    for (const a of this.c.state.look.pickedActors) if (this.c.graph.hasNode(a)) this.c.graph.forEachNeighbor(a, (n) => out.add(n));
    for (const e of this.c.state.look.pickedEdges) if (this.c.graph.hasEdge(e)) this.c.graph.extremities(e).forEach((n) => out.add(n));
    if (out.size === this.c.state.look.pickedActors.length) {
      this.c.views.status.notify('Tick actors or relations in the table first: their neighbours are added.');
      return;
    }
    this.pick([...out], this.c.state.look.pickedEdges);
  }

  downloadCsv(csv: string, fileName: string): void {
    this.c.save(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
  }

  /**
   * The camera moved (by the user, or to centre an actor): a saved view's camera no longer
   * describes the picture, so it leaves the URL rather than bring back a stale framing on reload.
   */
  cameraMoved(now: { x: number; y: number; ratio: number }): void {
    const saved = this.c.state.look.camera;
    if (!saved) return;
    const same = Math.abs(now.x - saved.x) < 1e-4 && Math.abs(now.y - saved.y) < 1e-4 && Math.abs(now.ratio - saved.ratio) < 1e-4;
    if (same) return;
    this.c.state.look = { ...this.c.state.look, camera: null };
    this.c.syncUrl('replace');
  }

  /** For a named view: the caption and the camera go into the URL, whose query is returned. */
  captureView(caption: string): string {
    this.c.state.look = { ...this.c.state.look, caption, camera: this.c.renderer.cameraState() };
    this.c.syncUrl();
    return location.search;
  }

  /** The brief: picture, legend, caption and the quotes of the ticked (and selected) lines. */
  async brief(caption: string): Promise<void> {
    const link = location.origin + location.pathname + this.captureView(caption);
    const keys = new Set(this.c.state.look.pickedEdges);
    const sel = this.c.state.selection;
    if (sel?.kind === 'edge') keys.add(sel.id);
    const lines = [...keys]
      .filter((k) => this.c.graph.hasEdge(k))
      .flatMap((k) => {
        const a = this.c.graph.getEdgeAttributes(k);
        if (a.actsFor) return [];
        return { statement: `${this.c.labelOf(this.c.graph.source(k))} ${a.type} ${this.c.labelOf(this.c.graph.target(k))}`, evidence: a.evidence };
      });
    try {
      const picture = await captionedPng(this.c.renderer.sigma, this.c.graph, {
        title: this.c.pictureTitle(),
        filters: this.c.state.filters,
        date: new Date().toISOString().slice(0, 10),
        legend: legendEntries(this.c.state.look, this.c.state.communities, this.c.graph),
      });
      this.c.views.brief.show({ title: this.c.pictureTitle(), caption, picture, lines, link });
    } catch (e) {
      this.c.views.status.notify(`Could not draw the brief: ${message(e)}`, 'error');
    }
  }
}
