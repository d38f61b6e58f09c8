/**
 * `npm run calibrate`: does a confidence measured on the dev split store more right relations than
 * the one the rules give? Labels every candidate of every dev article (scripts/eval/candidates.ts),
 * then, for each part of dev (ids' prefix: b-, d-, e-, g-, …), fits a calibration on the other
 * parts, chooses its storing threshold on those parts only (best F1 there), and scores the held-out
 * part: today's stored set (the rules' confidence ≥ MIN_STORED_CONFIDENCE) against the calibrated
 * one, with the eval's scoring (scripts/eval/score.ts). Pooled over parts, that is an estimate of
 * how the calibration does on text it was not fitted on. The test split is never read.
 *
 * Usage: ts-node --transpile-only scripts/eval/calibrate.ts [--json]
 */
import { MIN_STORED_CONFIDENCE } from '../../server/ingest/plan';
import { readCorpus } from './corpus';
import { labelArticle, storedCounts, storedRelations, type ArticleCandidates, type LabelledCandidate } from './candidates';
import { fitTable, tableConfidence } from './calibration-table';
import { fitLogistic, logisticConfidence } from './calibration-logistic';
import { freshGazetteer } from './run';
import { fBeta, rates, scoreArticle, type Counts } from './score';

/** An article's part: its id up to the first hyphen (as the eval's per-part table). */
const partOf = (id: string): string => id.split('-')[0];

/** Prior strength of the table's Beta priors: fixed before any held-out score was seen. */
const PRIOR_STRENGTH = 5;
/** Penalty of the logistic regression: fixed before any held-out score was seen. */
const PENALTY = 1;
/** Thresholds tried on the training parts. */
const THRESHOLDS = Array.from({ length: 95 }, (_, i) => Math.round((0.05 + i * 0.01) * 100) / 100);

type ConfidenceOf = (row: LabelledCandidate) => number;

/** Today's confidence, rounded as extraction stores it. */
const rulesConfidence: ConfidenceOf = (row) => Math.round(row.candidate.confidence * 1000) / 1000;

const sumCounts = (cs: readonly Counts[]): Counts => cs.reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });

const countsOf = (articles: readonly ArticleCandidates[], confidenceOf: ConfidenceOf, threshold: number): Counts =>
  sumCounts(articles.map((a) => storedCounts(a, confidenceOf, threshold)));

/** The short count agrees with the eval's own scoring on today's stored set, article by article. */
function checkCounts(articles: readonly ArticleCandidates[]): void {
  for (const a of articles) {
    const fast = storedCounts(a, rulesConfidence, MIN_STORED_CONFIDENCE);
    const full = scoreArticle(a.article, storedRelations(a, rulesConfidence, MIN_STORED_CONFIDENCE), a.known).counts.overall;
    if (fast.tp !== full.tp || fast.fp !== full.fp || fast.fn !== full.fn) throw new Error(`${a.article.gold.id}: counts ${JSON.stringify(fast)} differ from the eval's ${JSON.stringify(full)}`);
  }
}

const rowsOf = (articles: readonly ArticleCandidates[]) => articles.flatMap((a) => a.rows);

/** The threshold with the best F-measure on `articles` (ties: the higher threshold, which stores less). */
function chooseThreshold(articles: readonly ArticleCandidates[], confidenceOf: ConfidenceOf, beta: number): number {
  // Each row's confidence once, not once per threshold tried (a fitted model's costs two maps a row).
  const confidences = new Map(rowsOf(articles).map((r) => [r, confidenceOf(r)]));
  const known: ConfidenceOf = (r) => confidences.get(r) as number;
  let best = { threshold: THRESHOLDS[0], f: -1 };
  for (const t of THRESHOLDS) {
    const f = fBeta(countsOf(articles, known, t), beta);
    if (f >= best.f) best = { threshold: t, f };
  }
  return best.threshold;
}

