/**
 * `npm run calibrate`: candidates labelled against gold with their features, the eval's counts
 * reproduced, the two calibrations (precision table, logistic regression) and leave-one-part-out
 * cross-validation whose thresholds never see the held-out part. Made-up sentences and rows only.
 */
import type { CorpusArticle, GoldRelation } from '../scripts/eval/corpus';
import { madeUpArticle } from './helpers/made-up-article';
import { labelArticle, storedCounts, storedRelations, type CandidateFeatures } from '../scripts/eval/candidates';
import { fitTable, tableConfidence, type TrainingRow } from '../scripts/eval/calibration-table';
import { fitLogistic, logisticConfidence } from '../scripts/eval/calibration-logistic';
import { crossValidate, METHODS, rocArea } from '../scripts/eval/calibrate';
import { freshGazetteer } from '../scripts/eval/run';
import { scoreArticle } from '../scripts/eval/score';
import { MIN_STORED_CONFIDENCE } from '../server/ingest/plan';

const TEXT = 'Peru condemned Bolivia on Monday.\nChile could hold talks with Peru next year, officials said.\nPeru and Chile signed a deal.';

const article = (id: string, relations: GoldRelation[], split: 'dev' | 'test' = 'dev', text = TEXT): CorpusArticle =>
  madeUpArticle({ id, text, relations, split, actors: ['Peru', 'Bolivia', 'Chile'] });

const rel = (source: string, target: string, type: GoldRelation['type'], quote: string): GoldRelation => ({ source, target, type, quotes: [quote] });
const PERU_BOLIVIA = rel('Peru', 'Bolivia', 'opposes', 'Peru condemned Bolivia on Monday.');
const gazetteer = freshGazetteer();

describe('labelled candidates', () => {
  test('every candidate, under the threshold too, with its rule, modality and label', () => {
    const { rows } = labelArticle(article('p-one', [PERU_BOLIVIA]), gazetteer);
    const condemned = rows.find((r) => r.features.type === 'opposes')!;
    expect(condemned.correct).toBe(true);
    expect(condemned.features).toMatchObject({ rule: 'opposes.verb', cue: 'condemn', modality: 'fact', sourceOrigin: 'gazetteer', targetOrigin: 'gazetteer', sourceKind: 'state', distance: 2, inQuotes: false });
    const talks = rows.find((r) => r.features.modality === 'hypothetical')!;
    expect(talks.candidate.confidence).toBeLessThan(0.35);
    expect(talks.correct).toBe(false);
    expect(talks.features.reported).toBe(true);
    // Chile and Peru are named together in two sentences.
    expect(talks.features.pairSentences).toBe(2);
  });

  test('a test article is refused', () => {
    expect(() => labelArticle(article('p-one', [PERU_BOLIVIA], 'test'), gazetteer)).toThrow(/p-one is a test article/);
  });

  test("the short count gives the eval's counts at any threshold", () => {
    const a = labelArticle(article('p-one', [PERU_BOLIVIA, rel('Chile', 'Peru', 'negotiates', 'Peru and Chile signed a deal.')]), gazetteer);
    for (const threshold of [0.1, 0.35, 0.8, 0.95]) {
      const full = scoreArticle(a.article, storedRelations(a, (r) => r.candidate.confidence, threshold), a.known).counts.overall;
      expect(storedCounts(a, (r) => r.candidate.confidence, threshold)).toEqual(full);
    }
  });
});

const features = (over: Partial<CandidateFeatures>): CandidateFeatures => ({
  type: 'opposes',
  rule: 'opposes.verb',
  cue: 'condemn',
  confidence: 0.9,
  modality: 'fact',
  hedges: 0,
  sourceOrigin: 'gazetteer',
  targetOrigin: 'gazetteer',
  sourceKind: 'state',
  targetKind: 'state',
  distance: 2,
  sentenceTokens: 10,
  inQuotes: false,
  reported: false,
  position: 0,
  pairSentences: 1,
  ...over,
});

