/**
 * The sigma renderer: reducers set once and reading the State, `refresh({ skipIndexation: true })`
 * after every state change, `kill()` on teardown (WebGL contexts leak otherwise). Follows sigma's
 * "use reducers" example: the graph holds data, the reducers decide how it looks.
 */
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram, drawDiscNodeHover } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { GraphAttributes } from '../server/domain/types';
import type { EdgeAttrs, NodeAttrs, RelationEdgeAttrs } from './api-types';
import {
  DIM_EDGE_COLOR,
  FADED_LABEL_COLOR,
  FADED_NODE_COLOR,
  PROVISIONAL_LABEL_COLOR,
  NEW_EDGE_WIDTH,
  NEW_RING_COLOR,
  AFFILIATION_COLOR,
  AFFILIATION_WIDTH,
  KIND_STYLES,
  RELATION_STYLES,
  curvature,
  nodeSize,
} from './encodings';
import { actorColour, relationColour, relationThickness } from '../server/domain/drawing';
import type { ActorMultiGraph, BBox } from './graph-data';
import { LabelLayout } from './labels';
import { PROVENANCE_STYLES, communityColor } from './colouring';
import type { State } from './state';

export interface RendererEvents {
  hoverNode(node: string | null): void;
  clickNode(node: string): void;
  /** A double-click on an actor; true when it was used (sigma then does not zoom). */
  doubleClickNode(node: string): boolean;
  clickEdge(edge: string): void;
  clickStage(): void;
}

/** What stays bright while something is hovered, selected or traced; the rest is dimmed. */
interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Above this many actors, labels follow sigma's density grid instead of being forced on. */
const FORCE_LABELS_UP_TO = 80;
/**
 * Above this many actors or relations the picture is "big": relations are hidden while the camera
 * moves, labels are thinned to the larger discs, discs and lines are drawn smaller so structure
 * shows instead of a blot, and with cheaper programs (GL points and one-pixel lines). Measured in
 * Debian's Chromium, which renders WebGL in software: 2,000 discs took 74 ms a frame as circles
 * and 6 ms as points; 5,000 relations 1 s as arrows and rectangles and 30 ms as lines.
 */
const BIG_NODES = 400;
const BIG_EDGES = 1200;
const BIG_SIZE_SCALE = 0.55;
const BIG_EDGE_SCALE = 0.45;
const LABEL_COLOR = '#1f2430';
/** Below this graph width (CSS px) the compact drawing is used. */
const COMPACT_WIDTH = 640;
/** Share of the layout's width added on the right for labels. */
const LABEL_ROOM = 0.14;

export type ActorSigma = Sigma<NodeAttrs, EdgeAttrs, GraphAttributes>;

export class Renderer {
  readonly sigma: ActorSigma;
  private focus: Focus | null = null;
  /** Actors drawn with sigma's label box, above every other label: what the user is looking at. */
  private highlighted = new Set<string>();
  private compact = false;
  private big = false;
  private painted = false;
  private sizeScale = 1;
  private readonly resizeObserver: ResizeObserver;
  /** Labels drawn without overlaps, the focus first (see labels.ts). */
  readonly labels = new LabelLayout<NodeAttrs, EdgeAttrs, GraphAttributes>();

