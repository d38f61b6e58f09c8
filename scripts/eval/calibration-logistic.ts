/**
 * A small L2-penalised logistic regression over a candidate's features (scripts/eval/candidates.ts),
 * the second calibration the study compares. Written here because the maintained npm package for it,
 * `ml-logistic-regression` 2.0.0, has no penalty (its options are the number of steps and the
 * learning rate) and answers classes, not probabilities: with one indicator per rule and cue, an
 * unpenalised fit runs off on the rare ones. Full-batch gradient descent from zero weights, so the
 * same rows always give the same weights.
 */
import type { CandidateFeatures } from './candidates';
import type { TrainingRow } from './calibration-table';

/** Indicators and numbers of one candidate (indicator names carry their value: `rule=opposes.verb`). */
function rawFeatures(f: CandidateFeatures): Map<string, number> {
  const x = new Map<string, number>();
  const on = (name: string): void => void x.set(name, 1);
  on(`type=${f.type}`);
  on(`rule=${f.rule}`);
  on(`cue=${f.rule}|${f.cue}`);
  on(`modality=${f.modality}`);
  on(`source=${f.sourceOrigin}`);
  on(`target=${f.targetOrigin}`);
  on(`kinds=${f.sourceKind}/${f.targetKind}`);
  if (f.inQuotes) on('inQuotes');
  if (f.reported) on('reported');
  if (f.distance < 0) on('endOutsideSentence');
  x.set('confidence', f.confidence);
  x.set('hedges', f.hedges);
  x.set('logDistance', Math.log1p(Math.max(0, f.distance)));
  x.set('logSentenceTokens', Math.log1p(f.sentenceTokens));
  x.set('position', f.position);
  x.set('logPairSentences', Math.log(f.pairSentences));
  return x;
}

export interface LogisticModel {
  /** Numeric features' means and deviations on the training rows (indicators are left as 0/1). */
  scale: Map<string, [number, number]>;
  weights: Map<string, number>;
  bias: number;
}

const NUMERIC = ['confidence', 'hedges', 'logDistance', 'logSentenceTokens', 'position', 'logPairSentences'];

function scaled(model: Pick<LogisticModel, 'scale'>, f: CandidateFeatures): Map<string, number> {
  const x = rawFeatures(f);
  for (const [name, [mean, sd]] of model.scale) x.set(name, ((x.get(name) ?? 0) - mean) / sd);
  return x;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Fits the weights; `penalty` is λ of λ/2·‖w‖² (the bias is not penalised). */
export function fitLogistic(rows: readonly TrainingRow[], penalty: number, steps = 2000, rate = 0.5): LogisticModel {
  const scale = new Map<string, [number, number]>();
  const raws = rows.map((r) => rawFeatures(r.features));
  for (const name of NUMERIC) {
    const v = raws.map((x) => x.get(name) ?? 0);
    const mean = v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
    const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, v.length)) || 1;
    scale.set(name, [mean, sd]);
  }
  const xs = rows.map((r) => [...scaled({ scale }, r.features)]);
  const ys = rows.map((r) => (r.correct ? 1 : 0));
  const weights = new Map<string, number>();
  for (const x of xs) for (const [name] of x) weights.set(name, 0);
  let bias = 0;
  const n = Math.max(1, rows.length);
  for (let step = 0; step < steps; step++) {
    const grad = new Map<string, number>();
    let gb = 0;
    xs.forEach((x, i) => {
      let z = bias;
      for (const [name, v] of x) z += (weights.get(name) ?? 0) * v;
      const err = sigmoid(z) - ys[i];
      gb += err;
      for (const [name, v] of x) grad.set(name, (grad.get(name) ?? 0) + err * v);
    });
    bias -= (rate * gb) / n;
    for (const [name, w] of weights) weights.set(name, w - rate * (((grad.get(name) ?? 0) + penalty * w) / n));
  }
  return { scale, weights, bias };
}

/** The model's probability that the candidate reads a gold relation (unseen indicators weigh nothing). */
export function logisticConfidence(model: LogisticModel, f: CandidateFeatures): number {
  let z = model.bias;
  for (const [name, v] of scaled(model, f)) z += (model.weights.get(name) ?? 0) * v;
  return sigmoid(z);
}
