/**
 * Scores one extraction result against an article's gold annotation.
 *
 * A predicted actor is mapped to a gold actor by folded name (nameKey): the predicted actor's name
 * first, then its id, then its aliases, against each gold actor's canonical name and aliases. So a
 * capital or seat of power counts as its state only where the gold lists it as that state's alias.
 * A predicted relation whose two ends do not both map to gold actors (or map to the same one) is a
 * false positive; `negotiates` is compared as an unordered pair, the other types as directed.
 *
 * Evidence: every quote a predicted relation stores is a claim that this sentence states that
 * relation. Evidence precision is the share of the quotes of correctly predicted relations that
 * overlap one of the gold quotes of that relation; quote support is the share of the quotes of all
 * predicted relations that overlap a gold quote of any gold relation of the article.
 */
import { RELATION_TYPES, type Actor, type RelationType } from '../../server/domain/types';
import { relationKey } from '../../server/extract/rollup';
import type { ExtractedRelation } from '../../server/extract/types';
import type { CorpusArticle } from './corpus';
import { firstNameForms } from '../../server/extract/lexicon/nicknames';
import { nameKey } from './names';
import { quotesOverlap, visibleText } from './visible-text';

export type CountKey = RelationType | 'overall';
export const COUNT_KEYS: readonly CountKey[] = [...RELATION_TYPES, 'overall'];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Quotes checked, and how many of them were good. */
export interface QuoteTally {
  quotes: number;
  good: number;
}

export interface Difference {
  kind: 'missed' | 'false alarm';
  type: RelationType;
  /** Gold names where the actor maps to one, the extracted id otherwise. */
  source: string;
  target: string;
  /** For a false alarm: the quotes extraction stored. */
  quotes: string[];
  /** For a false alarm: the rules that read it (`<type>.<rule>`, each once). */
  rules: string[];
}

const rulesOf = (rels: readonly ExtractedRelation[]): string[] => [...new Set(rels.flatMap((r) => r.evidence.map((e) => e.rule)))];

export interface ArticleScore {
  id: string;
  counts: Record<CountKey, Counts>;
  evidence: QuoteTally;
  support: QuoteTally;
  differences: Difference[];
}

