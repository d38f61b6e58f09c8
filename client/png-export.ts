/**
 * The PNG export: the current view drawn at a chosen width (sigma's export-image renders it
 * again off screen), with the caption block (caption.ts) underneath so the picture stands on its
 * own in a report — title, the legend's colours, the active filters, the export date and the
 * sources behind the relations shown.
 */
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { GraphAttributes } from '../server/domain/types';
import type { EdgeAttrs, NodeAttrs } from './api-types';
import { CAPTION_FONT, canvasMeasure, layoutCaption } from './caption';
import type { CaptionInput, CaptionMark } from './caption';
import type { ActorMultiGraph } from './graph-data';
import { LabelLayout } from './labels';
import type { ActorSigma } from './renderer';

/** Default width of an exported picture, in CSS pixels: sharp on a slide or a printed page. */
export const PICTURE_WIDTH = 1600;

/** Paints the caption's marks on a canvas context (scaled to CSS pixels), its top at `top`. */
function paintCaption(ctx: CanvasRenderingContext2D, marks: CaptionMark[], top: number): void {
  for (const m of marks) {
    ctx.fillStyle = m.color;
    ctx.strokeStyle = m.color;
    if (m.kind === 'text') {
      ctx.font = `${m.weight} ${m.size}px ${CAPTION_FONT}`;
      ctx.fillText(m.text, m.x, top + m.y);
    } else if (m.kind === 'disc') {
      ctx.beginPath();
      ctx.arc(m.x, top + m.y, m.r, 0, 2 * Math.PI);
      ctx.fill();
    } else if (m.kind === 'line') {
      ctx.lineWidth = m.width;
      ctx.beginPath();
      ctx.moveTo(m.x1, top + m.y1);
      ctx.lineTo(m.x2, top + m.y2);
      ctx.stroke();
    } else if (m.kind === 'arrow') {
      ctx.beginPath();
      m.points.forEach(([x, y], i) => (i ? ctx.lineTo(x, top + y) : ctx.moveTo(x, top + y)));
      ctx.fill();
    } else ctx.fillRect(0, top + m.y, m.width, 1);
  }
}

/** The view as a PNG blob, `width` CSS pixels wide, with its caption underneath. */
export async function captionedPng(sigma: ActorSigma, graph: ActorMultiGraph, input: CaptionInput, width = PICTURE_WIDTH): Promise<Blob> {
  const { width: w, height: h } = sigma.getDimensions();
  const height = Math.round((width * h) / Math.max(1, w));
  // The off-screen renderer lays its labels out on its own (the page's layout draws the page's).
  const labels = new LabelLayout<NodeAttrs, EdgeAttrs, GraphAttributes>();
  // export-image is typed for Sigma's default attribute types; ours only narrow them.
  const picture = await drawOnCanvas(sigma as unknown as Sigma, {
    width,
    height,
    backgroundColor: '#ffffff',
    sigmaSettings: { defaultDrawNodeLabel: labels.queue as unknown as Sigma['settings']['defaultDrawNodeLabel'] },
    withTempRenderer: (tmp) => {
      // The renderer drew once before it had the page's camera: draw again, keep that frame.
      labels.discard();
      tmp.refresh();
      const ctx = tmp.getCanvases().labels.getContext('2d');
      if (ctx) labels.flush(ctx);
    },
  });
  const ratio = picture.width / width;

  const caption = layoutCaption(canvasMeasure(), input, graph, width);
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round((height + caption.height) * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw the caption (no 2D canvas)');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(picture, 0, 0);
  ctx.scale(ratio, ratio);
  paintCaption(ctx, caption.marks, height);

  return new Promise((resolve, reject) =>
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );
}
