/**
 * The caption block under an exported picture (PNG and SVG alike), so the picture stands on its own
 * in a report: title, the legend's colours, the active filters, the export date and the sources
 * behind the relations shown. Laid out once, as a list of marks; png-export.ts paints them on a
 * canvas and svg-export.ts writes them as SVG elements, so both captions are the same.
 */
import { ACTOR_KIND_LIST, FADED_NODE_COLOR, KIND_STYLES, RELATION_TYPE_LIST } from './encodings';
import type { ActorMultiGraph } from './graph-data';
import type { LegendEntry } from './legend-entries';
import type { Filters } from './state';
import { filtersAreDefault } from './state';

export const CAPTION_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const PAD = 28;
const TEXT = '#1f2430';
const MUTED = '#5b6372';
const RULE = '#dde1e7';

export interface CaptionInput {
  title: string;
  filters: Filters;
  /** Today's date, ISO; passed in so the caption says when the picture was taken. */
  date: string;
  /** What the colours mean in this picture (legend-entries.ts). */
  legend: LegendEntry[];
}

/** One thing drawn in the caption, in CSS pixels from the caption's top left. */
export type CaptionMark =
  | { kind: 'text'; x: number; y: number; text: string; size: number; weight: number; color: string }
  | { kind: 'disc'; x: number; y: number; r: number; color: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: string }
  | { kind: 'arrow'; points: [number, number][]; color: string }
  | { kind: 'rule'; y: number; width: number; color: string };

export interface Caption {
  height: number;
  marks: CaptionMark[];
}

/** Measures text in the caption's font at a size and weight (a canvas context does it in the browser). */
export type Measure = (text: string, size: number, weight: number) => number;

/** A measure backed by a scratch canvas. */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('this browser cannot measure the caption (no 2D canvas)');
  return (text, size, weight) => {
    ctx.font = `${weight} ${size}px ${CAPTION_FONT}`;
    return ctx.measureText(text).width;
  };
}

/** What the filters keep, in words ("none" when they keep everything). */
function describeFilters(f: Filters): string {
  if (filtersAreDefault(f)) return 'none (every relation type, actor kind and date)';
  const parts: string[] = [];
  if (f.types.length < RELATION_TYPE_LIST.length) parts.push(`relation types: ${f.types.join(', ') || 'none'}`);
  if (f.kinds.length < ACTOR_KIND_LIST.length) parts.push(`actor kinds: ${f.kinds.map((k) => KIND_STYLES[k].label).join(', ') || 'none'}`);
  if (f.minEvidence > 1) parts.push(`at least ${f.minEvidence} evidence items per relation`);
  if (f.since || f.until) parts.push(`evidence dated ${f.since || '…'} to ${f.until || '…'}`);
  if (f.rollup) parts.push(`people and bodies rolled up into their states${f.expand.length ? ` (shown apart: ${f.expand.join(', ')})` : ''}`);
  return parts.join('; ');
}

/** The outlets quoted by the relations drawn, and whether coded event data back any of them. */
function describeSources(graph: ActorMultiGraph): string {
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

/** Splits text into lines no wider than `width`. */
function wrap(measure: Measure, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, 14, 400) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Where each legend entry goes: left to right, onto a new row when the width is used up (the faded note's room kept on the last). */
function layoutLegend(measure: Measure, entries: LegendEntry[], width: number): { entry: LegendEntry; x: number; width: number; row: number }[] {
  const out: { entry: LegendEntry; x: number; width: number; row: number }[] = [];
  let x = PAD;
  let row = 0;
  for (const entry of entries) {
    const w = (entry.line ? 40 : 18) + measure(entry.label, 14, 400) + 22;
    if (x + w > width - PAD - 340 && x > PAD) {
      x = PAD;
      row++;
    }
    out.push({ entry, x, width: w, row });
    x += w;
  }
  return out;
}

/** The caption block `width` wide: its marks and its height. */
export function layoutCaption(measure: Measure, input: CaptionInput, graph: ActorMultiGraph, width: number): Caption {
  const marks: CaptionMark[] = [{ kind: 'rule', y: 0, width, color: RULE }];
  const text = (x: number, y: number, t: string, size: number, weight: number, color: string): void => {
    marks.push({ kind: 'text', x, y, text: t, size, weight, color });
  };
  let y = PAD + 20;
  text(PAD, y, input.title, 22, 600, TEXT);
  y += 26;
  text(PAD, y, `Actor Graph Explorer · exported ${input.date} · every relation backed by a quote or coded events`, 14, 400, MUTED);

  // The legend, under the page's colourings, on as many rows as it needs.
  y += 30;
  const legend = layoutLegend(measure, input.legend, width);
  let row = 0;
  for (const { entry, x, row: r } of legend) {
    if (r !== row) {
      y += 22;
      row = r;
    }
    if (entry.line) {
      marks.push({ kind: 'line', x1: x, y1: y - 5, x2: x + 26, y2: y - 5, width: 3, color: entry.color });
      if (entry.line.directed) marks.push({ kind: 'arrow', points: [[x + 24, y - 10], [x + 34, y - 5], [x + 24, y]], color: entry.color });
    } else marks.push({ kind: 'disc', x: x + 6, y: y - 5, r: 6, color: entry.color });
    text(x + (entry.line ? 40 : 18), y, entry.label, 14, 400, TEXT);
  }
  const last = legend[legend.length - 1];
  const x = last ? last.x + last.width : PAD;
  marks.push({ kind: 'disc', x: x + 6, y: y - 5, r: 6, color: FADED_NODE_COLOR });
  text(x + 18, y, 'faded: outside the focus or without a relation', 14, 400, MUTED);

  y += 30;
  for (const [k, v] of [['Filters', describeFilters(input.filters)], ['Sources', describeSources(graph)]]) {
    for (const line of wrap(measure, `${k}: ${v}`, width - 2 * PAD)) {
      text(PAD, y, line, 14, 400, TEXT);
      y += 20;
    }
    y += 6;
  }
  return { height: y - 20 + PAD, marks };
}