const repeat = (n: number, f: Partial<CandidateFeatures>, correct: (i: number) => boolean): TrainingRow[] => Array.from({ length: n }, (_, i) => ({ features: features(f), correct: correct(i) }));

describe('precision table', () => {
  const rows = [...repeat(40, { rule: 'opposes.verb' }, () => true), ...repeat(20, { rule: 'opposes.mutual', cue: 'tension' }, (i) => i < 2)];
  const table = fitTable(rows, 5);

  test('a rule with poor precision scores under one with good precision, shrunk toward its type', () => {
    const poor = tableConfidence(table, features({ rule: 'opposes.mutual', cue: 'tension' }));
    expect(poor).toBeLessThan(0.35);
    expect(poor).toBeGreaterThan(2 / 20);
    expect(tableConfidence(table, features({}))).toBeGreaterThan(0.9);
  });

  test('an unknown cue falls back to its rule, an unknown rule to its type', () => {
    expect(tableConfidence(table, features({ rule: 'opposes.mutual', cue: 'rivalry' }))).toBeCloseTo(table.rules.get('opposes.mutual')!.precision);
    expect(tableConfidence(table, features({ rule: 'opposes.newRule', cue: 'scold' }))).toBeCloseTo(table.types.get('opposes')!.precision);
  });

  test('a non-fact keeps 0.3 and a hedge takes a fifth off', () => {
    const fact = tableConfidence(table, features({}));
    expect(tableConfidence(table, features({ modality: 'obligation' }))).toBeCloseTo(fact * 0.3);
    expect(tableConfidence(table, features({ hedges: 1 }))).toBeCloseTo(fact * 0.8);
  });
});

describe('logistic regression', () => {
  const rows = [...repeat(30, {}, () => true), ...repeat(30, { inQuotes: true }, (i) => i < 3)];

  test('learns what separates right from wrong, the same weights every time', () => {
    const model = fitLogistic(rows, 1, 500);
    expect(logisticConfidence(model, features({ inQuotes: true }))).toBeLessThan(0.3);
    expect(logisticConfidence(model, features({}))).toBeGreaterThan(0.8);
    expect(fitLogistic(rows, 1, 500).weights).toEqual(model.weights);
  });
});

describe('leave-one-part-out cross-validation', () => {
  const part = (prefix: string, relations: GoldRelation[]) => labelArticle(article(`${prefix}-one`, relations), gazetteer);

  test('each part is scored by a calibration fitted on the others; its own gold never moves its threshold', () => {
    const right = [part('p', [PERU_BOLIVIA]), part('q', [PERU_BOLIVIA]), part('r', [PERU_BOLIVIA])];
    const results = crossValidate(right);
    expect(new Set(results.map((r) => r.part))).toEqual(new Set(['p', 'q', 'r']));
    expect(results.filter((r) => r.part === 'p')).toHaveLength(METHODS.length);
    const today = results.find((r) => r.part === 'p' && r.method.startsWith('today'))!;
    expect(today.counts).toEqual(storedCounts(right[0], (r) => r.candidate.confidence, MIN_STORED_CONFIDENCE));
    // Part p's gold changed: its scores may change, the thresholds chosen for it may not.
    const changed = crossValidate([part('p', []), right[1], right[2]]);
    const thresholds = (rs: typeof results) => rs.filter((r) => r.part === 'p').map((r) => r.threshold);
    expect(thresholds(changed)).toEqual(thresholds(results));
    expect(changed.find((r) => r.part === 'p' && r.method.startsWith('today'))!.counts.tp).toBe(0);
  });
});

describe('ROC area', () => {
  const rel = (confidence: number, correct: boolean) => ({ confidence, correct });
  test('1 when every gold relation ranks above every wrong one, 0 reversed, ties half', () => {
    expect(rocArea([rel(0.9, true), rel(0.8, true), rel(0.2, false)])).toBe(1);
    expect(rocArea([rel(0.1, true), rel(0.8, false)])).toBe(0);
    expect(rocArea([rel(0.5, true), rel(0.5, false), rel(0.9, true), rel(0.1, false)])).toBe(0.875);
  });
});
