/**
 * The controller: the only code that writes the State (with its analyst tools, look-actions.ts,
 * which it owns as `look`). Each user action updates the state, the
 * URL and the views, then asks the renderer to refresh. Requests of one kind cancel the previous
 * one (Latest), so a slow answer never overwrites a newer choice.
 *
 * Big graphs: the server answers /api/graph with an overview (the strongest actors and relations)
 * when the whole would be too much to draw. Selecting or finding an actor then brings its own
 * relations into the picture (its ego network, merged in place), so nothing is out of reach.
 */
import type { Evidence } from '../server/domain/types';
import { actorIndex } from './actor-search';
import { ApiError, Latest, api, isAbort } from './api';
import type { ActorSummary, DatasetChange, MetricInfo, RelationEdgeAttrs } from './api-types';
import { addAffiliationLinks, applyGraph, createGraph, evidenceDateBounds, layoutBBox } from './graph-data';
import type { ActorMultiGraph, SerializedActorGraph } from './graph-data';
import { PositionMemory } from './graph-merge';
import type { GraphDiff } from './graph-merge';
import { LiveNews } from './live-news';
import type { CaptionInput } from './caption';
import { pageGexf } from './gexf-export';
import { captionedPng } from './png-export';
import { captionedSvg } from './svg-export';
import { legendEntries } from './legend-entries';
import { LookActions } from './look-actions';
import { Renderer } from './renderer';
import type { Filters, State } from './state';
import { createState, currentMetric, defaultFilters, filtersAreDefault } from './state';
import { datedItems } from './timeline-data';
import type { BriefView } from './views/brief';
import type { ColouringControls } from './views/colouring-controls';
import type { DataTableView } from './views/data-table';
import type { NamedViewsView } from './views/named-views';
import type { TimelineView } from './views/timeline';
import { readUrl, writeUrl } from './url-state';
import type { CentralityTableView } from './views/centrality-table';
import type { DocumentViewer } from './views/document-viewer';
import type { ExportKind } from './views/exports';
import type { FiltersView } from './views/filters';
import type { LegendView } from './views/legend';
import type { LiveNoticeView } from './views/live-notice';
import type { PanelView } from './views/panel';
import type { PathView } from './views/path';
import type { StatusView } from './views/status';

export interface Views {
  panel: PanelView;
  legend: LegendView;
  filters: FiltersView;
  centrality: CentralityTableView;
  path: PathView;
  documents: DocumentViewer;
  status: StatusView;
  timeline: TimelineView;
  colouring: ColouringControls;
  table: DataTableView;
  namedViews: NamedViewsView;
  brief: BriefView;
  liveNotice: LiveNoticeView;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class Controller {
  readonly state: State = createState();
  readonly graph: ActorMultiGraph = createGraph();
  renderer!: Renderer;
  views!: Views;
  /** The analyst's tools: timeline window, colourings, table ticks, named views and the brief. */
  readonly look = new LookActions(this);
  private actors: ActorSummary[] = [];
  private readonly actorById = new Map<string, ActorSummary>();
  private readonly graphReq = new Latest();
  private readonly centralityReq = new Latest();
  private readonly panelReq = new Latest();
  private readonly pathReq = new Latest();
  private readonly docReq = new Latest();
  private readonly egoReq = new Latest();
  /** Counts applied graph loads; exposed on the container so tests can wait for a reload. */
  private loads = 0;
  /** The served overview before any neighbourhood was merged into it (null: whole graph shown). */
  private base: SerializedActorGraph | null = null;
  /** Where each actor was last drawn: nothing drawn moves on a reload (see graph-merge.ts). */
  private positions = new PositionMemory();
  /** What live updates brought since the user dismissed the notice (marked in the picture). */
  private readonly news = new LiveNews();
  /** Ids of the actors in the data when the page opened: what is not among them is news. */
  private firstActors: ReadonlySet<string> | null = null;
  /** Changes announced by the server whose data have not been drawn yet. */
  private pendingChanges: DatasetChange[] = [];
  /** Live reloads are coalesced: one in flight, at most one more queued behind it. */
  private liveReloading = false;
  private liveQueued = false;
  /** A live update came while the first load was in flight: load again once it lands. */
  private missedUpdate = false;
  /** A relayout landed on the server: the next graph answer replaces the picture instead of merging into it. */
  private replacePicture = false;
  /** The data version this page's own last curation produced: reaching it is not news to announce. */
  private ownVersion = 0;
  /** An actor named by the URL but not in the overview: centre it once it has been brought in. */
  private focusOnArrival: string | null = null;
  /** Set while Back or Forward is being followed: the address bar is already right. */
  private restoring = false;
  /** Settles when the graph load started last has been applied, has failed or was superseded. */
  private graphSettled: Promise<void> = Promise.resolve();

  /** Actor name for an id, falling back to the id itself for unknown actors. */
  labelOf = (id: string): string =>
    this.actorById.get(id)?.name ?? (this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'label') : id);

