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
  /** The sigma program drawing it (line, arrow, curved, curvedArrow). */
  program: string;
  color: string;
}

export interface TestHandle {
  nodes(): RenderedNode[];
  edges(): RenderedEdge[];
  camera(): { x: number; y: number; ratio: number; angle: number };
  size(): { width: number; height: number };
  /** Frames sigma has drawn since the page started. */
  renders(): number;
}
