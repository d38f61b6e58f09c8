/**
 * Runs extraction on corpus articles as a fresh user's store would: the bundled gazetteer
 * (data/actors.json; extraction adds the states and bodies of its reference gazetteer), the
 * article's title and outlet (as an ingest request gives them), the article's text as the ingest path hands it to extraction (normalised from its detected format:
 * server/ingest/normalise), and only the relations the ingest would store (confidence ≥
 * MIN_STORED_CONFIDENCE).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Actor } from '../../server/domain/types';
import { extractRelations, traceExtraction } from '../../server/extract';
import { normaliseText } from '../../server/ingest/normalise';
import { MIN_STORED_CONFIDENCE } from '../../server/ingest/plan';
import { ROOT, type Corpus, type CorpusArticle, type Split } from './corpus';
import { diagnoseArticle, type ArticleDiagnosis } from './diagnose';
import { scoreArticle, type ArticleScore } from './score';

export const BUNDLED_ACTORS = path.join(ROOT, 'data', 'actors.json');

/** The actors a fresh store starts with. */
export function freshGazetteer(): Actor[] {
  return JSON.parse(fs.readFileSync(BUNDLED_ACTORS, 'utf8')) as Actor[];
}

export interface ArticleResult {
  id: string;
  split: Split;
  conflict: string;
  goldRelations: number;
  score: ArticleScore;
  /** Where each miss was lost and which rule made each false alarm (only when asked for: dev articles). */
  diagnosis?: ArticleDiagnosis;
}

/** What an ingest hands extraction for an article: its text normalised, its id, date, outlet and title. */
function articleInput(article: CorpusArticle): { text: string; options: Parameters<typeof extractRelations>[2] } {
  const { gold } = article;
  return { text: normaliseText(article.raw).text, options: { documentId: gold.id, date: gold.date, outlet: gold.outlet, title: gold.title } };
}

/** One article extracted with its trace (for diagnosis: the trace reads every sentence in both passes). */
export function traceArticle(article: CorpusArticle, gazetteer: readonly Actor[]): { text: string } & ReturnType<typeof traceExtraction> {
  const { text, options } = articleInput(article);
  return { text, ...traceExtraction(text, gazetteer, options) };
}

/**
 * Extracts and scores one article, diagnosing its differences when asked. The score is of what an
 * ingest gets (`extractRelations`, whose second pass reuses sentences the first read alike), never
 * of the trace's result, so the figures are the product's even if the two paths ever part.
 */
export function runArticle(article: CorpusArticle, gazetteer: readonly Actor[], diagnose = false): ArticleResult {
  const { gold } = article;
  const { text, options } = articleInput(article);
  const result = extractRelations(text, gazetteer, options);
  const stored = result.relations.filter((r) => r.confidence >= MIN_STORED_CONFIDENCE);
  for (const r of stored) {
    for (const e of r.evidence) if (text.slice(e.start, e.end) !== e.quote) throw new Error(`${gold.id}: offsets of ${r.id} do not match its quote`);
  }
  const known = new Map<string, Actor>([...gazetteer, ...result.referenceActors, ...result.provisionalActors].map((a) => [a.id, a]));
  const score = scoreArticle(article, stored, known);
  const out: ArticleResult = { id: gold.id, split: gold.split, conflict: gold.conflict, goldRelations: gold.relations.length, score };
  if (!diagnose) return out;
  const { trace } = traceExtraction(text, gazetteer, options);
  // Every actor the document's mentions may name, provisional ones no relation used included.
  const everyone = new Map<string, Actor>([...known, ...trace.analysis.actors]);
  return { ...out, diagnosis: diagnoseArticle(article, score.differences, trace, everyone) };
}

/** Extracts and scores every article of the corpus that `keep` accepts (diagnosing them when asked). */
export function runCorpus(corpus: Corpus, gazetteer: readonly Actor[], keep: (a: CorpusArticle) => boolean = () => true, diagnose = false): ArticleResult[] {
  return corpus.articles.filter(keep).map((a) => runArticle(a, gazetteer, diagnose));
}