  allActors = (): ActorSummary[] => this.actors;

  attach(renderer: Renderer, views: Views): void {
    this.renderer = renderer;
    this.views = views;
    this.state.fresh = { nodes: this.news.nodes, edges: this.news.edges };
  }

  /**
   * First load: the view described by the URL. The graph is asked for first and the reference
   * data (metrics, the actor list) meanwhile: on a big graph the actor list is megabytes, and the
   * picture should not wait for it. Centrality (disc sizes) follows once the metrics are known.
   */
  async start(): Promise<void> {
    const view = readUrl(location.search);
    Object.assign(this.state, { filters: view.filters, metric: view.metric, selection: view.selection, look: view.look });
    this.views.filters.render(view.filters);
    this.look.render();
    this.views.status.show('loading');
    if (view.path) this.state.path = { ...view.path, nodes: [], edges: new Set() };
    // What the link held that could not be read is named, and dropped from the address.
    for (const line of view.ignored) this.views.status.notify(`Ignored in the link: ${line}.`, 'warning');
    this.syncUrl('replace');
    const graph = this.reloadGraph(false);
    try {
      const [{ metrics }, { actors }] = await Promise.all([api.metrics(), api.actors()]);
      this.setReference(metrics, actors);
    } catch (e) {
      this.graphReq.next();
      this.state.status = 'error';
      this.views.status.show('error', message(e));
      return;
    }
    this.dropUnknownActors();
    const path = this.state.path;
    if (path) this.views.path.setEnds(this.actorById.get(path.from) ?? null, this.actorById.get(path.to) ?? null);
    void this.reloadCentrality();
    await graph;
    // A saved view's camera, once the first frame has fixed the frame it is measured in.
    if (this.state.look.camera) this.renderer.setCamera(this.state.look.camera);
    this.showSelection('first');
  }

  /** A link naming actors the data do not have: say so, and go on without them. */
  private dropUnknownActors(): void {
    const unknown = (id: string): boolean => !this.actorById.has(id);
    const sel = this.state.selection;
    const missing: string[] = [];
    if (sel?.kind === 'actor' && unknown(sel.id)) {
      missing.push(sel.id);
      this.state.selection = null;
    }
    const path = this.state.path;
    if (path && (unknown(path.from) || unknown(path.to))) {
      missing.push(...[path.from, path.to].filter(unknown));
      this.state.path = null;
    }
    if (!missing.length) return;
    for (const id of missing) this.views.status.notify(`Unknown actor ${id}: not in the data, left out of the view.`, 'warning');
    this.syncUrl('replace');
    this.renderer.refresh();
  }

