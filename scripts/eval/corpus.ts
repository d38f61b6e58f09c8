/**
 * The evaluation corpus (test/fixtures/corpus): real articles with gold annotations written before
 * the extractor was run on them, in the format of test/fixtures/corpus/README.md. Reads the
 * articles and their gold files and lists what is wrong with them (a quote that is not in the
 * article, an actor used but not declared, a split that is neither dev nor test, ...).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isReservedKey } from '../../server/domain/reserved-keys';
import { ACTOR_KINDS, RELATION_TYPES } from '../../server/domain/types';
import { relationKey } from '../../server/extract/rollup';
import { nameKey } from './names';
import { ARTICLE_FORMATS, foldSpace, visibleText, type ArticleFormat } from './visible-text';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CORPUS_DIR = path.join(ROOT, 'test', 'fixtures', 'corpus');

export const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

/** The file ending of each format (`<id>.<ending>` in articles/). */
const FORMAT_ENDINGS: Readonly<Record<ArticleFormat, string>> = {
  plain: '.txt',
  wrapped: '.wrapped.txt',
  markdown: '.md',
  html: '.html',
};

/** The annotation guide writes British English; the domain spells the kind `organization`. */
const goldActorKind = z.enum([...ACTOR_KINDS, 'organisation']);

const goldActorSchema = z.strictObject({
  kind: goldActorKind,
  aliases: z.array(z.string().min(1)),
  affiliation: z.string().min(1).optional(),
});

const goldRelationSchema = z.strictObject({
  source: z.string().min(1),
  target: z.string().min(1),
  type: z.enum(RELATION_TYPES),
  quotes: z.array(z.string().min(1)).min(1),
});

const goldFileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens'),
  split: z.enum(SPLITS),
  format: z.enum(ARTICLE_FORMATS),
  kind: z.enum(['wire', 'statement', 'transcript', 'blog', 'feature', 'wiki-news']),
  conflict: z.string().min(1),
  title: z.string().min(1),
  outlet: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
  url: z.string().min(1),
  licence: z.string().min(1),
  found: z.string().min(1),
  actors: z.record(z.string().min(1), goldActorSchema),
  // An article stating no relation is kept as a precision check: whatever is extracted from it is wrong.
  relations: z.array(goldRelationSchema),
});

export type GoldFile = z.infer<typeof goldFileSchema>;
export type GoldActor = z.infer<typeof goldActorSchema>;
export type GoldRelation = z.infer<typeof goldRelationSchema>;

export interface CorpusArticle {
  gold: GoldFile;
  /** Actors by canonical name (a Map: the names come from outside). */
  actors: ReadonlyMap<string, GoldActor>;
  /** The article file, relative to the corpus folder. */
  file: string;
  /** The article exactly as stored. */
  raw: string;
  /** What a reader sees of it. */
  visible: string;
}

export interface Corpus {
  articles: CorpusArticle[];
  /** Everything wrong with the corpus; empty when it is sound. */
  problems: string[];
}

/** The article file for a gold file, or a problem. */
function articleFile(dir: string, gold: GoldFile): string | undefined {
  const file = path.join('articles', `${gold.id}${FORMAT_ENDINGS[gold.format]}`);
  return fs.existsSync(path.join(dir, file)) ? file : undefined;
}

/** Problems of one article's gold against its text (quotes verbatim, actors declared, names usable). */
function articleProblems(a: CorpusArticle): string[] {
  const out: string[] = [];
  const where = a.gold.id;
  const visible = foldSpace(a.visible);
  const owner = new Map<string, string>();
  for (const [name, actor] of a.actors) {
    if (isReservedKey(name)) out.push(`${where}: actor name "${name}" is a reserved key`);
    if (actor.affiliation !== undefined && isReservedKey(actor.affiliation)) out.push(`${where}: affiliation "${actor.affiliation}" is a reserved key`);
    for (const n of [name, ...actor.aliases]) {
      const key = nameKey(n);
      const other = owner.get(key);
      if (other !== undefined && other !== name) out.push(`${where}: "${n}" names both "${other}" and "${name}"`);
      owner.set(key, name);
    }
  }
  const seen = new Set<string>();
  for (const r of a.gold.relations) {
    for (const end of [r.source, r.target]) if (!a.actors.has(end)) out.push(`${where}: actor "${end}" is used in a relation but not declared`);
    if (r.source === r.target) out.push(`${where}: ${r.type} relation of "${r.source}" with itself`);
    const key = relationKey(r.source, r.target, r.type);
    if (seen.has(key)) out.push(`${where}: ${r.source} ${r.type} ${r.target} is listed twice`);
    seen.add(key);
    for (const q of r.quotes) if (!visible.includes(foldSpace(q))) out.push(`${where}: quote not in the article's visible text: "${q.slice(0, 80)}"`);
  }
  return out;
}

/** Reads every gold file of the corpus and its article, collecting problems instead of stopping. */
export function readCorpus(dir: string = CORPUS_DIR): Corpus {
  const problems: string[] = [];
  const articles: CorpusArticle[] = [];
  const goldDir = path.join(dir, 'gold');
  const goldFiles = fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
  const ids = new Set<string>();
  for (const f of goldFiles) {
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8'));
    } catch (e) {
      problems.push(`gold/${f}: not JSON (${(e as Error).message})`);
      continue;
    }
    const actorsJson = (json as { actors?: unknown }).actors;
    const reserved = actorsJson && typeof actorsJson === 'object' ? Object.keys(actorsJson).filter(isReservedKey) : [];
    if (reserved.length) {
      problems.push(`gold/${f}: actors: reserved key(s) ${reserved.join(', ')}`);
      continue;
    }
    const parsed = goldFileSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push(`gold/${f}: ${issue.path.map(String).join('.') || 'file'}: ${issue.message}`);
      continue;
    }
    const gold = parsed.data;
    if (f !== `${gold.id}.json`) problems.push(`gold/${f}: id "${gold.id}" does not match the file name`);
    if (ids.has(gold.id)) problems.push(`gold/${f}: id "${gold.id}" is used twice`);
    ids.add(gold.id);
    const file = articleFile(dir, gold);
    if (!file) {
      problems.push(`gold/${f}: no article articles/${gold.id}${FORMAT_ENDINGS[gold.format]} (format ${gold.format})`);
      continue;
    }
    const raw = fs.readFileSync(path.join(dir, file), 'utf8');
    const article: CorpusArticle = { gold, actors: new Map(Object.entries(gold.actors)), file, raw, visible: visibleText(raw, gold.format) };
    problems.push(...articleProblems(article));
    articles.push(article);
  }
  const described = new Set(articles.map((a) => a.file));
  for (const f of fs.readdirSync(path.join(dir, 'articles')).sort()) {
    if (!described.has(path.join('articles', f))) problems.push(`articles/${f}: no gold file describes it`);
  }
  return { articles, problems };
}
