/**
 * The SVG export: the current view as vector shapes — each relation a line or curve with its arrow
 * head, each actor a disc, each label the page shows as text — at a chosen width, with the caption
 * block (caption.ts) underneath. Read from what sigma drew (its display data: colours, sizes,
 * curvature, hidden) and from the page's label layout, so the file shows what the page showed and
 * can be edited in Inkscape or Illustrator, or scaled without blur.
 */
import { rgba } from '../server/domain/drawing';
import { xmlText } from '../server/graph/flat-writers';
import type { GraphAttributes } from '../server/domain/types';
import type { EdgeAttrs, NodeAttrs } from './api-types';
import { CAPTION_FONT, canvasMeasure, layoutCaption } from './caption';
import type { CaptionInput, CaptionMark } from './caption';
import type { ActorMultiGraph } from './graph-data';
import type { LabelLayout } from './labels';
import { PICTURE_WIDTH } from './png-export';
import type { ActorSigma } from './renderer';

/** Sigma's arrow heads (its default arrow program): length and width as multiples of the line's thickness. */
const ARROW_LENGTH = 2.5;
const ARROW_WIDTH = 2;
/** The label layout's margin around a label (labels.ts). */
const LABEL_GAP = 2;
const HALO = 'rgb(251,252,253)';

const num = (v: number): string => String(Math.round(v * 100) / 100);

/** A colour as SVG paint: `#rrggbbaa` becomes a colour and an opacity, which every SVG reader knows. */
function paint(attr: 'fill' | 'stroke', colour: string): string {
  if (!colour.startsWith('#')) return `${attr}="${xmlText(colour)}"`;
  const { r, g, b, a } = rgba(colour);
  return `${attr}="rgb(${r},${g},${b})"${a < 1 ? ` ${attr}-opacity="${a}"` : ''}`;
}

function captionSvg(marks: CaptionMark[]): string {
  return marks
    .map((m) => {
      if (m.kind === 'text') return `<text x="${num(m.x)}" y="${num(m.y)}" font-size="${m.size}" font-weight="${m.weight}" ${paint('fill', m.color)}>${xmlText(m.text)}</text>`;
      if (m.kind === 'disc') return `<circle cx="${num(m.x)}" cy="${num(m.y)}" r="${m.r}" ${paint('fill', m.color)}/>`;
      if (m.kind === 'line') return `<line x1="${num(m.x1)}" y1="${num(m.y1)}" x2="${num(m.x2)}" y2="${num(m.y2)}" stroke-width="${m.width}" ${paint('stroke', m.color)}/>`;
      if (m.kind === 'arrow') return `<polygon points="${m.points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')}" ${paint('fill', m.color)}/>`;
      return `<rect x="0" y="${num(m.y)}" width="${num(m.width)}" height="1" ${paint('fill', m.color)}/>`;
    })
    .join('\n');
}

interface Drawn {
  x: number;
  y: number;
  r: number;
}

/** A relation as drawn: a line or sigma's quadratic curve, ending at an arrow head on the target's rim when directed. */
function relationSvg(key: string, s: Drawn, t: Drawn, width: number, curvature: number, arrow: boolean, colour: string): string {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  // Sigma's curve: the control point off the middle, perpendicular, by length × curvature.
  const control = curvature ? { x: (s.x + t.x) / 2 + dy * curvature, y: (s.y + t.y) / 2 - dx * curvature } : null;
  let end = { x: t.x, y: t.y };
  let head = '';
  if (arrow) {
    const from = control ?? s;
    const len = Math.hypot(t.x - from.x, t.y - from.y) || 1;
    const u = { x: (t.x - from.x) / len, y: (t.y - from.y) / len };
    const tip = { x: t.x - u.x * t.r, y: t.y - u.y * t.r };
    const l = width * ARROW_LENGTH;
    const w = (width * ARROW_WIDTH) / 2;
    end = { x: tip.x - u.x * l, y: tip.y - u.y * l };
    const points = [tip, { x: end.x - u.y * w, y: end.y + u.x * w }, { x: end.x + u.y * w, y: end.y - u.x * w }];
    head = `<polygon points="${points.map((p) => `${num(p.x)},${num(p.y)}`).join(' ')}" ${paint('fill', colour)}/>`;
  }
  const d = control
    ? `M${num(s.x)},${num(s.y)} Q${num(control.x)},${num(control.y)} ${num(end.x)},${num(end.y)}`
    : `M${num(s.x)},${num(s.y)} L${num(end.x)},${num(end.y)}`;
  return `<g class="relation" data-key="${xmlText(key)}"><path d="${d}" fill="none" stroke-width="${num(width)}" ${paint('stroke', colour)}/>${head}</g>`;
}