  /**
   * Back or Forward: the address bar already shows the view to return to; the page follows it
   * (filters, metric, path, selection) without writing a new history entry.
   */
  restoreFromUrl(): void {
    const view = readUrl(location.search);
    this.restoring = true;
    try {
      const filtersChanged = JSON.stringify(view.filters) !== JSON.stringify(this.state.filters);
      if (JSON.stringify(view.look) !== JSON.stringify(this.state.look)) {
        this.state.look = view.look;
        this.look.render();
        if (view.look.camera) this.renderer.setCamera(view.look.camera);
      }
      if (filtersChanged) {
        this.state.filters = view.filters;
        this.views.filters.render(view.filters);
      }
      if (view.metric !== this.state.metric) this.setMetric(view.metric, !filtersChanged);
      const path = this.state.path;
      if (!view.path && path) {
        this.views.path.reset();
        this.clearPath();
      } else if (view.path && (view.path.from !== path?.from || view.path.to !== path?.to)) {
        this.views.path.setEnds(this.actorById.get(view.path.from) ?? null, this.actorById.get(view.path.to) ?? null);
        if (!filtersChanged) void this.findPath(view.path.from, view.path.to);
        else this.state.path = { ...view.path, nodes: [], edges: new Set() };
      }
      const sel = view.selection;
      const cur = this.state.selection;
      if (!sel) this.clearSelection();
      else if (sel.kind !== cur?.kind || sel.id !== cur.id) {
        if (sel.kind === 'actor') this.selectActor(sel.id, false);
        else this.selectEdge(sel.id);
      }
      // The graph reload re-runs the path and brings the selection in under the new filters.
      if (filtersChanged) {
        void this.reloadGraph();
        this.recheckSelection();
      }
    } finally {
      this.restoring = false;
    }
  }

  private setReference(metrics: MetricInfo[], actors: ActorSummary[]): void {
    this.state.metrics = metrics;
    if (!metrics.some((m) => m.id === this.state.metric)) this.state.metric = currentMetric(this.state)?.id ?? 'degree';
    this.views.centrality.setMetrics(metrics, this.state.metric);
    this.actors = actors;
    this.firstActors ??= new Set(actors.map((a) => a.id));
    this.actorById.clear();
    for (const a of actors) this.actorById.set(a.id, a);
    // The search index is built while the page is idle, not on the first keystroke (20,000
    // actors take a moment).
    requestIdleCallback(() => actorIndex(actors), { timeout: 2000 });
  }

  /**
   * Fetches the graph for the current filters and applies it in place, with centrality sizes
   * and any path. Also the entry point for a live update when the server's data change.
   */
  reloadGraph(withCentrality = true): Promise<void> {
    const load = this.loadGraph(withCentrality);
    this.graphSettled = load;
    return load;
  }

  /**
   * Resolves once no graph load is in flight: what is drawn then answers for the current filters.
   * Whether an actor is hidden by the filters is decided then, never on the picture being replaced.
   */
  private async whenDrawn(): Promise<void> {
    let settled: Promise<void>;
    do {
      settled = this.graphSettled;
      await settled;
    } while (settled !== this.graphSettled);
  }

  private async loadGraph(withCentrality: boolean): Promise<void> {
    const f = this.state.filters;
    const signal = this.graphReq.next();
    this.setStatus('loading');
    if (withCentrality) void this.reloadCentrality();
    if (!f.types.length || !f.kinds.length) {
      // The API has no way to say "no type": an empty choice simply shows nothing.
      this.positions.remember(this.graph);
      this.graph.clear();
      this.afterGraphChange();
      this.setStatus('empty', !f.types.length ? 'No relation type is ticked.' : 'No actor kind is ticked.');
      return;
    }
    try {
      const res = await api.graph(filtersAreDefault(f) ? null : f, signal);
      const previous = this.state.dataVersion;
      if (res.version !== previous) {
        // New data (or first load): the whole graph fixes the frame and the date range.
        const base = filtersAreDefault(f) ? res : await api.graph(null, signal);
        this.state.dataVersion = res.version;
        this.state.dateBounds = evidenceDateBounds(base.graph);
        this.state.dated = datedItems(base.graph);
        if (previous !== 0) this.state.communities = null;
        this.views.filters.setDateBounds(this.state.dateBounds);
        // The frame is fixed by the first load: refitting it to new data would move every actor on screen.
        if (previous === 0) {
          this.renderer.setBBox(layoutBBox(base.graph));
          // Changes announced during the first load that it already shows are not news.
          this.pendingChanges = this.pendingChanges.filter((c) => c.version > res.version);
        }
      }
      this.base = res.overview ? res.graph : null;
      this.state.overview = res.overview ?? null;
      if (this.replacePicture) {
        this.replacePicture = false;
        this.graph.clear();
      }
      const live = previous !== 0 && res.version !== previous;
      const diff = this.apply([res.graph], live);
      if (live) {
        this.landLive(res.version, diff);
        void this.refreshReference();
      }
      this.afterGraphChange();
      if (this.graph.order === 0) this.setStatus('empty', 'No actor matches these filters.');
      else if (this.graph.size === 0) this.setStatus('empty', 'No relation matches these filters.');
      else this.setStatus('ready');
      if (this.state.path) void this.findPath(this.state.path.from, this.state.path.to, this.state.path.viaAffiliations);
      const sel = this.state.selection;
      if (this.base && sel?.kind === 'actor') void this.bringIn(sel.id, false);
      if (this.missedUpdate) {
        this.missedUpdate = false;
        this.liveReload();
      }
    } catch (e) {
      if (isAbort(e)) return;
      this.setStatus('error', message(e));
    }
  }

