/**
 * Miss diagnosis (`npm run eval -- --split dev --diagnose`): for each gold relation extraction
 * missed, the stage at which it was lost, read from the extraction's trace
 * (server/extract/index.ts, traceExtraction); for each false alarm, the rules that read it. Dev
 * only: the eval refuses it on the frozen test split.
 *
 * Stages, in pipeline order (the first that fails is the one reported):
 * - `reference`: an end the gold quotes never write by any of its names: they refer to it only
 *   ("it", "the group", "we", a role noun) or it is stated across sentences (coreference);
 * - `actor`: an end of the relation, written in a quote, is never recognised anywhere in the document;
 * - `sentence`: both are recognised, but no sentence overlapping a gold quote names both;
 * - `cue`: a quote sentence names both, but holds no cue of the relation's type;
 * - `negated`: every cue of that type there was dropped as negated (or the sentence as a yes/no question);
 *   while one survived, the miss is `arguments`;
 * - `arguments`: a cue was read, but its arguments went to other actors (or the other way round);
 * - `threshold`: a candidate with both ends was made there, then dropped by confidence
 *   (modality lowers it), the multilateral or the own-side filter.
 */
import type { Actor, RelationType } from '../../server/domain/types';
import type { Candidate, ExtractionTrace, SentenceAnalysis } from '../../server/extract';
import { MIN_STORED_CONFIDENCE } from '../../server/ingest/plan';
import type { CorpusArticle, GoldRelation } from './corpus';
import { APOSTROPHE, APOSTROPHES } from '../../server/extract/normalize';
import { nameKey } from './names';
import { actorMapper, type Difference } from './score';
import { quotesOverlap, visibleText } from './visible-text';

export const MISS_STAGES = ['reference', 'actor', 'sentence', 'cue', 'negated', 'arguments', 'threshold'] as const;
export type MissStage = (typeof MISS_STAGES)[number];

export const STAGE_LABELS: Readonly<Record<MissStage, string>> = {
  reference: 'an end only referred to in the quotes',
  actor: 'an actor never recognised in the document',
  sentence: 'both recognised, never both in a gold quote sentence',
  cue: 'both in a quote sentence, no cue of the type',
  negated: 'cue dropped as negated / yes-no question',
  arguments: 'cue read, arguments attached elsewhere',
  threshold: 'candidate made, dropped by confidence (modality) or filter',
};

export interface Miss {
  article: string;
  type: RelationType;
  source: string;
  target: string;
  stage: MissStage;
  /** What the trace shows at that stage (which actor, which cue, which arguments). */
  detail: string;
  /** The gold quotes. */
  quotes: string[];
}

export interface FalseAlarm {
  article: string;
  type: RelationType;
  source: string;
  target: string;
  rules: string[];
  quotes: string[];
}

export interface ArticleDiagnosis {
  misses: Miss[];
  falseAlarms: FalseAlarm[];
}

/** Does a candidate read as the gold relation (negotiates in either order)? */
function sameRelation(c: Candidate, g: GoldRelation, toGold: (id: string) => string | undefined): boolean {
  if (c.type !== g.type) return false;
  const s = toGold(c.source);
  const t = toGold(c.target);
  return (s === g.source && t === g.target) || (g.type === 'negotiates' && s === g.target && t === g.source);
}

function describe(c: Candidate, toGold: (id: string) => string | undefined): string {
  return `${toGold(c.source) ?? c.source} -> ${toGold(c.target) ?? c.target} (${c.rule}, cue "${c.cue}", confidence ${c.confidence.toFixed(2)})`;
}

