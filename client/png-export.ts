/**
 * The PNG export: the current view drawn at a chosen width (sigma's export-image renders it
 * again off screen), with a caption block underneath so the picture stands on its own in a report
 * — title, the legend's colours, the active filters, the export date and the sources behind the
 * relations shown.
 */
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { GraphAttributes } from '../server/domain/types';
import type { EdgeAttrs, NodeAttrs } from './api-types';
import { ACTOR_KIND_LIST, FADED_NODE_COLOR, KIND_STYLES, RELATION_TYPE_LIST } from './encodings';
import type { ActorMultiGraph } from './graph-data';
import { LabelLayout } from './labels';
import type { LegendEntry } from './legend-entries';
import type { ActorSigma } from './renderer';
import type { Filters } from './state';
import { filtersAreDefault } from './state';

/** Width of the exported picture, in CSS pixels: sharp on a slide or a printed page. */
export const PNG_WIDTH = 1600;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const PAD = 28;
const TEXT = '#1f2430';
const MUTED = '#5b6372';

export interface CaptionInput {
  title: string;
  filters: Filters;
  /** Today's date, ISO; passed in so the caption says when the picture was taken. */
  date: string;
  /** What the colours mean in this picture (legend-entries.ts). */
  legend: LegendEntry[];
}

/** What the filters keep, in words ("none" when they keep everything). */
export function describeFilters(f: Filters): string {
  if (filtersAreDefault(f)) return 'none (every relation type, actor kind and date)';
  const parts: string[] = [];
  if (f.types.length < RELATION_TYPE_LIST.length) parts.push(`relation types: ${f.types.join(', ') || 'none'}`);
  if (f.kinds.length < ACTOR_KIND_LIST.length) parts.push(`actor kinds: ${f.kinds.map((k) => KIND_STYLES[k].label).join(', ') || 'none'}`);
  if (f.minEvidence > 1) parts.push(`at least ${f.minEvidence} evidence items per relation`);
  if (f.since || f.until) parts.push(`evidence dated ${f.since || '…'} to ${f.until || '…'}`);
  return parts.join('; ');
}

/** The outlets quoted by the relations drawn, and whether coded event data back any of them. */
export function describeSources(graph: ActorMultiGraph): string {
  const outlets = new Map<string, Set<string>>();
  let events = 0;
  graph.forEachEdge((_e, a) => {
    if (a.actsFor) return; // an affiliation line, not a relation
    for (const ev of a.evidence) {
      const docs = outlets.get(ev.outlet) ?? new Set<string>();
      docs.add(ev.document);
      outlets.set(ev.outlet, docs);
    }
    events += a.events?.events ?? 0;
  });
  const quoted = [...outlets]
    .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))
    .map(([outlet, docs]) => `${outlet} (${docs.size} article${docs.size === 1 ? '' : 's'})`);
  if (events) quoted.push(`${events.toLocaleString('en')} coded events`);
  return quoted.length ? quoted.join(', ') : 'no relation drawn';
}

/** Splits text into lines no wider than `width` for the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The view as a PNG blob, `PNG_WIDTH` wide, with its caption underneath. */
/** Where each legend entry goes: left to right, onto a new row when the width is used up (the faded note's room kept on the last). */
function layoutLegend(ctx: CanvasRenderingContext2D, entries: LegendEntry[], width: number): { entry: LegendEntry; x: number; width: number; row: number }[] {
  ctx.font = `14px ${FONT}`;
  const out: { entry: LegendEntry; x: number; width: number; row: number }[] = [];
  let x = PAD;
  let row = 0;
  for (const entry of entries) {
    const w = (entry.line ? 40 : 18) + ctx.measureText(entry.label).width + 22;
    if (x + w > width - PAD - 340 && x > PAD) {
      x = PAD;
      row++;
    }
    out.push({ entry, x, width: w, row });
    x += w;
  }
  return out;
}

export async function captionedPng(sigma: ActorSigma, graph: ActorMultiGraph, input: CaptionInput): Promise<Blob> {
  const { width: w, height: h } = sigma.getDimensions();
  const width = PNG_WIDTH;
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

  const scratch = document.createElement('canvas').getContext('2d');
  if (!scratch) throw new Error('this browser cannot draw the caption (no 2D canvas)');
  const textWidth = width - 2 * PAD;
  scratch.font = `14px ${FONT}`;
  const lines: [string, string][] = [
    ['Filters', describeFilters(input.filters)],
    ['Sources', describeSources(graph)],
  ];
  const wrapped = lines.map(([k, v]) => wrap(scratch, `${k}: ${v}`, textWidth));
  const legendLayout = layoutLegend(scratch, input.legend, width);
  const legendRows = (legendLayout[legendLayout.length - 1]?.row ?? 0) + 1;
  const captionHeight = PAD + 30 + 22 + 30 + (legendRows - 1) * 22 + wrapped.reduce((n, l) => n + l.length * 20 + 6, 0) + PAD;

  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round((height + captionHeight) * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw the caption (no 2D canvas)');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(picture, 0, 0);
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#dde1e7';
  ctx.fillRect(0, height, width, 1);

  let y = height + PAD + 20;
  ctx.fillStyle = TEXT;
  ctx.font = `600 22px ${FONT}`;
  ctx.fillText(input.title, PAD, y);
  y += 26;
  ctx.fillStyle = MUTED;
  ctx.font = `14px ${FONT}`;
  ctx.fillText(`Actor Graph Explorer · exported ${input.date} · every relation backed by a quote or coded events`, PAD, y);

  // The legend, under the page's colourings, on as many rows as it needs.
  y += 30;
  ctx.font = `14px ${FONT}`;
  let row = 0;
  for (const { entry, x, row: r } of legendLayout) {
    if (r !== row) {
      y += 22;
      row = r;
    }
    ctx.fillStyle = entry.color;
    ctx.strokeStyle = entry.color;
    if (entry.line) {
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.moveTo(x, y - 5);
      ctx.lineTo(x + 26, y - 5);
      ctx.stroke();
      if (entry.line.directed) {
        ctx.beginPath();
        ctx.moveTo(x + 24, y - 10);
        ctx.lineTo(x + 34, y - 5);
        ctx.lineTo(x + 24, y);
        ctx.fill();
      }
    } else {
      ctx.beginPath();
      ctx.arc(x + 6, y - 5, 6, 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.fillStyle = TEXT;
    ctx.fillText(entry.label, x + (entry.line ? 40 : 18), y);
  }
  const last = legendLayout[legendLayout.length - 1];
  const x = last ? last.x + last.width : PAD;
  ctx.fillStyle = FADED_NODE_COLOR;
  ctx.beginPath();
  ctx.arc(x + 6, y - 5, 6, 0, 2 * Math.PI);
  ctx.fill();
  ctx.fillStyle = MUTED;
  ctx.fillText('faded: outside the focus or without a relation', x + 18, y);

  y += 30;
  ctx.fillStyle = TEXT;
  for (const block of wrapped) {
    for (const line of block) {
      ctx.fillText(line, PAD, y);
      y += 20;
    }
    y += 6;
  }

  return new Promise((resolve, reject) =>
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );
}