  /**
   * A live update: the server's data changed (an article was ingested, or the store was written
   * by another process). The graph is reloaded in place: drawn actors, filters, selection, panel
   * and camera stay; the notice says what arrived.
   */
  dataChanged(change: DatasetChange): void {
    // A relayout asked for on purpose: the server's new positions replace the kept ones.
    if (change.reason === 'layout') return this.relaidOut();
    if (change.version <= this.state.dataVersion) {
      // Drawn already, by a reload that landed several changes at once: only the news is left.
      if (change.version > this.ownVersion) this.tellNews(() => this.news.announce(change, this.graph));
      return;
    }
    this.pendingChanges.push(change);
    // During the first load its answer may predate the change: reload once it has landed.
    if (this.state.dataVersion === 0) this.missedUpdate = true;
    else this.liveReload();
  }

  /** The whole graph was laid out afresh on the server: drawn anew, framed anew, nothing kept. */
  private relaidOut(): void {
    this.positions = new PositionMemory();
    // Cleared when the new graph is in hand, not now: the old picture stays until then (no blank page).
    this.replacePicture = true;
    this.state.dataVersion = 0;
    void this.reloadGraph(false);
  }

  /** Reloads for a live update; a burst of updates makes one reload in flight and at most one queued. */
  private liveReload(): void {
    if (this.liveReloading) {
      this.liveQueued = true;
      return;
    }
    this.liveReloading = true;
    void this.reloadGraph().finally(() => {
      this.liveReloading = false;
      if (!this.liveQueued) return;
      this.liveQueued = false;
      this.liveReload();
    });
  }

  /** Applies served graphs in place (nothing drawn moves) and remembers where everything is; `live`: new data. */
  private apply(served: SerializedActorGraph[], live = false): GraphDiff {
    const diff = applyGraph(this.graph, served, this.positions.positions, live);
    if (this.state.filters.affiliations) addAffiliationLinks(this.graph);
    this.positions.remember(this.graph);
    return diff;
  }

  /**
   * A reload drew a new data version: the changes it covers become news (unless this page made
   * them), and what it added is marked as new until the user dismisses the notice.
   */
  private landLive(version: number, diff: GraphDiff): void {
    const landed = this.pendingChanges.filter((c) => c.version <= version);
    this.pendingChanges = this.pendingChanges.filter((c) => c.version > version);
    if (version <= this.ownVersion) return;
    // New: never drawn on this page, and not in the data when the page opened. (The current actor
    // list will not do: it may already hold actors of changes still on their way to the picture.)
    const unplaced = new Set(diff.unplaced);
    const isNewActor = (id: string): boolean => unplaced.has(id) && !this.firstActors?.has(id);
    this.tellNews(() => {
      for (const c of landed) if (c.version > this.ownVersion) this.news.announce(c, this.graph);
      this.news.landed(this.graph, diff.addedNodes, diff.addedEdges, isNewActor);
    });
  }

