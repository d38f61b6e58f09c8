/** Test helpers: relations of a text as readable triples. */
import type { Actor } from '../../server/domain/types';
import { extractRelations } from '../../server/extract';
import type { ExtractedRelation, ExtractionOptions } from '../../server/extract/types';
import { GAZETTEER } from './fixtures';

/** "source type target"; negotiates written with its two ends sorted (it is symmetric). */
export function tripleOf(r: Pick<ExtractedRelation, 'source' | 'target' | 'type'>): string {
  const [a, b] = r.type === 'negotiates' && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
  return `${a} ${r.type} ${b}`;
}

export function relations(text: string, options: ExtractionOptions = {}, gazetteer: Actor[] = GAZETTEER): ExtractedRelation[] {
  return extractRelations(text, gazetteer, { documentId: 'doc', ...options }).relations;
}

/** Sorted triples of a text. */
export function triples(text: string, options: ExtractionOptions = {}, gazetteer: Actor[] = GAZETTEER): string[] {
  return [...new Set(relations(text, options, gazetteer).map(tripleOf))].sort();
}

/** Confidence of one triple, or 0 when not extracted. */
export function confidenceOf(text: string, triple: string, options: ExtractionOptions = {}): number {
  return relations(text, { minConfidence: 0, ...options }).find((r) => tripleOf(r) === triple)?.confidence ?? 0;
}

/** An extracted relation with one evidence item, for tests of the functions that merge relations. */
export function extracted(r: {
  source: string;
  target: string;
  type: ExtractedRelation['type'];
  between?: [string, string];
  document?: string;
  quote?: string;
  start?: number;
  confidence?: number;
}): ExtractedRelation {
  const quote = r.quote ?? 'q';
  const start = r.start ?? 10;
  return {
    id: `${r.source}-${r.type}-${r.target}`,
    source: r.source,
    target: r.target,
    type: r.type,
    between: r.between,
    confidence: r.confidence ?? 0.5,
    evidence: [{ document: r.document ?? 'd', quote, start, end: start + quote.length, confidence: 0.5, method: 'extracted', cue: 'c', rule: `${r.type}.verb`, spans: { cue: [start, start], source: [start, start], target: [start, start] } }],
  };
}
