/**
 * Plans an ingest (pure): runs extraction on the new document against the current actors and turns
 * the result into a change set for the store plus a report of what would be added.
 */
import { createHash } from 'node:crypto';
import { normalizeName, truncateText } from '../domain/names';
import { slugify } from '../domain/slug';
import type { Actor, Dataset, EvidenceReading, RelationType, SourceDocument } from '../domain/types';
import { summaryOf } from '../domain/types';
import { edgeKey } from '../graph/build';
import type { ChangeSet, RelationEvidence } from '../domain/change';
import { rejectedSentences, sentenceKey } from '../curation/rejected-memory';
import type { ExtractedEvidence, ExtractionResult, Gazetteer, RelationSpans } from '../extract/types';
import { DatasetIndex } from '../model/dataset-index';
import type { DocumentInput } from './input';

/** The extraction step, injected: in a worker thread on the server, in-process elsewhere. */
export type Extractor = (text: string, gazetteer: Gazetteer, options: ExtractOptions) => Promise<ExtractionResult>;

export interface ExtractOptions {
  documentId: string;
  date: string;
  outlet: string;
}

export interface ReportedActor {
  id: string;
  name: string;
  kind: Actor['kind'];
  provisional: boolean;
  status: 'new' | 'matched';
}

export interface ReportedRelation {
  source: string;
  target: string;
  type: RelationType;
  between?: [string, string];
  status: 'new' | 'corroborated';
  confidence: number;
  quote: string;
  start: number;
  end: number;
  /** How extraction read it: cue phrase, rule, and document offsets of cue, source and target. */
  cue: string;
  rule: string;
  spans: RelationSpans;
}

export interface IngestReport {
  dryRun: boolean;
  /** True when a document with exactly this text is already stored: nothing was added. */
  duplicate: boolean;
  document: Omit<SourceDocument, 'text'>;
  /** A stored document this one republishes (same story, other headline or byline): see near-duplicates.ts. */
  nearDuplicateOf?: string;
  actors: ReportedActor[];
  relations: ReportedRelation[];
}

export interface IngestPlan {
  change: ChangeSet;
  report: IngestReport;
}

/** Relations below this confidence are reported by extraction but not stored. */
export const MIN_STORED_CONFIDENCE = 0.35;

/** Characters of the outlet's slug in a document id. */
const OUTLET_SLUG_MAX = 40;

/** A stable id: date, outlet and a hash of the text, so the same article always gets the same id. */
export function documentId(input: DocumentInput): string {
  const hash = createHash('sha256').update(input.text, 'utf8').digest('hex').slice(0, 10);
  return `${input.date}-${slugify(input.outlet, OUTLET_SLUG_MAX) || 'source'}-${hash}`;
}

/** What a document whose first words show nothing is called. */
const UNTITLED = 'Untitled';

/** The title given, or the text's first words, in the form of a given one (input.ts) and cut between characters, never inside a surrogate pair. */
function titleOf(input: DocumentInput): string {
  if (input.title) return input.title;
  const words = normalizeName(input.text.trim().split(/\s+/, 10).join(' '));
  // First words of nothing but controls or format characters leave no title to show.
  if (!words) return UNTITLED;
  return words.length > 120 ? `${truncateText(words, 117)}...` : words;
}

/** The document record an input becomes. */
export function documentFor(input: DocumentInput): SourceDocument {
  return {
    id: documentId(input),
    title: titleOf(input),
    outlet: input.outlet,
    date: input.date,
    ...(input.url ? { url: input.url } : {}),
    text: input.text,
  };
}

/** How extraction read a quote, as stored with it: the cue as the quote writes it (extraction names it by its listed form). */
function storedReading(text: string, e: ExtractedEvidence): EvidenceReading {
  const { cue, source, target } = e.spans;
  // An end read from an earlier sentence has an empty span in the quote: it is stored without one.
  const named = (span: [number, number] | undefined): span is [number, number] => span !== undefined && span[0] < span[1];
  const spans = { cue, ...(named(source) ? { source } : {}), ...(named(target) ? { target } : {}) };
  return { rule: e.rule, cue: text.slice(...cue), spans };
}

/** Turns an extraction result into the change set and report (pure); `index`: the dataset's, when the caller keeps one. */
export function planIngest(dataset: Dataset, document: SourceDocument, result: ExtractionResult, dryRun: boolean, index = new DatasetIndex(dataset)): IngestPlan {
  const known = index.actors;
  const newActors = new Map<string, Actor>();
  const relations: RelationEvidence[] = [];
  const reported: ReportedRelation[] = [];
  const involved = new Set<string>();
  // Sentences behind relations a curator rejected do not bring them back.
  const rejected = rejectedSentences(dataset.curation?.rejected ?? []);

  for (const r of result.relations) {
    if (r.confidence < MIN_STORED_CONFIDENCE) continue;
    const evidence = r.evidence.filter((e) => !rejected.has(sentenceKey(r.type, r.source, r.target, e.quote)));
    if (!evidence.length) continue;
    for (const id of [r.source, r.target]) {
      involved.add(id);
      if (!known.has(id) && !newActors.has(id)) {
        const p = result.provisionalActors.find((a) => a.id === id);
        const ref = result.referenceActors.find((a) => a.id === id);
        if (p) newActors.set(id, { ...p, provisional: true });
        // A state or international body from the reference gazetteer is no guess: not provisional.
        else if (ref) newActors.set(id, { ...ref });
      }
    }
    if (!(known.has(r.source) || newActors.has(r.source)) || !(known.has(r.target) || newActors.has(r.target))) continue;
    const status = index.relationsByEdge.has(edgeKey(r.type, r.source, r.target)) ? 'corroborated' : 'new';
    for (const e of evidence) {
      relations.push({
        source: r.source,
        target: r.target,
        type: r.type,
        ...(r.between ? { between: r.between } : {}),
        evidence: { document: document.id, quote: e.quote, start: e.start, confidence: e.confidence, method: 'extracted', ...storedReading(document.text, e) },
      });
      reported.push({
        source: r.source,
        target: r.target,
        type: r.type,
        ...(r.between ? { between: r.between } : {}),
        status,
        confidence: e.confidence,
        quote: e.quote,
        start: e.start,
        end: e.end,
        cue: e.cue,
        rule: e.rule,
        spans: e.spans,
      });
    }
  }

  const actors: ReportedActor[] = [...involved]
    .filter((id) => known.has(id) || newActors.has(id))
    .sort()
    .map((id) => {
      const a = (known.get(id) ?? newActors.get(id)) as Actor;
      return { id, name: a.name, kind: a.kind, provisional: a.provisional ?? false, status: known.has(id) ? 'matched' : 'new' };
    });
  const meta = summaryOf(document);
  return {
    change: { document, actors: [...newActors.values()], relations },
    report: { dryRun, duplicate: false, document: meta, actors, relations: reported },
  };
}