  /** Updates the news, then the notice, the legend and the marks in the picture. */
  private tellNews(update: () => void): void {
    update();
    this.views.liveNotice.render(this.news);
    this.views.legend.update(this.state, this.graph);
    this.renderer.refresh();
  }

  /** "Show" in the notice: the camera frames what is new (the actors, and the ends of new relations). */
  showNews(): void {
    const ids = new Set(this.news.nodes);
    for (const key of this.news.edges) if (this.graph.hasEdge(key)) this.graph.extremities(key).forEach((n) => ids.add(n));
    this.renderer.frameNodes([...ids], this.views.panel.coverage());
  }

  /** The notice dismissed: the marks go. */
  dismissNews(): void {
    this.tellNews(() => this.news.clear());
  }

  /** This page changed the data (a curation): reload without announcing it as someone else's change. */
  async curated(dataVersion: number): Promise<void> {
    this.ownVersion = Math.max(this.ownVersion, dataVersion);
    await this.reloadGraph();
  }

  /** After a data change on the server: names, aliases and the open panel may have changed. */
  private async refreshReference(): Promise<void> {
    try {
      const [{ metrics }, { actors }] = await Promise.all([api.metrics(), api.actors()]);
      this.setReference(metrics, actors);
      this.showSelection('refresh');
    } catch (e) {
      this.views.status.notify(`Could not refresh the actor list: ${message(e)}`, 'error');
    }
  }

  /**
   * Brings an actor and its relations into an overview (its ego network under the filters,
   * merged into the served overview), then centres it when asked.
   */
  private async bringIn(id: string, moveCamera: boolean): Promise<void> {
    const signal = this.egoReq.next();
    try {
      const res = await api.ego(id, this.state.filters, signal);
      const sel = this.state.selection;
      if (!this.base || sel?.kind !== 'actor' || sel.id !== id) return;
      this.apply([this.base, res.graph]);
      this.afterGraphChange();
      if (!this.graph.hasNode(id)) this.views.status.notify(`${this.labelOf(id)} is hidden by the current filters.`);
      else if (moveCamera || this.focusOnArrival === id) this.renderer.focusNode(id, this.views.panel.coverage());
      this.focusOnArrival = null;
    } catch (e) {
      if (isAbort(e)) return;
      this.views.status.notify(`Could not load the relations of ${this.labelOf(id)}: ${message(e)}`, 'error');
    }
  }

  private afterGraphChange(): void {
    this.loads++;
    this.renderer.sigma.getContainer().setAttribute('data-loads', String(this.loads));
    this.views.legend.update(this.state, this.graph);
    this.look.afterGraphChange();
    this.renderer.refresh();
  }

  private setStatus(status: State['status'], msg = ''): void {
    this.state.status = status;
    this.state.statusMessage = msg;
    this.views.status.show(status, msg);
  }

  private async reloadCentrality(): Promise<void> {
    const metric = currentMetric(this.state);
    if (!metric) return;
    const signal = this.centralityReq.next();
    this.views.centrality.loading();
    const f = this.state.filters;
    if (!f.types.length || !f.kinds.length) {
      const empty = { directed: false, nodes: 0, edges: 0, types: [] };
      this.views.centrality.show({ metric: metric.id, options: {}, method: 'exact', projection: empty, ranking: [] }, null);
      return;
    }
    try {
      const res = await api.centrality(metric, this.state.filters, signal);
      this.state.centrality = new Map(res.ranking.map((r) => [r.id, r.value]));
      this.state.centralityMax = Math.max(0, ...res.ranking.map((r) => r.value));
      this.views.centrality.show(res, this.selectedActor());
      // The open panel shows the chosen metric under the filters too: keep it in step.
      const selected = this.selectedActor();
      if (selected && !filtersAreDefault(this.state.filters)) void this.showActorPanel(selected, false, true);
    } catch (e) {
      if (isAbort(e)) return;
      // Sizes fall back to equal discs rather than keeping values of another metric.
      this.state.centrality = new Map();
      this.state.centralityMax = 0;
      this.views.centrality.error(message(e));
    }
    this.views.legend.update(this.state, this.graph);
    this.renderer.refresh();
  }

