/**
 * Every candidate relation extraction makes on a corpus article, at any confidence, with what
 * extraction already knows of it (rule, cue, modality, how its ends were recognised, where it
 * stands) and whether the relation it reads is a gold relation of the article: the rows the
 * calibration study learns from (scripts/eval/calibrate.ts). Dev articles only: a test article is
 * refused, so the frozen split is never read.
 */
import type { Actor, ActorKind, RelationType } from '../../server/domain/types';
import { relationKey, toRelations, type Candidate, type DocumentAnalysis, type ExtractedRelation } from '../../server/extract';
import { REPORTING_VERBS } from '../../server/extract/cues';
import { lemmas } from '../../server/extract/lemma';
import type { CorpusArticle } from './corpus';
import { actorMapper, type Counts } from './score';
import { traceArticle } from './run';

/** How an end of a candidate was recognised. */
export type EndOrigin = 'gazetteer' | 'discovered' | 'referred';

/** What extraction knows of a candidate, beyond its confidence. */
export interface CandidateFeatures {
  type: RelationType;
  rule: string;
  cue: string;
  /** Confidence as the rules give it (modality and hedges included). */
  confidence: number;
  modality: Candidate['marks']['modality'];
  hedges: number;
  /** A gazetteer actor, one discovered in the text, or one only referred to (pronoun, role noun, the author's "we"). */
  sourceOrigin: EndOrigin;
  targetOrigin: EndOrigin;
  sourceKind: ActorKind | 'unknown';
  targetKind: ActorKind | 'unknown';
  /** Tokens between the starts of the two ends' mentions (-1 when an end is not named in the sentence). */
  distance: number;
  sentenceTokens: number;
  /** The cue stands inside quotation marks. */
  inQuotes: boolean;
  /** The sentence has a reporting verb ("said", "told", "according to"). */
  reported: boolean;
  /** Sentence index over the document's sentence count, in [0, 1). */
  position: number;
  /** Distinct sentences of the document with a candidate between the same two actors (any type). */
  pairSentences: number;
}

export interface LabelledCandidate {
  article: string;
  candidate: Candidate;
  features: CandidateFeatures;
  /** The relation it reads (mapped to gold names) is a gold relation of the article. */
  correct: boolean;
  /** The relation it reads as the eval counts it: its ends' gold names where they map to one, their ids otherwise. */
  scoredKey: string;
}

/** One article's candidates, with what scoring their relations needs. */
export interface ArticleCandidates {
  article: CorpusArticle;
  /** Every actor the candidates' ids may refer to. */
  known: ReadonlyMap<string, Actor>;
  rows: LabelledCandidate[];
  goldRelations: number;
}

const QUOTE_MARKS = new Set(['"', '“', '”']);
const REPORTING = new Set(REPORTING_VERBS);

function origin(id: string, span: [number, number], analysis: DocumentAnalysis, sentenceIndex: number): EndOrigin {
  const m = analysis.sentences[sentenceIndex].mentions.find((x) => x.actorId === id && x.start === span[0]);
  if (!m || m.via === 'pronoun') return 'referred';
  return analysis.provisional.has(id) || m.via === 'discovered' ? 'discovered' : 'gazetteer';
}

