/**
 * Node labels: a white halo so a name stays readable where relation lines cross it, and a layout
 * that never lets two labels overlap. Sigma hands each label over as it walks its label grid and
 * the forced labels; they are queued, then drawn after the frame in priority order — what the user
 * looks at first (the selection, then its neighbours: higher zIndex), then bigger discs — each
 * placed right of its disc, or left, above or below when that is taken or cut by the edge of the
 * graph, and skipped if it would cover a label already drawn wherever it goes.
 */
import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string };

/** A drawn label's box in the graph container, in CSS pixels. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space kept free around a label, in CSS pixels. */
const GAP = 2;

const overlaps = (a: LabelBox, b: LabelBox): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export class LabelLayout<N extends Attributes, E extends Attributes, G extends Attributes> {
  private pending: { data: LabelData; settings: Settings<N, E, G> }[] = [];
  /** The labels drawn in the last frame, by node. */
  drawn = new Map<string, LabelBox>();

  /** Sigma's `defaultDrawNodeLabel`: queues the label for `flush`. */
  readonly queue = (_context: CanvasRenderingContext2D, data: LabelData, settings: Settings<N, E, G>): void => {
    if (data.label) this.pending.push({ data, settings });
  };

  /** Forgets queued labels (of a frame drawn before the one that counts). */
  discard(): void {
    this.pending = [];
  }

  /** Draws the queued labels that fit, most important first (after sigma's frame). */
  flush(context: CanvasRenderingContext2D): void {
    const items = this.pending.sort((a, b) => (b.data.zIndex ?? 0) - (a.data.zIndex ?? 0) || b.data.size - a.data.size);
    this.pending = [];
    const placed: LabelBox[] = [];
    const drawn = new Map<string, LabelBox>();
    // Sigma sizes its canvases in CSS pixels through their style (their width attribute counts
    // device pixels); reading the style costs no layout.
    const bounds = { width: parseFloat(context.canvas.style.width) || context.canvas.width };
    for (const { data, settings } of items) {
      const size = settings.labelSize;
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      const width = context.measureText(data.label ?? '').width;
      // Right of the disc as sigma draws it; else left, above or below, whichever is free.
      const r = data.size + 3;
      const spots: [number, number][] = [
        [data.x + r, data.y + size / 3],
        [data.x - r - width, data.y + size / 3],
        [data.x - width / 2, data.y - r - 2],
        [data.x - width / 2, data.y + r + size],
      ];
      for (const [x, y] of spots) {
        const box = { x: x - GAP, y: y - size - GAP, width: width + 2 * GAP, height: size * 1.3 + 2 * GAP };
        // A label cut by the edge of the graph is no label: try the next place.
        if (box.x < 0 || box.x + box.width > bounds.width) continue;
        if (placed.some((p) => overlaps(p, box))) continue;
        placed.push(box);
        if (data.key !== undefined) drawn.set(data.key, box);
        drawHaloLabel(context, data, settings, x, y);
        break;
      }
    }
    this.drawn = drawn;
  }
}

function drawHaloLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<N, E, G>,
  x: number,
  y: number,
): void {
  const color = settings.labelColor.attribute
    ? (data[settings.labelColor.attribute as keyof LabelData] as string | undefined) || settings.labelColor.color || '#000'
    : settings.labelColor.color;
  context.lineJoin = 'round';
  context.lineWidth = 4;
  context.strokeStyle = 'rgba(251, 252, 253, 0.92)';
  context.strokeText(data.label ?? '', x, y);
  context.fillStyle = color ?? '#000';
  context.fillText(data.label ?? '', x, y);
}