  constructor(
    container: HTMLElement,
    private readonly graph: ActorMultiGraph,
    private readonly state: State,
    events: RendererEvents,
  ) {
    this.sigma = new Sigma<NodeAttrs, EdgeAttrs, GraphAttributes>(graph, container, {
      allowInvalidContainer: true,
      enableEdgeEvents: true,
      renderEdgeLabels: false,
      zIndex: true,
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      labelSize: 13,
      labelWeight: '600',
      labelColor: { attribute: 'labelColor', color: LABEL_COLOR },
      defaultDrawNodeLabel: this.labels.queue,
      // The focus's neighbours are "highlighted" so their discs are drawn over its lines; only the
      // hovered and selected actors get sigma's label box.
      defaultDrawNodeHover: (context, data, settings) => {
        const sel = this.state.selection;
        if (data.key === this.state.hovered || (sel?.kind === 'actor' && sel.id === data.key)) drawDiscNodeHover(context, data, settings);
      },
      labelDensity: 1,
      labelRenderedSizeThreshold: 0,
      stagePadding: 40,
      minCameraRatio: 0.08,
      maxCameraRatio: 4,
      defaultEdgeType: 'straight',
      nodeProgramClasses: {
        circle: NodeCircleProgram,
        // GL points: a tenth of the circles' cost in software WebGL, for big pictures.
        point: NodePointProgram,
      },
      // Sigma draws the programs in the order of their keys, after its own defaults ("arrow",
      // "line", left unused here): faded relations must come first, or thousands of pale lines
      // drawn last would cut the focus's own into fragments.
      edgeProgramClasses: {
        // One-pixel GL lines: what a big picture draws for relations out of focus.
        thin: EdgeLineProgram,
        straight: EdgeRectangleProgram,
        straightArrow: EdgeArrowProgram,
        curved: EdgeCurveProgram,
        curvedArrow: EdgeCurvedArrowProgram,
      },
      nodeReducer: (node, attrs) => this.reduceNode(node, attrs),
      edgeReducer: (edge, attrs) => this.reduceEdge(edge, attrs),
    });

    this.sigma.on('enterNode', ({ node }) => {
      container.classList.add('is-pointing');
      events.hoverNode(node);
    });
    this.sigma.on('leaveNode', () => {
      container.classList.remove('is-pointing');
      events.hoverNode(null);
    });
    this.sigma.on('enterEdge', () => container.classList.add('is-pointing'));
    this.sigma.on('leaveEdge', () => container.classList.remove('is-pointing'));
    this.sigma.on('clickNode', ({ node }) => events.clickNode(node));
    this.sigma.on('doubleClickNode', (e) => {
      if (events.doubleClickNode(e.node)) e.preventSigmaDefault();
    });
    this.sigma.on('clickEdge', ({ edge }) => events.clickEdge(edge));
    this.sigma.on('clickStage', () => events.clickStage());
    // Marks the first real frame: tests and screenshots wait for it rather than sleeping.
    this.sigma.once('afterRender', () => container.setAttribute('data-rendered', 'true'));
    const labelContext = this.sigma.getCanvases().labels.getContext('2d');
    this.sigma.on('afterRender', () => {
      if (!labelContext) return;
      this.labels.flush(labelContext);
      this.drawRings(labelContext);
    });

    // Sigma only listens to window resizes; side panels opening change the container too.
    this.resizeObserver = new ResizeObserver(() => {
      this.fitToWidth(container.clientWidth);
      this.sigma.scheduleRefresh();
    });
    this.resizeObserver.observe(container);
    this.fitToWidth(container.clientWidth);
  }

  /** Re-applies the reducers after a state change (positions unchanged, so no re-indexation). */
  refresh(): void {
    this.tune();
    this.focus = this.computeFocus();
    this.highlighted = this.computeHighlighted();
    // With a focus, relations are drawn over the discs (stage.css): a selected actor's lines stay
    // whole across a crowd of grey discs instead of breaking into fragments under them.
    this.sigma.getContainer().classList.toggle('has-focus', this.focus !== null);
    this.sigma.refresh({ skipIndexation: true });
    if (!this.painted && this.graph.order > 0) this.markFirstPaint();
  }

