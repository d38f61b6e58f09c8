/**
 * A precision table over candidates: how often a candidate of each type, rule and (rule, cue)
 * read a gold relation, each estimate shrunk toward the one above it (a Beta prior of strength
 * `priorStrength` centred on the coarser level's precision: cue → rule → type). A candidate's
 * calibrated confidence is the finest level's estimate, times what its hedges and modality take off
 * as extraction takes it (negation.ts): a non-fact keeps 0.3, so it stays under any threshold over 0.3.
 */
import type { RelationType } from '../../server/domain/types';
import { hedgeFactor, NON_FACT_FACTOR } from '../../server/extract/negation';
import type { CandidateFeatures } from './candidates';

export interface TableEntry {
  correct: number;
  total: number;
  /** Shrunk estimate of precision. */
  precision: number;
}

export interface PrecisionTable {
  priorStrength: number;
  types: Map<RelationType, TableEntry>;
  rules: Map<string, TableEntry>;
  /** Keyed by `rule \u0000 cue`. */
  cues: Map<string, TableEntry>;
}

export interface TrainingRow {
  features: CandidateFeatures;
  correct: boolean;
}

const cueKey = (rule: string, cue: string): string => `${rule}\u0000${cue}`;

function tally<K>(rows: readonly TrainingRow[], key: (f: CandidateFeatures) => K): Map<K, { correct: number; total: number }> {
  const out = new Map<K, { correct: number; total: number }>();
  for (const r of rows) {
    const k = key(r.features);
    const t = out.get(k) ?? { correct: 0, total: 0 };
    t.total++;
    if (r.correct) t.correct++;
    out.set(k, t);
  }
  return out;
}

const shrink = (t: { correct: number; total: number }, prior: number, strength: number): TableEntry => ({ ...t, precision: (t.correct + strength * prior) / (t.total + strength) });

/** Fits the table on the candidates stated as facts (modality is applied as a factor, not learnt). */
export function fitTable(rows: readonly TrainingRow[], priorStrength: number): PrecisionTable {
  const facts = rows.filter((r) => r.features.modality === 'fact');
  const types = new Map<RelationType, TableEntry>();
  // The type level's prior is uniform (Beta(1, 1)).
  for (const [k, t] of tally(facts, (f) => f.type)) types.set(k, shrink(t, 0.5, 2));
  const rules = new Map<string, TableEntry>();
  const ruleType = new Map(facts.map((r) => [r.features.rule, r.features.type]));
  for (const [k, t] of tally(facts, (f) => f.rule)) rules.set(k, shrink(t, types.get(ruleType.get(k)!)!.precision, priorStrength));
  const cues = new Map<string, TableEntry>();
  for (const [k, t] of tally(facts, (f) => cueKey(f.rule, f.cue))) cues.set(k, shrink(t, rules.get(k.split('\u0000')[0])!.precision, priorStrength));
  return { priorStrength, types, rules, cues };
}

/** The calibrated confidence of a candidate; an unknown rule or cue falls back to the level above it. */
export function tableConfidence(table: PrecisionTable, f: CandidateFeatures): number {
  const p = table.cues.get(cueKey(f.rule, f.cue))?.precision ?? table.rules.get(f.rule)?.precision ?? table.types.get(f.type)?.precision ?? 0.5;
  return p * hedgeFactor(f.hedges) * (f.modality === 'fact' ? 1 : NON_FACT_FACTOR);
}