interface Method {
  name: string;
  /** Fitted on the training articles: the confidence it gives and the threshold chosen there. */
  fit(train: readonly ArticleCandidates[]): { confidenceOf: ConfidenceOf; threshold: number };
}

/** The calibrations compared, each with its threshold chosen for F1 and for F0.5 (precision first). */
export const METHODS: readonly Method[] = [
  { name: `today (rules, >= ${MIN_STORED_CONFIDENCE})`, fit: () => ({ confidenceOf: rulesConfidence, threshold: MIN_STORED_CONFIDENCE }) },
  ...[1, 0.5].flatMap((beta): Method[] => [
    { name: `rules, threshold for F${beta}`, fit: (train) => ({ confidenceOf: rulesConfidence, threshold: chooseThreshold(train, rulesConfidence, beta) }) },
    {
      name: `table rule/cue, threshold for F${beta}`,
      fit: (train) => {
        const table = fitTable(rowsOf(train), PRIOR_STRENGTH);
        const confidenceOf: ConfidenceOf = (row) => tableConfidence(table, row.features);
        return { confidenceOf, threshold: chooseThreshold(train, confidenceOf, beta) };
      },
    },
    {
      name: `logistic, threshold for F${beta}`,
      fit: (train) => {
        const model = fitLogistic(rowsOf(train), PENALTY);
        const confidenceOf: ConfidenceOf = (row) => logisticConfidence(model, row.features);
        return { confidenceOf, threshold: chooseThreshold(train, confidenceOf, beta) };
      },
    },
  ]),
];

interface PartResult {
  part: string;
  articles: number;
  method: string;
  threshold: number;
  counts: Counts;
  /** Each relation the held-out part's candidates read (as the eval counts it): its best confidence, and whether it is gold. */
  relations: { confidence: number; correct: boolean }[];
}

/** The held-out relations' confidences and labels: a relation's confidence is its best candidate's. */
function scoredRelations(articles: readonly ArticleCandidates[], confidenceOf: ConfidenceOf): PartResult['relations'] {
  return articles.flatMap((a) => {
    const best = new Map<string, { confidence: number; correct: boolean }>();
    for (const row of a.rows) {
      const confidence = confidenceOf(row);
      if ((best.get(row.scoredKey)?.confidence ?? -1) < confidence) best.set(row.scoredKey, { confidence, correct: row.correct });
    }
    return [...best.values()];
  });
}

/**
 * Area under the ROC curve: the chance that a gold relation has a higher confidence than a wrong
 * one (ties count half); how well a confidence ranks, whatever the threshold. NaN without both kinds.
 */
export function rocArea(relations: readonly { confidence: number; correct: boolean }[]): number {
  const right = relations.filter((r) => r.correct).map((r) => r.confidence);
  const wrong = relations.filter((r) => !r.correct).map((r) => r.confidence);
  let wins = 0;
  for (const x of right) for (const y of wrong) wins += x > y ? 1 : x === y ? 0.5 : 0;
  return wins / (right.length * wrong.length);
}

export function crossValidate(all: readonly ArticleCandidates[], methods: readonly Method[] = METHODS): PartResult[] {
  const parts = [...new Set(all.map((a) => partOf(a.article.gold.id)))].sort();
  const out: PartResult[] = [];
  for (const part of parts) {
    const held = all.filter((a) => partOf(a.article.gold.id) === part);
    const train = all.filter((a) => partOf(a.article.gold.id) !== part);
    for (const m of methods) {
      const { confidenceOf, threshold } = m.fit(train);
      out.push({ part, articles: held.length, method: m.name, threshold, counts: countsOf(held, confidenceOf, threshold), relations: scoredRelations(held, confidenceOf) });
    }
  }
  return out;
}

const num = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : 'n/a').padStart(6);