/** The features of one candidate in its document. */
function candidateFeatures(c: Candidate, analysis: DocumentAnalysis, pairSentences: number): CandidateFeatures {
  const s = analysis.sentences[c.sentence.index];
  const tokenAt = (offset: number): number => s.tokens.findIndex((t) => t.end > offset);
  const inside = (span: [number, number]): boolean => span[0] >= c.sentence.start && span[0] < c.sentence.end;
  const cueToken = tokenAt(c.spans.cue[0]);
  const marksBefore = s.tokens.slice(0, Math.max(0, cueToken)).filter((t) => QUOTE_MARKS.has(t.text)).length;
  return {
    type: c.type,
    rule: c.rule,
    cue: c.cue,
    confidence: c.confidence,
    modality: c.marks.modality,
    hedges: c.marks.hedges,
    sourceOrigin: origin(c.source, c.spans.source, analysis, c.sentence.index),
    targetOrigin: origin(c.target, c.spans.target, analysis, c.sentence.index),
    sourceKind: analysis.actors.get(c.source)?.kind ?? 'unknown',
    targetKind: analysis.actors.get(c.target)?.kind ?? 'unknown',
    distance: inside(c.spans.source) && inside(c.spans.target) ? Math.abs(tokenAt(c.spans.source[0]) - tokenAt(c.spans.target[0])) : -1,
    sentenceTokens: s.tokens.filter((t) => t.kind !== 'punct').length,
    inQuotes: marksBefore % 2 === 1,
    reported: s.tokens.some((t) => t.kind === 'word' && lemmas(t.norm).some((l) => REPORTING.has(l))) || /\baccording to\b/i.test(c.sentence.text),
    position: c.sentence.index / analysis.sentences.length,
    pairSentences,
  };
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Runs extraction on a dev article as the eval does and labels every candidate against its gold. */
export function labelArticle(article: CorpusArticle, gazetteer: readonly Actor[]): ArticleCandidates {
  const { gold } = article;
  if (gold.split !== 'dev') throw new Error(`${gold.id} is a ${gold.split} article: the calibration study reads dev articles only`);
  const { result, trace } = traceArticle(article, gazetteer);
  // Every actor the mentions name; the result's own records last (a discovered person's record there has its short-name alias).
  const known = new Map<string, Actor>([...gazetteer.map((a): [string, Actor] => [a.id, a]), ...trace.analysis.actors, ...[...result.referenceActors, ...result.provisionalActors].map((a): [string, Actor] => [a.id, a])]);
  const toGold = actorMapper(article, known);
  const goldKeys = new Set(gold.relations.map((r) => relationKey(r.source, r.target, r.type)));
  const pairs = new Map<string, Set<number>>();
  for (const c of trace.scored) {
    const k = pairKey(c.source, c.target);
    pairs.set(k, (pairs.get(k) ?? new Set()).add(c.sentence.index));
  }
  const rows = trace.scored.map((c): LabelledCandidate => {
    const s = toGold(c.source);
    const t = toGold(c.target);
    const scoredKey = relationKey(s ?? c.source, t ?? c.target, c.type);
    const correct = s !== undefined && t !== undefined && s !== t && goldKeys.has(scoredKey);
    return { article: gold.id, candidate: c, features: candidateFeatures(c, trace.analysis, pairs.get(pairKey(c.source, c.target))!.size), correct, scoredKey };
  });
  return { article, known, rows, goldRelations: goldKeys.size };
}

/**
 * The eval's counts (scripts/eval/score.ts) of the relations `storedRelations` keeps, without
 * building them: each relation kept counts once under its scored key, a gold one as found.
 */
export function storedCounts(a: ArticleCandidates, confidenceOf: (row: LabelledCandidate) => number, threshold: number): Counts {
  const best = new Map<string, { confidence: number; row: LabelledCandidate }>();
  for (const row of a.rows) {
    const c = row.candidate;
    const key = relationKey(c.source, c.target, c.type);
    const confidence = confidenceOf(row);
    if ((best.get(key)?.confidence ?? -1) < confidence) best.set(key, { confidence, row });
  }
  const found = new Map<string, boolean>();
  for (const { confidence, row } of best.values()) if (confidence >= threshold) found.set(row.scoredKey, row.correct);
  const tp = [...found.values()].filter(Boolean).length;
  return { tp, fp: found.size - tp, fn: a.goldRelations - tp };
}

/**
 * The relations extraction would store when each candidate's confidence is `confidenceOf(row)`:
 * the candidates at or above `threshold` (the ingest's threshold), grouped as extraction groups
 * them (server/extract/to-relations.ts).
 */
export function storedRelations(a: ArticleCandidates, confidenceOf: (row: LabelledCandidate) => number, threshold: number): ExtractedRelation[] {
  const kept = a.rows.flatMap((row): Candidate[] => {
    const confidence = confidenceOf(row);
    return confidence >= threshold ? [{ ...row.candidate, confidence }] : [];
  });
  return toRelations(kept, {}, a.article.gold.id);
}
