/**
 * Corroboration across documents: one relation per (source, target, type), weighted by the
 * number of distinct documents reporting it. A sentence repeated verbatim in another document
 * (wire copy, syndication) is one report, so it does not add weight.
 */
import { fold } from './normalize';
import { relationKey } from './rollup';
import type { CorroboratedRelation, ExtractedEvidence, ExtractedRelation } from './types';

/** Quote text compared across documents: case, diacritics, quote marks and spacing folded. */
function quoteKey(quote: string): string {
  return fold(quote)
    .replace(/[“”«»„"]/g, '"')
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function evidenceKey(e: ExtractedEvidence): string {
  return `${e.document}\u0000${e.start}\u0000${e.end}`;
}

function samePair(a: [string, string], b: [string, string]): boolean {
  return (a[0] === b[0] && a[1] === b[1]) || (a[0] === b[1] && a[1] === b[0]);
}

/** Merges relations from several documents (e.g. every `ExtractionResult.relations`). */
export function corroborate(relations: readonly ExtractedRelation[]): CorroboratedRelation[] {
  const groups = new Map<string, ExtractedRelation[]>();
  for (const r of relations) {
    const key = relationKey(r.source, r.target, r.type);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const out: CorroboratedRelation[] = [];
  for (const rs of groups.values()) {
    const byKey = new Map<string, ExtractedEvidence>();
    for (const e of rs.flatMap((r) => r.evidence)) {
      const prev = byKey.get(evidenceKey(e));
      if (!prev || e.confidence > prev.confidence) byKey.set(evidenceKey(e), e);
    }
    const evidence = [...byKey.values()];
    evidence.sort((a, b) => a.document.localeCompare(b.document) || a.start - b.start);
    // Count a document only for a quote not already counted from another document.
    const seenQuotes = new Set<string>();
    const documents = new Set<string>();
    let miss = 1;
    for (const e of evidence) {
      const q = quoteKey(e.quote);
      if (seenQuotes.has(q)) continue;
      seenQuotes.add(q);
      documents.add(e.document);
      miss *= 1 - e.confidence;
    }
    const betweens: [string, string][] = [];
    for (const r of rs) if (r.between && !betweens.some((b) => samePair(b, r.between!))) betweens.push(r.between);
    const first = rs[0];
    out.push({
      ...first,
      id: `${first.source}-${first.type}-${first.target}`,
      confidence: Math.round((1 - miss) * 1000) / 1000,
      evidence,
      weight: documents.size,
      ...(betweens.length ? { between: betweens[0], betweens } : {}),
    });
  }
  return out.sort((a, b) => b.weight - a.weight || b.confidence - a.confidence || a.id.localeCompare(b.id));
}
