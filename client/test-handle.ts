/**
 * Types of the read-only test handle (see test-hook.ts). Kept free of DOM and library types so
 * the end-to-end tests, compiled without the DOM library, can import them too.
 */

export interface RenderedNode {
  id: string;
  label: string;
  kind: string;
  hidden: boolean;
  size: number;
  color: string;
  /** Drawn faded (grey): outside the focus, or without a relation under the filters. */
  faded: boolean;
  labelColor: string;
  /** Its label was drawn in the last frame (labels that would overlap others are left out). */
  labelDrawn: boolean;
  /** Marked as new (arrived in a live update the user has not dismissed yet). */
  isNew: boolean;
  /** Position in the graph container, in CSS pixels. */
  x: number;
  y: number;
}

export interface RenderedEdge {
  key: string;
  relation: string;
  source: string;
  target: string;
  hidden: boolean;
  /** The sigma program drawing it (straight, straightArrow, curved, curvedArrow; thin for faded relations of a big picture). */
  program: string;
  color: string;
  /** Marked as new, like an actor (see RenderedNode.isNew). */
  isNew: boolean;
}

export interface TestHandle {
  nodes(): RenderedNode[];
  edges(): RenderedEdge[];
  /** Boxes of the labels drawn in the last frame, in the graph container's CSS pixels. */
  labelBoxes(): { x: number; y: number; width: number; height: number }[];
  camera(): { x: number; y: number; ratio: number; angle: number };
  size(): { width: number; height: number };
  /** Frames sigma has drawn since the page started. */
  renders(): number;
}