  /**
   * Roll-up on: the state an actor opens or closes in place — a state with people or bodies of its
   * own, or one of those people or bodies while their state is open.
   */
  expansion(id: string): { state: string; open: boolean } | null {
    const f = this.state.filters;
    if (!f.rollup) return null;
    const state = this.stateOf(id);
    if (!state) return null;
    const open = f.expand.includes(state);
    if (state === id && !open && !this.actors.some((a) => a.id !== state && this.stateOf(a.id) === state)) return null;
    return { state, open };
  }

  /** Opens a state of the rolled-up view in place, or folds it back: a filter, so in the URL and history. */
  toggleExpand(state: string): void {
    const f = this.state.filters;
    if (!f.rollup) return;
    const folding = f.expand.includes(state);
    const expand = folding ? f.expand.filter((s) => s !== state) : [...f.expand, state].sort();
    const next = { ...f, expand };
    // Folding back from one of its people: the selection follows them into their state.
    const sel = this.selectedActor();
    if (folding && sel && sel !== state && this.stateOf(sel) === state) this.state.selection = { kind: 'actor', id: state };
    this.views.filters.render(next);
    this.setFilters(next);
  }

  /** A double-click on an actor of the rolled-up view opens or folds its state; false when it does nothing. */
  expandFrom(id: string): boolean {
    const x = this.expansion(id);
    if (x) this.toggleExpand(x.state);
    return x !== null;
  }

  /** The state at the top of an actor's affiliation chain (itself, for a state), as the server rolls up. */
  private stateOf(id: string): string | null {
    let top: string | null = null;
    const seen = new Set<string>();
    for (let a = this.actorById.get(id); a && !seen.has(a.id); a = a.affiliation ? this.actorById.get(a.affiliation) : undefined) {
      seen.add(a.id);
      if (a.kind === 'state') top = a.id;
    }
    return top;
  }

  setFilters(f: Filters): void {
    this.state.filters = f;
    this.syncUrl();
    void this.reloadGraph();
    this.recheckSelection();
  }

  /**
   * After new filters, once their graph is drawn: a selected actor they leave out is named in a
   * notice and its panel says so (in an overview, bringIn does both once its neighbourhood is in).
   */
  private recheckSelection(): void {
    const id = this.selectedActor();
    if (!id) return;
    void this.whenDrawn().then(() => {
      if (this.selectedActor() !== id || this.base) return;
      if (!this.graph.hasNode(id)) this.views.status.notify(`${this.labelOf(id)} is hidden by the current filters.`);
      void this.showActorPanel(id, false, true);
    });
  }

  resetFilters(): void {
    this.views.filters.render(defaultFilters());
    this.setFilters(defaultFilters());
  }

  setMetric(id: string, reload = true): void {
    this.state.metric = id;
    this.views.centrality.setMetric(id);
    this.syncUrl();
    if (reload) void this.reloadCentrality();
  }

  hover(node: string | null): void {
    this.state.hovered = node;
    this.renderer.refresh();
  }

  /** Selects an actor; `moveCamera` when the choice came from outside the graph (search, table). */
  selectActor(id: string, moveCamera: boolean): void {
    this.state.selection = { kind: 'actor', id };
    this.syncUrl();
    this.views.centrality.markSelected(id);
    this.renderer.refresh();
    void this.showActorPanel(id, true);
    if (this.base) {
      // An overview: the actor and its relations may not be drawn yet.
      void this.bringIn(id, moveCamera);
    } else if (moveCamera) {
      // A graph for new filters may be on its way: centre the actor in it, or say it is left out.
      void this.whenDrawn().then(() => {
        if (this.selectedActor() !== id || this.base) return;
        if (!this.renderer.focusNode(id, this.views.panel.coverage())) this.views.status.notify(`${this.labelOf(id)} is hidden by the current filters.`);
      });
    }
    // The panel opens over the graph: an actor it would cover slides out beside it.
    if (!moveCamera) this.renderer.reveal(id, this.views.panel.coverage());
  }