  /**
   * A User Timing mark once the first graph with actors is on screen: the frame sigma drew has
   * been presented by the second animation frame after it. Read by the performance test, and by
   * anyone looking at the page's timeline.
   */
  private markFirstPaint(): void {
    this.painted = true;
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('graph-first-paint')));
  }

  /**
   * Keeps every actor in place whatever the filters show (see layoutBBox). The box is widened on
   * the right because labels are drawn to the right of their discs and would be cut off there.
   */
  setBBox(bbox: BBox | null): void {
    if (!bbox) return void this.sigma.setCustomBBox(null);
    const w = bbox.x[1] - bbox.x[0] || 1;
    this.sigma.setCustomBBox({ x: [bbox.x[0] - w * 0.02, bbox.x[1] + w * LABEL_ROOM], y: bbox.y });
  }

  /**
   * Centres the camera on an actor; false when it is not drawn (filtered out). When `cover` (the
   * open panel, in page coordinates) hides the middle of the graph, the actor is centred in the
   * part left uncovered instead.
   */
  focusNode(node: string, cover: DOMRect | null = null): boolean {
    if (!this.graph.hasNode(node)) return false;
    // The camera moves in sigma's normalised ("framed") coordinates. They are computed from the
    // layout rather than read from the display data, which hold raw positions between a scheduled
    // refresh (a resize, a setting) and the frame that processes it.
    const { x, y } = this.graph.getNodeAttributes(node);
    const framed = this.sigma.viewportToFramedGraph(this.sigma.graphToViewport({ x, y }));
    const camera = this.sigma.getCamera();
    const ratio = Math.min(camera.ratio, 0.8);
    const { width, height } = this.sigma.getDimensions();
    const aim = this.uncoveredCentre(width, height, cover);
    const a = this.sigma.viewportToFramedGraph(aim);
    const c = this.sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 });
    const k = ratio / camera.ratio;
    void camera.animate({ x: framed.x + (c.x - a.x) * k, y: framed.y + (c.y - a.y) * k, ratio }, { duration: 450 });
    return true;
  }

  /** The middle of the graph, or of the part `cover` leaves visible when it hides the middle. */
  private uncoveredCentre(width: number, height: number, cover: DOMRect | null): { x: number; y: number } {
    const centre = { x: width / 2, y: height / 2 };
    if (!cover || cover.width === 0) return centre;
    const box = this.sigma.getContainer().getBoundingClientRect();
    const left = cover.left - box.left;
    const top = cover.top - box.top;
    if (left > centre.x || top > centre.y) return centre;
    if (left > width / 3) return { x: left / 2, y: centre.y };
    return top > 0 ? { x: centre.x, y: top / 2 } : centre;
  }

  /**
   * Keeps an actor and its label clear of what covers part of the graph (the details panel): when
   * they would be under `cover` (a box in page coordinates), the camera slides just enough to
   * show them beside it. Otherwise nothing moves, so what is under the pointer stays there.
   */
  reveal(node: string, cover: DOMRect | null): void {
    if (!cover || !this.graph.hasNode(node) || cover.width === 0) return;
    const box = this.sigma.getContainer().getBoundingClientRect();
    const { width, height } = this.sigma.getDimensions();
    const { x, y } = this.graph.getNodeAttributes(node);
    const v = this.sigma.graphToViewport({ x, y });
    // The label's own width, measured as labels.ts draws it (it may sit left of the disc now,
    // but sits right of it once it has room).
    const settings = this.sigma.getSettings();
    const measure = document.createElement('canvas').getContext('2d');
    if (measure) measure.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const labelWidth = measure?.measureText(this.graph.getNodeAttribute(node, 'label')).width ?? 0;
    const size = this.sigma.getNodeDisplayData(node)?.size ?? 0;
    const right = v.x + size + 3 + labelWidth + 16;
    const left = cover.left - box.left;
    const top = cover.top - box.top;
    let dx = 0;
    let dy = 0;
    if (left > width / 3 && right > left) dx = Math.min(right - left, v.x - 24);
    else if (left <= width / 3 && top > height / 4 && v.y + 24 > top) dy = Math.min(v.y + 24 - top + 16, v.y - 24);
    if (dx <= 0 && dy <= 0) return;
    const centre = this.sigma.viewportToFramedGraph({ x: width / 2 + Math.max(0, dx), y: height / 2 + Math.max(0, dy) });
    void this.sigma.getCamera().animate({ x: centre.x, y: centre.y }, { duration: 300 });
  }

  /**
   * Moves the camera onto a set of actors (what a live update brought): centred on them in the
   * part of the graph `cover` leaves visible, zoomed out just enough to show them all.
   */
  frameNodes(nodes: string[], cover: DOMRect | null = null): void {
    const points = nodes.filter((n) => this.graph.hasNode(n)).map((n) => this.sigma.graphToViewport(this.graph.getNodeAttributes(n)));
    if (!points.length) return;
    const camera = this.sigma.getCamera();
    const { width, height } = this.sigma.getDimensions();
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const box = { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
    const aim = this.uncoveredCentre(width, height, cover);
    // Room for them: the uncovered part's half-size around the aim, less a margin for discs and labels.
    const roomX = Math.max(40, Math.min(aim.x, width - aim.x) * 2 - 160);
    const roomY = Math.max(40, Math.min(aim.y, height - aim.y) * 2 - 80);
    const zoom = Math.max((box.x1 - box.x0) / roomX, (box.y1 - box.y0) / roomY);
    const settings = this.sigma.getSettings();
    const ratio = Math.min(settings.maxCameraRatio ?? Infinity, Math.max(settings.minCameraRatio ?? 0, camera.ratio * Math.max(zoom, 0.5)));
    const framed = this.sigma.viewportToFramedGraph({ x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 });
    const a = this.sigma.viewportToFramedGraph(aim);
    const c = this.sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 });
    const k = ratio / camera.ratio;
    void camera.animate({ x: framed.x + (c.x - a.x) * k, y: framed.y + (c.y - a.y) * k, ratio }, { duration: 450 });
  }

  resetCamera(): void {
    void this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  kill(): void {
    this.resizeObserver.disconnect();
    this.sigma.kill();
  }

  /** Switches the settings for big pictures on or off as the graph grows or shrinks. */
  private tune(): void {
    const big = this.graph.order > BIG_NODES || this.graph.size > BIG_EDGES;
    if (big === this.big) return;
    this.big = big;
    this.sigma.setSetting('hideEdgesOnMove', big);
    this.sigma.setSetting('labelDensity', big ? 0.6 : 1);
    // Rendered size grows as the camera zooms in, so more labels appear closer up.
    this.sigma.setSetting('labelRenderedSizeThreshold', big ? 6 : 0);
  }

  /**
   * On a narrow graph area, discs and labels shrink and labels stop being forced on, so sigma's
   * label grid drops the ones that would collide; zooming in brings them back.
   */
  private fitToWidth(width: number): void {
    const compact = width > 0 && width < COMPACT_WIDTH;
    this.sizeScale = compact ? Math.max(0.55, width / COMPACT_WIDTH) : 1;
    if (compact === this.compact) return;
    this.compact = compact;
    this.sigma.setSetting('labelSize', compact ? 11 : 13);
  }

  private computeFocus(): Focus | null {
    const { graph, state } = this;
    const around = (node: string): Focus => ({
      nodes: new Set([node, ...graph.neighbors(node)]),
      edges: new Set(graph.edges(node)),
    });
    if (state.hovered && graph.hasNode(state.hovered)) return around(state.hovered);
    if (state.path && state.path.nodes.length) {
      return { nodes: new Set(state.path.nodes), edges: new Set([...state.path.edges].filter((e) => graph.hasEdge(e))) };
    }
    const sel = state.selection;
    if (sel?.kind === 'actor' && graph.hasNode(sel.id)) return around(sel.id);
    if (sel?.kind === 'edge' && graph.hasEdge(sel.id)) {
      return { nodes: new Set(graph.extremities(sel.id)), edges: new Set([sel.id]) };
    }
    return this.pickedFocus();
  }

  /** Actors and relations ticked in the table: the actors with their relations, and the ticked relations with their ends. */
  private pickedFocus(): Focus | null {
    const { graph, state } = this;
    const { pickedActors, pickedEdges } = state.look;
    if (!pickedActors.length && !pickedEdges.length) return null;
    const focus: Focus = { nodes: new Set(), edges: new Set() };
    for (const a of pickedActors) {
      if (!graph.hasNode(a)) continue;
      focus.nodes.add(a);
      graph.forEachEdge(a, (e, _attrs, s, t) => {
        focus.edges.add(e);
        focus.nodes.add(s).add(t);
      });
    }
    for (const e of pickedEdges) {
      if (!graph.hasEdge(e)) continue;
      focus.edges.add(e);
      graph.extremities(e).forEach((n) => focus.nodes.add(n));
    }
    return focus;
  }

  /** The camera in sigma's framed coordinates, for a saved view. */
  cameraState(): { x: number; y: number; ratio: number } {
    const { x, y, ratio } = this.sigma.getCamera().getState();
    return { x, y, ratio };
  }

  setCamera(c: { x: number; y: number; ratio: number }): void {
    this.sigma.getCamera().setState(c);
  }

  private computeHighlighted(): Set<string> {
    const { graph, state } = this;
    const out = new Set<string>();
    if (state.hovered) out.add(state.hovered);
    if (state.path) out.add(state.path.from).add(state.path.to);
    const sel = state.selection;
    if (sel?.kind === 'actor') out.add(sel.id);
    if (sel?.kind === 'edge' && graph.hasEdge(sel.id)) graph.extremities(sel.id).forEach((n) => out.add(n));
    // The focus's actors are drawn again above its lines (sigma's highlighted layer).
    for (const n of this.focus?.nodes ?? []) out.add(n);
    return new Set([...out].filter((n) => graph.hasNode(n)));
  }

  /** A ring around each actor a live update brought, on the label layer (over the discs). */
  private drawRings(context: CanvasRenderingContext2D): void {
    const fresh = this.state.fresh.nodes;
    if (!fresh.size) return;
    context.save();
    context.strokeStyle = NEW_RING_COLOR;
    context.lineWidth = 2.5;
    for (const node of fresh) {
      const d = this.sigma.getNodeDisplayData(node);
      if (!d || d.hidden) continue;
      const v = this.sigma.framedGraphToViewport(d);
      context.beginPath();
      context.arc(v.x, v.y, this.sigma.scaleSize(d.size) + 4, 0, Math.PI * 2);
      context.stroke();
    }
    context.restore();
  }

  /** The disc colour under the chosen colouring (kind, or Louvain community once known). */
  nodeColour(node: string, attrs: NodeAttrs): string {
    const communities = this.state.communities;
    if (this.state.look.nodeColour === 'community' && communities) return communityColor(communities.get(node));
    return KIND_STYLES[attrs.kind]?.color ?? FADED_NODE_COLOR;
  }

  /**
   * An actor's colour whatever the focus: the faded grey when the filters leave it without a
   * relation, else its colouring's (paler when provisional). The page's GEXF export uses it too.
   */
  restingColour(node: string, attrs: NodeAttrs): string {
    return this.graph.degree(node) === 0 ? FADED_NODE_COLOR : actorColour(this.nodeColour(node, attrs), attrs);
  }

  /** The line colour under the chosen colouring (relation type, or provenance). */
  edgeColour(attrs: RelationEdgeAttrs): string {
    if (this.state.look.edgeColour === 'provenance') return PROVENANCE_STYLES[attrs.provenance]?.color ?? DIM_EDGE_COLOR;
    return RELATION_STYLES[attrs.type]?.color ?? DIM_EDGE_COLOR;
  }

  private reduceNode(node: string, attrs: NodeAttrs): Partial<NodeDisplayData> {
    const { state, graph } = this;
    const inFocus = this.focus !== null && this.focus.nodes.has(node);
    // One fading rule, the legend's: outside the focus, or left without a relation by the
    // filters, an actor is a grey disc with a grey label, whatever its kind.
    // What a live update brought keeps its colour, ringed, until the user dismisses the notice.
    const isNew = state.fresh.nodes.has(node);
    const faded = !isNew && ((this.focus !== null && !inFocus) || graph.degree(node) === 0);
    const selected = state.selection?.kind === 'actor' && state.selection.id === node;
    const data: Partial<NodeDisplayData> & { labelColor: string; faded: boolean; isNew: boolean } = {
      type: this.big ? 'point' : 'circle',
      x: attrs.x,
      y: attrs.y,
      label: attrs.provisional ? `${attrs.label} (?)` : attrs.label,
      size: nodeSize(state.centrality.get(node), state.centralityMax) * this.sizeScale * (this.big ? BIG_SIZE_SCALE : 1),
      color: faded ? FADED_NODE_COLOR : this.restingColour(node, attrs),
      labelColor: faded ? FADED_LABEL_COLOR : attrs.provisional ? PROVISIONAL_LABEL_COLOR : LABEL_COLOR,
      faded,
      isNew,
      highlighted: this.highlighted.has(node),
      // Small pictures label everyone, big ones the focus; labels.ts keeps them from overlapping.
      forceLabel: graph.order <= FORCE_LABELS_UP_TO || inFocus,
      zIndex: selected ? 3 : inFocus ? 2 : faded ? 0 : 1,
    };
    return data;
  }

  private reduceEdge(edge: string, attrs: EdgeAttrs): Partial<EdgeDisplayData> {
    if (attrs.actsFor) {
      // Who acts for whom: a thin grey line under the relations, never an arrow or a curve.
      const dim = this.focus !== null && !this.focus.edges.has(edge);
      return { type: this.big ? 'thin' : 'straight', color: dim ? DIM_EDGE_COLOR : AFFILIATION_COLOR, size: AFFILIATION_WIDTH, label: '', zIndex: 0 };
    }
    const style = RELATION_STYLES[attrs.type];
    const isNew = this.state.fresh.edges.has(edge);
    const dim = !isNew && this.focus !== null && !this.focus.edges.has(edge);
    const selected = this.state.selection?.kind === 'edge' && this.state.selection.id === edge;
    const parallel = typeof attrs.parallelIndex === 'number';
    // Directed types get arrow heads; `negotiates` is symmetric and is drawn without one.
    // In a big picture, relations out of focus are thin lines: no arrow heads or curves to draw.
    const thin = this.big && !selected && (this.focus === null || dim);
    const type = thin ? 'thin' : parallel ? (style.directed ? 'curvedArrow' : 'curved') : style.directed ? 'straightArrow' : 'straight';
    const data: Partial<EdgeDisplayData> & { curvature: number; isNew: boolean } = {
      type,
      curvature: parallel ? curvature(attrs.parallelIndex ?? 0, attrs.parallelMaxIndex ?? 1) : 0,
      color: dim ? DIM_EDGE_COLOR : relationColour(this.edgeColour(attrs), attrs),
      size: relationThickness(attrs) * (selected ? 1.8 : 1) * (this.big && !selected ? BIG_EDGE_SCALE : 1) * (isNew ? NEW_EDGE_WIDTH : 1),
      isNew,
      label: '',
      zIndex: dim ? 0 : selected ? 2 : 1,
    };
    return data;
  }
}