/** The current view as an SVG document `width` CSS pixels wide (the view scaled), with its caption. */
export function captionedSvg(
  sigma: ActorSigma,
  graph: ActorMultiGraph,
  labels: LabelLayout<NodeAttrs, EdgeAttrs, GraphAttributes>,
  input: CaptionInput,
  width = PICTURE_WIDTH,
): string {
  const { width: w, height: h } = sigma.getDimensions();
  const scale = width / Math.max(1, w);
  const height = Math.round(h * scale);
  const drawn = new Map<string, Drawn & { colour: string; z: number; labelColour: string }>();
  graph.forEachNode((id) => {
    const d = sigma.getNodeDisplayData(id) as (ReturnType<ActorSigma['getNodeDisplayData']> & { labelColor?: string }) | undefined;
    if (!d || d.hidden) return;
    const v = sigma.framedGraphToViewport({ x: d.x, y: d.y });
    drawn.set(id, { x: v.x, y: v.y, r: sigma.scaleSize(d.size), colour: d.color, z: d.zIndex ?? 0, labelColour: d.labelColor ?? '#1f2430' });
  });
  const relations: { z: number; svg: string }[] = [];
  graph.forEachEdge((key, _a, source, target) => {
    const d = sigma.getEdgeDisplayData(key) as (ReturnType<ActorSigma['getEdgeDisplayData']> & { curvature?: number }) | undefined;
    const s = drawn.get(source);
    const t = drawn.get(target);
    if (!d || d.hidden || !s || !t) return;
    const arrow = d.type === 'straightArrow' || d.type === 'curvedArrow';
    const lineWidth = Math.max(1, sigma.scaleSize(d.size));
    relations.push({ z: d.zIndex ?? 0, svg: relationSvg(key, s, t, lineWidth, d.curvature ?? 0, arrow, d.color) });
  });
  const discs = [...drawn]
    .sort((a, b) => a[1].z - b[1].z)
    .map(([id, n]) => ({ z: n.z, svg: `<circle class="actor" data-id="${xmlText(id)}" cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.r)}" ${paint('fill', n.colour)}/>` }));
  relations.sort((a, b) => a.z - b.z);
  // With a focus the page draws its relations over the discs (stage.css), so they stay whole
  // across the grey crowd: the faded layer first, then the focus's lines, then its discs.
  const focus = sigma.getContainer().classList.contains('has-focus');
  const layers = focus
    ? [relations.filter((r) => r.z === 0), discs.filter((d) => d.z === 0), relations.filter((r) => r.z > 0), discs.filter((d) => d.z > 0)]
    : [relations, discs];
  const settings = sigma.getSettings();
  const size = settings.labelSize;
  const texts = [...labels.drawn].flatMap(([id, box]) => {
    const n = drawn.get(id);
    if (!n) return [];
    const label = (sigma.getNodeDisplayData(id)?.label ?? graph.getNodeAttribute(id, 'label')) || '';
    return `<text class="label" data-id="${xmlText(id)}" x="${num(box.x + LABEL_GAP)}" y="${num(box.y + LABEL_GAP + size)}" ${paint('fill', n.labelColour)}>${xmlText(label)}</text>`;
  });
  // Laid out at the view's width and scaled with it, so caption and picture keep the page's proportions.
  const caption = layoutCaption(canvasMeasure(), input, graph, w);
  const total = height + Math.ceil(caption.height * scale);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${xmlText(CAPTION_FONT)}">`,
    `<title>${xmlText(input.title)}</title>`,
    `<rect width="${width}" height="${total}" fill="#ffffff"/>`,
    `<clipPath id="view"><rect width="${num(w)}" height="${num(h)}"/></clipPath>`,
    `<g id="graph" transform="scale(${scale})" clip-path="url(#view)">`,
    '<g id="shapes" stroke-linecap="round">',
    ...layers.flatMap((layer) => layer.map((x) => x.svg)),
    '</g>',
    // Labels with a light halo, as the page draws them (labels.ts): stroke under fill.
    `<g id="labels" font-size="${size}" font-weight="${xmlText(settings.labelWeight)}" stroke="${HALO}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">`,
    ...texts,
    '</g>',
    '</g>',
    `<g id="caption" transform="translate(0,${height}) scale(${scale})">`,
    captionSvg(caption.marks),
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