  selectEdge(key: string): void {
    this.state.selection = { kind: 'edge', id: key };
    this.syncUrl();
    this.views.centrality.markSelected(null);
    this.renderer.refresh();
    this.showSelection('click');
  }

  clearSelection(): void {
    if (!this.state.selection) return;
    this.state.selection = null;
    this.panelReq.next();
    this.syncUrl();
    this.views.panel.hide();
    this.views.centrality.markSelected(null);
    this.renderer.refresh();
  }

  /**
   * Draws the panel for the current selection: `first` on the page's first load (a URL that names
   * a selection; the camera centres on a selected actor), `click` when the user chose it, and
   * `refresh` after a live update, which leaves the camera and the panel's scroll where they were.
   */
  private showSelection(why: 'first' | 'click' | 'refresh'): void {
    const sel = this.state.selection;
    if (!sel) return;
    if (sel.kind === 'actor') {
      void this.showActorPanel(sel.id, false, why === 'refresh');
      if (why === 'first' && !this.renderer.focusNode(sel.id, this.views.panel.coverage()) && this.base) this.focusOnArrival = sel.id;
      return;
    }
    if (!this.graph.hasEdge(sel.id)) {
      // After a live update, a panel being read (perhaps with a curation half typed) stays and says so.
      if (why === 'refresh' && this.views.panel.relationGone(sel.id)) return;
      this.views.panel.error('Relation', 'This relation is not in the graph under the current filters.');
      return;
    }
    const attrs = this.graph.getEdgeAttributes(sel.id);
    if (attrs.actsFor) {
      this.views.panel.affiliation(this.graph.source(sel.id), this.graph.target(sel.id));
      return;
    }
    this.views.panel.relation({ key: sel.id, source: this.graph.source(sel.id), target: this.graph.target(sel.id), attrs }, why === 'refresh');
  }

  /** `quiet`: a refresh of the open panel, without the loading state and keeping its scroll. */
  private async showActorPanel(id: string, moveFocus: boolean, quiet = false): Promise<void> {
    const signal = this.panelReq.next();
    if (!quiet) this.views.panel.loading(this.labelOf(id));
    try {
      const detail = await api.actor(id, signal);
      // In an overview the actor is drawn once its neighbourhood is in; bringIn says if it is not.
      const inView = (): boolean => this.graph.hasNode(id) || this.base !== null;
      const render = (keepScroll: boolean): boolean => {
        const value = this.state.centrality.get(id);
        const filtered = !filtersAreDefault(this.state.filters) && value !== undefined ? { metric: this.state.metric, value } : null;
        const shown = inView();
        this.views.panel.actor(detail, this.state.metrics, shown, keepScroll, filtered);
        return shown;
      };
      const shown = render(quiet);
      if (moveFocus) this.views.panel.focusTitle();
      // A graph for new filters may be on its way: the panel's "hidden" note follows it once it lands.
      await this.whenDrawn();
      if (!signal.aborted && this.selectedActor() === id && inView() !== shown) render(true);
    } catch (e) {
      if (isAbort(e)) return;
      // Merged or removed by a change that came live: the panel stays as it was and says so.
      if (quiet && e instanceof ApiError && e.status === 404 && this.views.panel.actorGone(id)) return;
      this.views.panel.error(this.labelOf(id), message(e));
    }
  }

  async findPath(from: string, to: string, viaAffiliations = false): Promise<void> {
    const signal = this.pathReq.next();
    this.state.path = { from, to, viaAffiliations, nodes: [], edges: new Set() };
    this.syncUrl();
    this.views.path.loading();
    try {
      const f = this.state.filters;
      if (!f.types.length || !f.kinds.length) throw new ApiError('Tick at least one relation type and actor kind.', 0, 'empty');
      const res = await api.path(from, to, f, signal, viaAffiliations);
      this.state.path = { from, to, viaAffiliations, nodes: res.nodes, edges: new Set(res.steps.flatMap((s) => s.relations.map((r) => r.key))) };
      this.views.path.show(res);
    } catch (e) {
      if (isAbort(e)) return;
      this.views.path.error(message(e));
    }
    this.renderer.refresh();
  }