function report(results: readonly PartResult[]): string {
  const lines = ['part    articles  method                               thr    tp   fp   fn  precision  recall     F1'];
  for (const r of results) {
    const q = rates(r.counts);
    lines.push(`${r.part.padEnd(8)}${String(r.articles).padStart(8)}  ${r.method.padEnd(35)}${r.threshold.toFixed(2).padStart(5)}${String(r.counts.tp).padStart(6)}${String(r.counts.fp).padStart(5)}${String(r.counts.fn).padStart(5)}     ${num(q.precision)}  ${num(q.recall)} ${num(q.f1)}`);
  }
  lines.push('', 'pooled over the held-out parts (ROC area: how well the confidence ranks the relations the candidates read, gold above wrong):');
  for (const m of [...new Set(results.map((r) => r.method))]) {
    const own = results.filter((r) => r.method === m);
    const c = sumCounts(own.map((r) => r.counts));
    const q = rates(c);
    lines.push(`  ${m.padEnd(35)}  tp ${c.tp}  fp ${c.fp}  fn ${c.fn}  precision ${num(q.precision)}  recall ${num(q.recall)}  F1 ${num(q.f1)}  ROC area ${num(rocArea(own.flatMap((r) => r.relations)))}`);
  }
  return lines.join('\n');
}

/** A wrong option or a corpus with problems: told on stderr, exit status 2. */
class UsageError extends Error {}

/** Candidates and their precision per rule on the whole dev split (the table's rule level). */
function rulesText(rows: readonly LabelledCandidate[]): string {
  const table = fitTable(rows, PRIOR_STRENGTH);
  const lines = ['', `Candidates per rule on the dev split (stated as facts; precision shrunk toward the type's with a prior of ${PRIOR_STRENGTH}):`, `${'rule'.padEnd(30)}candidates  correct  precision`];
  for (const [rule, e] of [...table.rules].sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))) {
    lines.push(`${rule.padEnd(30)}${String(e.total).padStart(10)}${String(e.correct).padStart(9)}  ${num(e.precision)}`);
  }
  const nonFacts = rows.filter((r) => r.features.modality !== 'fact');
  lines.push(`not stated as facts (modality)${String(nonFacts.length).padStart(10)}${String(nonFacts.filter((r) => r.correct).length).padStart(9)}`);
  return lines.join('\n');
}

function main(argv: readonly string[]): void {
  const json = argv.includes('--json');
  const unknown = argv.filter((a) => a !== '--json');
  if (unknown.length) throw new UsageError(`unknown option ${unknown[0]} (usage: npm run calibrate -- [--json])`);
  const corpus = readCorpus();
  if (corpus.problems.length) throw new UsageError(`the corpus has problems:\n  ${corpus.problems.join('\n  ')}`);
  const gazetteer = freshGazetteer();
  const dev = corpus.articles.filter((a) => a.gold.split === 'dev').map((a) => labelArticle(a, gazetteer));
  checkCounts(dev);
  const rows = dev.flatMap((a) => a.rows);
  const results = crossValidate(dev);
  if (json) {
    const candidates = rows.map((r) => ({ article: r.article, correct: r.correct, ...r.features }));
    const parts = results.map((r) => ({ ...r, relations: undefined, rocArea: rocArea(r.relations) }));
    console.log(JSON.stringify({ articles: dev.length, priorStrength: PRIOR_STRENGTH, penalty: PENALTY, results: parts, candidates }, null, 2));
    return;
  }
  console.log(`${dev.length} dev articles, ${rows.length} candidates at any confidence (${rows.filter((r) => r.correct).length} reading a gold relation)`);
  const today = countsOf(dev, rulesConfidence, MIN_STORED_CONFIDENCE);
  console.log(`today's stored set on the whole dev split: tp ${today.tp} fp ${today.fp} fn ${today.fn} (the eval's figures, checked article by article)`);
  console.log(rulesText(rows));
  console.log('\nLeave-one-part-out: each part scored by a calibration and a threshold fitted on the other parts\n');
  console.log(report(results));
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(e.message);
    process.exit(2);
  }
}