function diagnoseMiss(article: CorpusArticle, g: GoldRelation, trace: ExtractionTrace, toGold: (id: string) => string | undefined): Pick<Miss, 'stage' | 'detail'> {
  // The author in its own voice counts as named: it is the agent of the sentence's agentless official acts.
  const named = (s: SentenceAnalysis): Set<string> => new Set([...s.mentions.map((m) => m.actorId), ...(s.voice ? [s.voice] : [])].map(toGold).filter((x): x is string => x !== undefined));
  const sentences = trace.analysis.sentences;
  const everywhere = new Set(sentences.flatMap((s) => [...named(s)]));
  const unseen = [g.source, g.target].filter((a) => !everywhere.has(a));
  const quoted = sentences.filter((s) => {
    const seen = visibleText(s.sentence.text, article.gold.format);
    return g.quotes.some((q) => quotesOverlap(seen, q));
  });
  const both = quoted.filter((s) => {
    const n = named(s);
    return n.has(g.source) && n.has(g.target);
  });
  if (unseen.length || !both.length) {
    const referred = [g.source, g.target].filter((a) => !g.quotes.some((q) => writesName(q, a, article)));
    if (referred.length) return { stage: 'reference', detail: `never named in the quotes: ${referred.join(', ')}` };
  }
  if (unseen.length) return { stage: 'actor', detail: `never recognised: ${unseen.join(', ')}` };
  if (!both.length) {
    const names = quoted.map((s) => [...named(s)].join(', ') || 'nobody');
    return { stage: 'sentence', detail: quoted.length ? `quote sentences name: ${names.join(' | ')}` : 'no extracted sentence overlaps a gold quote' };
  }
  const indexes = new Set(both.map((s) => s.sentence.index));
  const here = trace.candidates.filter((c) => indexes.has(c.sentence.index) && c.type === g.type);
  const made = here.filter((c) => sameRelation(c, g, toGold));
  if (made.length) {
    const best = made.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    const why = best.confidence < MIN_STORED_CONFIDENCE ? `below ${MIN_STORED_CONFIDENCE}` : 'filtered (multilateral or own side)';
    return { stage: 'threshold', detail: `${why}: ${describe(best, toGold)}` };
  }
  const cues = both.flatMap((s) => s.cues.filter((c) => c.type === g.type));
  const dropped = trace.dropped.filter((d) => indexes.has(d.sentence.index) && (!d.cue || d.cue.type === g.type));
  if (!cues.length && !here.length) return { stage: 'cue', detail: 'no cue' };
  // Negated only when no cue of the type survived: a dropped sentence (a yes/no question) drops all its cues.
  const survived = both.some((s) => s.cues.some((c) => c.type === g.type && !dropped.some((d) => d.sentence.index === s.sentence.index && (!d.cue || d.cue.tokenStart === c.tokenStart))));
  if (!here.length && dropped.length && !survived) return { stage: 'negated', detail: `dropped: ${dropped.map((d) => (d.cue ? `"${d.cue.phrase}"` : 'yes/no question')).join(', ')}` };
  const reversed = here.some((c) => sameRelation({ ...c, source: c.target, target: c.source }, g, toGold));
  const read = here.length ? here.map((c) => describe(c, toGold)).join('; ') : `no arguments for cue(s) ${cues.map((c) => `"${c.phrase}"`).join(', ')}`;
  return { stage: 'arguments', detail: `${reversed ? 'reversed; ' : ''}${read}` };
}

/** Words of a text as a space-bounded key: folded as the eval folds names, possessive "'s" and punctuation dropped. */
function wordKey(text: string): string {
  return ` ${nameKey(text.replace(POSSESSIVE_S, '').replace(NOT_NAME_CHARS, ' '))} `;
}

/** A possessive "'s" inside a text, and characters no name is written with. */
const POSSESSIVE_S = new RegExp(String.raw`${APOSTROPHE}s\b`, 'gu');
const NOT_NAME_CHARS = new RegExp(String.raw`[^\p{L}\p{N}\s${APOSTROPHES}.-]+`, 'gu');

/** Does a quote write a gold actor by its canonical name or one of its aliases (as words)? */
function writesName(quote: string, actor: string, article: CorpusArticle): boolean {
  const words = wordKey(quote);
  const names = [actor, ...(article.actors.get(actor)?.aliases ?? [])];
  return names.some((n) => {
    const key = wordKey(n).trim();
    return key.length > 0 && words.includes(` ${key} `);
  });
}

/** The diagnosis of one article's differences. `known` maps extracted ids to actors (as for scoring). */
export function diagnoseArticle(article: CorpusArticle, differences: readonly Difference[], trace: ExtractionTrace, known: ReadonlyMap<string, Actor>): ArticleDiagnosis {
  // The eval's option check refuses it already (checkArticle); here too, so no other caller reads the frozen split.
  if (article.gold.split === 'test') throw new Error(`diagnoseArticle: ${article.gold.id} is a test article; the test split is frozen`);
  const toGold = actorMapper(article, known);
  const gold = article.gold.relations;
  const misses: Miss[] = [];
  const falseAlarms: FalseAlarm[] = [];
  for (const d of differences) {
    if (d.kind === 'false alarm') {
      falseAlarms.push({ article: article.gold.id, type: d.type, source: d.source, target: d.target, rules: d.rules, quotes: d.quotes });
      continue;
    }
    const g = gold.find((r) => r.type === d.type && r.source === d.source && r.target === d.target)!;
    misses.push({ article: article.gold.id, type: d.type, source: d.source, target: d.target, quotes: g.quotes, ...diagnoseMiss(article, g, trace, toGold) });
  }
  return { misses, falseAlarms };
}

/** Counts per stage and type, and false alarms per rule: the summary the report prints first. */
export function diagnosisCounts(ds: readonly ArticleDiagnosis[]): { stages: Map<MissStage, Map<RelationType, number>>; rules: Map<string, number> } {
  const stages = new Map<MissStage, Map<RelationType, number>>(MISS_STAGES.map((s) => [s, new Map()]));
  const rules = new Map<string, number>();
  for (const d of ds) {
    for (const m of d.misses) {
      const row = stages.get(m.stage)!;
      row.set(m.type, (row.get(m.type) ?? 0) + 1);
    }
    for (const f of d.falseAlarms) for (const r of f.rules.length ? f.rules : ['(no rule)']) rules.set(r, (rules.get(r) ?? 0) + 1);
  }
  return { stages, rules };
}