  clearPath(): void {
    this.pathReq.next();
    this.state.path = null;
    this.syncUrl();
    this.renderer.refresh();
  }

  async openQuote(evidence: Evidence): Promise<void> {
    const signal = this.docReq.next();
    this.views.documents.opening(evidence);
    try {
      const doc = await api.document(evidence.document, signal);
      this.views.documents.show(doc, evidence);
    } catch (e) {
      if (isAbort(e)) return;
      this.views.documents.error(message(e));
    }
  }

  closeDocument(): void {
    this.docReq.next();
  }

  /** `width`: of a picture (PNG, SVG), in CSS pixels. */
  async exportAs(kind: ExportKind, width?: number): Promise<void> {
    try {
      const caption = (): CaptionInput => ({
        title: this.pictureTitle(),
        filters: this.state.filters,
        date: new Date().toISOString().slice(0, 10),
        legend: legendEntries(this.state.look, this.state.communities, this.graph),
      });
      if (kind === 'png') {
        this.save(await captionedPng(this.renderer.sigma, this.graph, caption(), width), 'actor-graph.png');
        return;
      }
      if (kind === 'svg') {
        const svg = captionedSvg(this.renderer.sigma, this.graph, this.renderer.labels, caption(), width);
        this.save(new Blob([svg], { type: 'image/svg+xml' }), 'actor-graph.svg');
        return;
      }
      if (kind === 'gexf') {
        const { centrality, centralityMax } = this.state;
        const drawing = {
          nodeColour: (id: string) => this.renderer.restingColour(id, this.graph.getNodeAttributes(id)),
          edgeColour: (a: RelationEdgeAttrs) => this.renderer.edgeColour(a),
          centrality,
          centralityMax,
        };
        this.save(pageGexf(this.graph, drawing), 'actor-graph.gexf');
        return;
      }
      const { blob, fileName } = await api.exportFile(kind, this.state.filters);
      this.save(blob, fileName);
    } catch (e) {
      const what = kind.toUpperCase();
      this.views.status.notify(`${what} export failed: ${e instanceof ApiError ? e.message : message(e)}`, 'error');
    }
  }

  /** What the picture shows, for the PNG's caption. */
  pictureTitle(): string {
    const n = (x: number, one: string): string => `${x.toLocaleString('en')} ${one}${x === 1 ? '' : 's'}`;
    const parts = [`${n(this.graph.order, 'actor')}, ${n(this.graph.size, 'relation')}`];
    const o = this.state.overview;
    if (o) parts.push(`overview of ${n(o.total.nodes, 'actor')}`);
    const sel = this.state.selection;
    if (sel?.kind === 'actor') parts.push(`focus: ${this.labelOf(sel.id)}`);
    const path = this.state.path;
    if (path) parts.push(`path: ${this.labelOf(path.from)} → ${this.labelOf(path.to)}`);
    return parts.join(' · ');
  }

  /** Hands a file to the browser's downloads. */
  save(blob: Blob, fileName: string): void {
    const href = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = href;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    // Revoked later: revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
    this.views.status.notify(`Downloaded ${fileName}`);
  }

  private selectedActor(): string | null {
    return this.state.selection?.kind === 'actor' ? this.state.selection.id : null;
  }

  /**
   * Keeps the address bar in step with the view. Each choice (a selection, a path, a filter or
   * metric change) is a history entry, so Back and Forward walk through them (restoreFromUrl);
   * `replace` for corrections that are not the user's steps (a link's unreadable parts dropped).
   */
  syncUrl(mode: 'push' | 'replace' = 'push'): void {
    if (this.restoring) return;
    const search = writeUrl(this.state, location.search).replace(/%2C/gi, ',');
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
}
