/**
 * Entry point of the explorer page: builds the views into index.html's slots, starts sigma on the
 * (initially empty) graph, wires events to the controller, loads the view named by the URL and
 * subscribes to live updates.
 */
import { api } from './api';
import { Controller } from './controller';
import { CurationClient } from './curation-client';
import type { CurationOp } from '../server/domain/curation';
import { byId } from './dom';
import { LiveUpdates } from './live-updates';
import { Renderer } from './renderer';
import { installTestHook } from './test-hook';
import { ActorCombobox } from './views/actor-combobox';
import { AuditPanel } from './views/audit-panel';
import { CentralityTableView } from './views/centrality-table';
import { CurationTools } from './views/curation-tools';
import { DocumentViewer } from './views/document-viewer';
import { ExportsView } from './views/exports';
import { FiltersView } from './views/filters';
import { LegendView } from './views/legend';
import { LiveNoticeView } from './views/live-notice';
import { PanelView } from './views/panel';
import { PathView } from './views/path';
import { ReviewPanel } from './views/review-panel';
import { StatusView } from './views/status';
import { TokenPrompt } from './views/token-prompt';
import { BriefView } from './views/brief';
import { ColouringControls } from './views/colouring-controls';
import { DataTableView } from './views/data-table';
import { NamedViewsView } from './views/named-views';
import { TimelineView } from './views/timeline';

