/**
 * A document's candidates as the relations extraction gives: grouped by relation (source, type,
 * target), one evidence per sentence (its best candidate's), a relation's confidence its best
 * evidence's. Shared with the calibration study (scripts/eval/candidates.ts), which stores its
 * candidates as extraction would.
 */
import type { Candidate } from './relations';
import { relationKey } from './rollup';
import type { ExtractedEvidence, ExtractedRelation, ExtractionOptions } from './types';

export function toRelations(cands: readonly Candidate[], options: ExtractionOptions, documentId: string): ExtractedRelation[] {
  const byKey = new Map<string, ExtractedRelation>();
  for (const c of cands) {
    const key = relationKey(c.source, c.target, c.type);
    const ev: ExtractedEvidence = {
      document: documentId,
      quote: c.sentence.text,
      start: c.sentence.start,
      end: c.sentence.end,
      confidence: Math.round(c.confidence * 1000) / 1000,
      method: 'extracted',
      cue: c.cue,
      rule: c.rule,
      spans: c.spans,
      ...(options.date ? { date: options.date } : {}),
      ...(options.outlet ? { outlet: options.outlet } : {}),
    };
    let r = byKey.get(key);
    if (!r) {
      r = { id: `${c.source}-${c.type}-${c.target}`, source: c.source, target: c.target, type: c.type, confidence: 0, evidence: [] };
      byKey.set(key, r);
    }
    const same = r.evidence.findIndex((e) => e.start === ev.start);
    if (same < 0) r.evidence.push(ev);
    else if (r.evidence[same].confidence < ev.confidence) r.evidence[same] = ev;
    if (ev.confidence > r.confidence) {
      r.confidence = ev.confidence;
      if (c.between) r.between = c.between;
    }
    if (!r.between && c.between) r.between = c.between;
  }
  return [...byKey.values()].map((r) => ({ ...r, evidence: r.evidence.sort((a, b) => a.start - b.start) }));
}
