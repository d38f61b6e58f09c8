/**
 * The sigma renderer: reducers set once and reading the State, `refresh({ skipIndexation: true })`
 * after every state change, `kill()` on teardown (WebGL contexts leak otherwise). Follows sigma's
 * "use reducers" example: the graph holds data, the reducers decide how it looks.
 */
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { GraphAttributes } from '../server/domain/types';
import type { EdgeAttrs, NodeAttrs } from './api-types';
import {
  DIM_EDGE_COLOR,
  DIM_NODE_COLOR,
  ISOLATED_ALPHA,
  PROVISIONAL_ALPHA,
  PROVISIONAL_LABEL_COLOR,
  UNREVIEWED_ALPHA,
  UNREVIEWED_WIDTH,
  AFFILIATION_COLOR,
  AFFILIATION_WIDTH,
  KIND_STYLES,
  RELATION_STYLES,
  curvature,
  edgeSize,
  nodeSize,
} from './encodings';
import type { ActorMultiGraph, BBox } from './graph-data';
import { drawHaloLabel } from './labels';
import type { State } from './state';

export interface RendererEvents {
  hoverNode(node: string | null): void;
  clickNode(node: string): void;
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
const DIM_LABEL_COLOR = '#a9afba';
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
      defaultDrawNodeLabel: drawHaloLabel,
      labelDensity: 1,
      labelRenderedSizeThreshold: 0,
      stagePadding: 40,
      minCameraRatio: 0.08,
      maxCameraRatio: 4,
      defaultEdgeType: 'line',
      nodeProgramClasses: {
        circle: NodeCircleProgram,
        // GL points: a tenth of the circles' cost in software WebGL, for big pictures.
        point: NodePointProgram,
      },
      edgeProgramClasses: {
        line: EdgeRectangleProgram,
        arrow: EdgeArrowProgram,
        curved: EdgeCurveProgram,
        curvedArrow: EdgeCurvedArrowProgram,
        // One-pixel GL lines: what a big picture draws for relations out of focus.
        thin: EdgeLineProgram,
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
    this.sigma.on('clickEdge', ({ edge }) => events.clickEdge(edge));
    this.sigma.on('clickStage', () => events.clickStage());
    // Marks the first real frame: tests and screenshots wait for it rather than sleeping.
    this.sigma.once('afterRender', () => container.setAttribute('data-rendered', 'true'));

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

  /** Centres the camera on an actor; false when it is not drawn (filtered out). */
  focusNode(node: string): boolean {
    if (!this.graph.hasNode(node)) return false;
    // The camera moves in sigma's normalised ("framed") coordinates. They are computed from the
    // layout rather than read from the display data, which hold raw positions between a scheduled
    // refresh (a resize, a setting) and the frame that processes it.
    const { x, y } = this.graph.getNodeAttributes(node);
    const framed = this.sigma.viewportToFramedGraph(this.sigma.graphToViewport({ x, y }));
    const ratio = Math.min(this.sigma.getCamera().ratio, 0.8);
    void this.sigma.getCamera().animate({ x: framed.x, y: framed.y, ratio }, { duration: 450 });
    return true;
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
    return null;
  }

  private computeHighlighted(): Set<string> {
    const { graph, state } = this;
    const out = new Set<string>();
    if (state.hovered) out.add(state.hovered);
    if (state.path) out.add(state.path.from).add(state.path.to);
    const sel = state.selection;
    if (sel?.kind === 'actor') out.add(sel.id);
    if (sel?.kind === 'edge' && graph.hasEdge(sel.id)) graph.extremities(sel.id).forEach((n) => out.add(n));
    return new Set([...out].filter((n) => graph.hasNode(n)));
  }

  private reduceNode(node: string, attrs: NodeAttrs): Partial<NodeDisplayData> {
    const { state, graph } = this;
    const base = KIND_STYLES[attrs.kind]?.color ?? '#888888';
    const dim = this.focus !== null && !this.focus.nodes.has(node);
    const isolated = graph.degree(node) === 0;
    const selected = state.selection?.kind === 'actor' && state.selection.id === node;
    const data: Partial<NodeDisplayData> & { labelColor: string } = {
      type: this.big ? 'point' : 'circle',
      x: attrs.x,
      y: attrs.y,
      label: attrs.provisional ? `${attrs.label} (?)` : attrs.label,
      size: nodeSize(state.centrality.get(node), state.centralityMax) * this.sizeScale * (this.big ? BIG_SIZE_SCALE : 1),
      color: dim ? DIM_NODE_COLOR : isolated ? base + ISOLATED_ALPHA : attrs.provisional ? base + PROVISIONAL_ALPHA : base,
      labelColor: dim ? DIM_LABEL_COLOR : attrs.provisional ? PROVISIONAL_LABEL_COLOR : LABEL_COLOR,
      highlighted: this.highlighted.has(node),
      forceLabel: !this.compact && graph.order <= FORCE_LABELS_UP_TO,
      zIndex: dim ? 0 : selected ? 2 : 1,
    };
    return data;
  }

  private reduceEdge(edge: string, attrs: EdgeAttrs): Partial<EdgeDisplayData> {
    if (attrs.actsFor) {
      // Who acts for whom: a thin grey line under the relations, never an arrow or a curve.
      const dim = this.focus !== null && !this.focus.edges.has(edge);
      return { type: this.big ? 'thin' : 'line', color: dim ? DIM_EDGE_COLOR : AFFILIATION_COLOR, size: AFFILIATION_WIDTH, label: '', zIndex: 0 };
    }
    const style = RELATION_STYLES[attrs.type];
    const dim = this.focus !== null && !this.focus.edges.has(edge);
    const selected = this.state.selection?.kind === 'edge' && this.state.selection.id === edge;
    const parallel = typeof attrs.parallelIndex === 'number';
    // Directed types get arrow heads; `negotiates` is symmetric and is drawn without one.
    // In a big picture, relations out of focus are thin lines: no arrow heads or curves to draw.
    const thin = this.big && !selected && (this.focus === null || dim);
    const type = thin ? 'thin' : parallel ? (style.directed ? 'curvedArrow' : 'curved') : style.directed ? 'arrow' : 'line';
    const data: Partial<EdgeDisplayData> & { curvature: number } = {
      type,
      curvature: parallel ? curvature(attrs.parallelIndex ?? 0, attrs.parallelMaxIndex ?? 1) : 0,
      color: dim ? DIM_EDGE_COLOR : (style?.color ?? '#999999') + (attrs.reviewed === false ? UNREVIEWED_ALPHA : ''),
      size: edgeSize(attrs.weight) * (selected ? 1.8 : 1) * (this.big && !selected ? BIG_EDGE_SCALE : 1) * (attrs.reviewed === false ? UNREVIEWED_WIDTH : 1),
      label: '',
      zIndex: dim ? 0 : selected ? 2 : 1,
    };
    return data;
  }
}