function main(): void {
  const c = new Controller();
  const graphEl = byId('graph');

  const status = new StatusView(byId('status'), byId('notices'), graphEl, {
    retry: () => void c.start(),
    resetFilters: () => c.resetFilters(),
  });

  let renderer: Renderer;
  try {
    renderer = new Renderer(graphEl, c.graph, c.state, {
      hoverNode: (node) => c.hover(node),
      clickNode: (node) => c.selectActor(node, false),
      doubleClickNode: (node) => c.expandFrom(node),
      clickEdge: (edge) => c.selectEdge(edge),
      clickStage: () => c.clearSelection(),
    });
  } catch (e) {
    // Sigma needs WebGL; say so instead of leaving a blank page.
    status.show('error', `This browser could not start the graph renderer (WebGL): ${e instanceof Error ? e.message : String(e)}`);
    return;
  }

  const search = new ActorCombobox({
    id: 'search-input',
    label: 'Find an actor by name or alias',
    placeholder: 'Find an actor (e.g. Tehran)',
    hideLabel: true,
    actors: c.allActors,
    choose: (actor) => c.selectActor(actor.id, true),
  });
  byId('search').append(search.element);

  // Curation: writes ask for the token when the server wants one; the queue and the panels reload after each.
  const tokenPrompt = new TokenPrompt(byId<HTMLDialogElement>('token-dialog'));
  const curation = new CurationClient((retry) => tokenPrompt.ask(retry));
  let review: ReviewPanel | null = null;
  let audit: AuditPanel | null = null;
  const curate = async (op: CurationOp, id: string, body: Record<string, unknown> = {}): Promise<boolean> => {
    try {
      const { event, dataVersion } = await curation.curate(op, id, body);
      await c.curated(dataVersion);
      status.notify(`Saved: ${event.op} (event ${event.id})`);
      void review?.reload();
      void audit?.reload();
      return true;
    } catch (e) {
      status.notify(`Not saved: ${e instanceof Error ? e.message : String(e)}`, 'error');
      return false;
    }
  };
  const tools = new CurationTools({ curate }, curation);

  c.attach(renderer, {
    status,
    panel: new PanelView(byId('panel'), {
      selectActor: (id) => c.selectActor(id, true),
      openQuote: (ev) => void c.openQuote(ev),
      close: () => c.clearSelection(),
      expansion: (id) => c.expansion(id),
      toggleExpand: (state) => c.toggleExpand(state),
    }, c.labelOf, tools),
    legend: new LegendView(byId('legend')),
    filters: new FiltersView(byId('filters'), (f) => c.setFilters(f)),
    centrality: new CentralityTableView(byId('centrality'), {
      changeMetric: (id) => c.setMetric(id),
      selectActor: (id) => c.selectActor(id, true),
    }),
    path: new PathView(byId('path'), c.allActors, {
      find: (from, to, via) => void c.findPath(from, to, via),
      clear: () => c.clearPath(),
      selectActor: (id) => c.selectActor(id, true),
      openQuote: (ev) => void c.openQuote(ev),
    }, c.labelOf),
    documents: new DocumentViewer(byId<HTMLDialogElement>('document-viewer'), () => c.closeDocument(), {
      enabled: () => tools.enabled,
      retract: (id) => curate('document.retract', id, { reason: 'retracted from the page' }),
    }),
    timeline: new TimelineView(byId('timeline'), {
      setWindow: (since, until, replaceEntry) => c.look.setWindow(since, until, replaceEntry),
      setStep: (step) => c.look.setStep(step),
      setAccumulate: (on) => c.look.setAccumulate(on),
    }),
    colouring: new ColouringControls(byId('colouring'), {
      nodes: (x) => c.look.setNodeColouring(x),
      edges: (x) => c.look.setEdgeColouring(x),
    }),
    table: new DataTableView(byId('data-table'), {
      pick: (actors, edges) => c.look.pick(actors, edges),
      expand: () => c.look.expandPicked(),
      download: (csv, fileName) => c.look.downloadCsv(csv, fileName),
    }),
    namedViews: new NamedViewsView(byId('named-views-box'), {
      capture: (caption) => c.look.captureView(caption),
      brief: (caption) => void c.look.brief(caption),
    }),
    brief: new BriefView(byId('brief')),
    liveNotice: new LiveNoticeView(byId('notices'), {
      show: () => c.showNews(),
      dismiss: () => c.dismissNews(),
    }),
  });
  new ExportsView(byId('exports'), (kind, width) => c.exportAs(kind, width));

  // "/" jumps to search from anywhere, as on many sites; Escape clears the selection.
  document.addEventListener('keydown', (e) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement;
    if (e.key === '/' && !typing) {
      e.preventDefault();
      search.input.focus();
    } else if (e.key === 'Escape' && c.views.brief.isOpen) {
      c.views.brief.hide();
    } else if (e.key === 'Escape' && !typing && !c.views.documents.isOpen) {
      c.clearSelection();
    }
  });
  byId('reset-view').addEventListener('click', () => renderer.resetCamera());
  const tableToggle = byId('table-toggle');
  tableToggle.addEventListener('click', () => tableToggle.setAttribute('aria-expanded', String(c.views.table.toggle())));
  // Back and Forward walk through the analyst's selections, paths and filters.
  window.addEventListener('popstate', () => c.restoreFromUrl());

  renderer.sigma.getCamera().on('updated', (cam) => c.look.cameraMoved(cam));
  installTestHook(renderer.sigma, c.graph, renderer.labels);

  // Live updates: the graph reloads in place when the server's data change.
  const live = new LiveUpdates('/api/events', {
    changed: (change) => {
      c.dataChanged(change);
      // A relayout moves actors on the picture only; anything else may change the queue and the log.
      if (change.reason === 'layout') return;
      void review?.reload();
      void audit?.reload();
    },
    resumed: () => {
      void c.reloadGraph();
      void review?.reload();
      void audit?.reload();
    },
    state: (state) => graphEl.setAttribute('data-live', state),
  });

  // Free the WebGL contexts when the page goes away (and on hot reload during development); an
  // open event stream would also keep the page out of the back-forward cache.
  window.addEventListener('pagehide', (e) => {
    live.stop();
    if (!e.persisted) renderer.kill();
  });
  let streaming = false;
  window.addEventListener('pageshow', (e) => {
    // Back from the back-forward cache: changes made meanwhile were missed.
    if (e.persisted && streaming) {
      live.start();
      void c.reloadGraph();
    }
  });
  // Only servers that take writes have an event stream and curation; a read-only one would answer 404.
  // Asked before the first load, so the first panel drawn already offers curation where it can.
  api.health().then(
    (h) => {
      streaming = h.writable;
      if (streaming) live.start();
      if (h.writable) {
        tools.enabled = true;
        review = new ReviewPanel(byId('review'), curation, { curate, selectActor: (id) => c.selectActor(id, true) });
        byId('review-box').hidden = false;
        void review.reload();
        audit = new AuditPanel(byId('audit'), curation, { curate });
        byId('audit-box').hidden = false;
        void audit.reload();
      }
    },
    () => undefined,
  ).finally(() => void c.start());
}

main();