export const emptyCounts = (): Record<CountKey, Counts> =>
  Object.fromEntries(COUNT_KEYS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<CountKey, Counts>;

/** Maps extracted actor ids to gold canonical names (or nothing). */
export function actorMapper(article: CorpusArticle, known: ReadonlyMap<string, Actor>): (id: string) => string | undefined {
  const byKey = new Map<string, string>();
  for (const [name, actor] of article.actors) for (const n of [name, ...actor.aliases]) byKey.set(nameKey(n), name);
  return (id) => {
    const actor = known.get(id);
    const candidates = actor ? [actor.name, id, ...actor.aliases] : [id];
    for (const c of candidates) {
      const hit = byKey.get(nameKey(c));
      if (hit !== undefined) return hit;
    }
    // A person the text names only by family name after a title ("Foreign Minister Dendias") is the
    // one gold person of the article whose name ends with it; never when two could be meant.
    // A given name written in another of its forms ("Joseph Biden", gold "Joe Biden": lexicon/nicknames.ts) is the same person too.
    const key = nameKey(actor?.name ?? id);
    if (actor?.kind !== 'person') return undefined;
    const [first, ...rest] = key.split(' ');
    const forms = firstNameForms(first);
    const bearers = [...article.actors].filter(([name, a]) => {
      const gold = nameKey(name);
      if (a.kind !== 'person') return false;
      if (!rest.length) return gold.endsWith(` ${key}`);
      const [goldFirst, ...goldRest] = gold.split(' ');
      return goldRest.join(' ') === rest.join(' ') && forms.includes(goldFirst);
    });
    return bearers.length === 1 ? bearers[0][0] : undefined;
  };
}

/**
 * Scores the relations extraction would store for an article. `known` holds every actor the
 * extracted ids may refer to (the gazetteer and the result's provisional actors).
 */
export function scoreArticle(article: CorpusArticle, stored: readonly ExtractedRelation[], known: ReadonlyMap<string, Actor>): ArticleScore {
  const toGold = actorMapper(article, known);
  const gold = new Map(article.gold.relations.map((r) => [relationKey(r.source, r.target, r.type), r]));
  const allGoldQuotes = article.gold.relations.flatMap((r) => r.quotes);
  const predicted = new Map<string, ExtractedRelation[]>();
  const unmapped: ExtractedRelation[] = [];
  const support: QuoteTally = { quotes: 0, good: 0 };
  for (const r of stored) {
    for (const e of r.evidence) {
      support.quotes++;
      const seen = visibleText(e.quote, article.gold.format);
      if (allGoldQuotes.some((q) => quotesOverlap(seen, q))) support.good++;
    }
    const s = toGold(r.source);
    const t = toGold(r.target);
    if (s === undefined || t === undefined || s === t) {
      unmapped.push(r);
      continue;
    }
    const key = relationKey(s, t, r.type);
    predicted.set(key, [...(predicted.get(key) ?? []), r]);
  }

  const counts = emptyCounts();
  const evidence: QuoteTally = { quotes: 0, good: 0 };
  const differences: Difference[] = [];
  const add = (type: RelationType, field: keyof Counts): void => {
    counts[type][field]++;
    counts.overall[field]++;
  };
  for (const [key, rels] of predicted) {
    const g = gold.get(key);
    const type = rels[0].type;
    if (g) {
      add(type, 'tp');
      for (const e of rels.flatMap((r) => r.evidence)) {
        evidence.quotes++;
        const seen = visibleText(e.quote, article.gold.format);
        if (g.quotes.some((q) => quotesOverlap(seen, q))) evidence.good++;
      }
    } else {
      add(type, 'fp');
      const [, source, target] = key.split('\u0000');
      differences.push({ kind: 'false alarm', type, source, target, quotes: rels.flatMap((r) => r.evidence.map((e) => e.quote)), rules: rulesOf(rels) });
    }
  }
  // Each distinct unmapped relation is one false positive.
  const unmappedKeys = new Map<string, ExtractedRelation[]>();
  for (const r of unmapped) {
    const key = relationKey(toGold(r.source) ?? r.source, toGold(r.target) ?? r.target, r.type);
    unmappedKeys.set(key, [...(unmappedKeys.get(key) ?? []), r]);
  }
  for (const [key, rels] of unmappedKeys) {
    const [type, source, target] = key.split('\u0000') as [RelationType, string, string];
    add(type, 'fp');
    differences.push({ kind: 'false alarm', type, source, target, quotes: rels.flatMap((r) => r.evidence.map((e) => e.quote)), rules: rulesOf(rels) });
  }
  for (const [key, g] of gold) {
    if (predicted.has(key)) continue;
    add(g.type, 'fn');
    differences.push({ kind: 'missed', type: g.type, source: g.source, target: g.target, quotes: [], rules: [] });
  }
  return { id: article.gold.id, counts, evidence, support, differences };
}

/** Sums of several articles' scores. */
export function sumScores(scores: readonly ArticleScore[]): { counts: Record<CountKey, Counts>; evidence: QuoteTally; support: QuoteTally } {
  const counts = emptyCounts();
  const evidence: QuoteTally = { quotes: 0, good: 0 };
  const support: QuoteTally = { quotes: 0, good: 0 };
  for (const s of scores) {
    for (const k of COUNT_KEYS) for (const f of ['tp', 'fp', 'fn'] as const) counts[k][f] += s.counts[k][f];
    evidence.quotes += s.evidence.quotes;
    evidence.good += s.evidence.good;
    support.quotes += s.support.quotes;
    support.good += s.support.good;
  }
  return { counts, evidence, support };
}

export interface Rates {
  precision: number;
  recall: number;
  f1: number;
}

/** F-measure weighting recall `beta` times as much as precision (F1: beta 1; F0.5: precision first); NaN with nothing predicted nor expected. */
export function fBeta(c: Counts, beta: number): number {
  const b2 = beta * beta;
  return ((1 + b2) * c.tp) / ((1 + b2) * c.tp + b2 * c.fn + c.fp);
}

/** Precision, recall and F1; NaN where undefined (precision with nothing predicted, recall with nothing expected). */
export function rates(c: Counts): Rates {
  return { precision: c.tp / (c.tp + c.fp), recall: c.tp / (c.tp + c.fn), f1: fBeta(c, 1) };
}

export const share = (t: QuoteTally): number => t.good / t.quotes;
