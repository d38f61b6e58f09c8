/**
 * The bundled articles (data/sources) against their gold (test/fixtures/gold.json, actor ids of
 * data/actors.json). The extraction rules were written from these articles, so their score says
 * the rules do what they were written to do, not how extraction carries over to unseen news.
 * Also lists the curated relations (data/relations.json) extraction does not recover.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Actor, RelationType } from '../../server/domain/types';
import { extractRelations, relationKey } from '../../server/extract';
import { MIN_STORED_CONFIDENCE } from '../../server/ingest/plan';
import { ROOT } from './corpus';
import { emptyCounts, type CountKey, type Counts } from './score';

const DATA = path.join(ROOT, 'data');
const BUNDLED_GOLD = path.join(ROOT, 'test', 'fixtures', 'gold.json');

interface BundledGold {
  documents: Record<string, { source: string; target: string; type: RelationType }[]>;
}
interface CuratedRelation {
  id: string;
  source: string;
  target?: string;
  type: RelationType;
  between?: [string, string];
  evidence: { document: string }[];
}
interface BundledDoc {
  id: string;
  text: string;
  date: string;
  outlet: string;
}

export interface BundledResult {
  documents: number;
  counts: Record<CountKey, Counts>;
  /** Curated relations with no extracted twin in any document their evidence cites. */
  unrecovered: string[];
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

function bundledDocs(): BundledDoc[] {
  const index = readJson<{ documents: { id: string; file: string; date: string; outlet: string }[] }>(path.join(DATA, 'sources', 'index.json'));
  return index.documents.map((d) => ({ id: d.id, date: d.date, outlet: d.outlet, text: fs.readFileSync(path.join(DATA, 'sources', d.file), 'utf8') }));
}

export function evaluateBundled(gazetteer: readonly Actor[]): BundledResult {
  const gold = readJson<BundledGold>(BUNDLED_GOLD);
  const docs = bundledDocs();
  const counts = emptyCounts();
  const predictedByDoc = new Map<string, Set<string>>();
  for (const doc of docs) {
    const result = extractRelations(doc.text, gazetteer, { documentId: doc.id, date: doc.date, outlet: doc.outlet });
    const predicted = new Set(result.relations.filter((r) => r.confidence >= MIN_STORED_CONFIDENCE).map((r) => relationKey(r.source, r.target, r.type)));
    predictedByDoc.set(doc.id, predicted);
    const expected = new Set((gold.documents[doc.id] ?? []).map((g) => relationKey(g.source, g.target, g.type)));
    for (const key of new Set([...predicted, ...expected])) {
      const field: keyof Counts = predicted.has(key) && expected.has(key) ? 'tp' : predicted.has(key) ? 'fp' : 'fn';
      counts[key.split('\u0000')[0] as RelationType][field]++;
      counts.overall[field]++;
    }
  }
  const unrecovered: string[] = [];
  for (const rel of readJson<CuratedRelation[]>(path.join(DATA, 'relations.json'))) {
    const cited = [...new Set(rel.evidence.map((e) => e.document))];
    for (const target of rel.target ? [rel.target] : (rel.between ?? [])) {
      const key = relationKey(rel.source, target, rel.type);
      if (!cited.some((d) => predictedByDoc.get(d)?.has(key))) unrecovered.push(`${rel.id}: ${rel.source} ${rel.type} ${target} [${cited.join(', ')}]`);
    }
  }
  return { documents: docs.length, counts, unrecovered };
}
