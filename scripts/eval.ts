/**
 * `npm run eval`: scores extraction against hand-written gold annotations, per relation type and
 * overall, on two corpora:
 * - the bundled articles (data/sources, gold in test/fixtures/gold.json, gazetteer data/actors.json),
 *   also listing curated relations (data/relations.json) that extraction did not recover;
 * - held-out articles (test/fixtures/heldout), never used to write the rules: how they carry over.
 * Relations count as predicted when they reach the confidence the ingest pipeline stores
 * (MIN_STORED_CONFIDENCE), so the figures describe what a user's graph would get.
 * Negotiates is compared as an unordered pair.
 *
 * Usage: ts-node --transpile-only scripts/eval.ts [--json]
 */
import fs from 'node:fs';
import path from 'node:path';
import { RELATION_TYPES, type Actor, type RelationType } from '../server/domain/types';
import { extractRelations, relationKey } from '../server/extract';
import { MIN_STORED_CONFIDENCE } from '../server/ingest/plan';

export const ROOT = path.resolve(__dirname, '..');
export const DATA = path.join(ROOT, 'data');
export const HELDOUT = path.join(ROOT, 'test', 'fixtures', 'heldout');

type GoldItem = { source: string; target: string; type: RelationType; quote?: string };
export interface GoldFile {
  documents: Record<string, GoldItem[]>;
}
interface CuratedRelation {
  id: string;
  source: string;
  target?: string;
  type: RelationType;
  between?: [string, string];
  evidence: { document: string }[];
}
interface Doc {
  id: string;
  text: string;
  date?: string;
  outlet?: string;
}
type Counts = { tp: number; fp: number; fn: number };
interface Row extends Counts {
  type: string;
  precision: number;
  recall: number;
  f1: number;
}
export interface CorpusResult {
  name: string;
  documents: number;
  rows: Row[];
  differences: string[];
  predictedByDoc: Map<string, Set<string>>;
}

export const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

function label(key: string): string {
  const [type, a, b] = key.split('\u0000');
  return `${a} ${type === 'negotiates' ? '<->' : '->'} ${b} (${type})`;
}

const pct = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '  n/a');

export function evaluate(name: string, docs: Doc[], actors: Actor[], gold: GoldFile): CorpusResult {
  const counts = new Map<string, Counts>([...RELATION_TYPES, 'overall'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const predictedByDoc = new Map<string, Set<string>>();
  const differences: string[] = [];
  for (const doc of docs) {
    const result = extractRelations(doc.text, actors, { documentId: doc.id, date: doc.date, outlet: doc.outlet });
    const stored = result.relations.filter((r) => r.confidence >= MIN_STORED_CONFIDENCE);
    for (const r of stored) {
      for (const e of r.evidence) if (doc.text.slice(e.start, e.end) !== e.quote) throw new Error(`offsets of ${r.id} do not match its quote`);
    }
    const predicted = new Set(stored.map((r) => relationKey(r.source, r.target, r.type)));
    predictedByDoc.set(doc.id, predicted);
    const expected = new Set((gold.documents[doc.id] ?? []).map((g) => relationKey(g.source, g.target, g.type)));
    for (const key of new Set([...predicted, ...expected])) {
      const hit = predicted.has(key) && expected.has(key);
      for (const c of [counts.get(key.split('\u0000')[0])!, counts.get('overall')!]) {
        if (hit) c.tp++;
        else if (predicted.has(key)) c.fp++;
        else c.fn++;
      }
      if (!hit) differences.push(`  ${doc.id}  ${predicted.has(key) ? 'false alarm' : 'missed     '}  ${label(key)}`);
    }
  }
  const rows = [...counts.entries()].map(([type, c]) => {
    const precision = c.tp / (c.tp + c.fp);
    const recall = c.tp / (c.tp + c.fn);
    return { type, ...c, precision, recall, f1: (2 * precision * recall) / (precision + recall) };
  });
  return { name, documents: docs.length, rows, differences, predictedByDoc };
}

export function bundledDocs(): Doc[] {
  const index = readJson<{ documents: { id: string; file: string; date: string; outlet: string }[] }>(path.join(DATA, 'sources', 'index.json'));
  return index.documents.map((d) => ({ id: d.id, date: d.date, outlet: d.outlet, text: fs.readFileSync(path.join(DATA, 'sources', d.file), 'utf8') }));
}

export function heldoutDocs(gold: GoldFile): Doc[] {
  return Object.keys(gold.documents).map((id) => ({ id, text: fs.readFileSync(path.join(HELDOUT, `${id}.txt`), 'utf8') }));
}

/** Curated relations with no extracted twin in any document their evidence cites. */
export function unrecovered(result: CorpusResult): string[] {
  const out: string[] = [];
  for (const rel of readJson<CuratedRelation[]>(path.join(DATA, 'relations.json'))) {
    const docs = [...new Set(rel.evidence.map((e) => e.document))];
    for (const target of rel.target ? [rel.target] : (rel.between ?? [])) {
      const key = relationKey(rel.source, target, rel.type);
      if (!docs.some((d) => result.predictedByDoc.get(d)?.has(key))) out.push(`${rel.id}: ${label(key)} [${docs.join(', ')}]`);
    }
  }
  return out;
}

function printTable(r: CorpusResult): void {
  console.log(`${r.name} (${r.documents} documents, confidence ≥ ${MIN_STORED_CONFIDENCE})\n`);
  console.log('type         tp  fp  fn  precision  recall     F1');
  for (const x of r.rows) {
    console.log(`${x.type.padEnd(11)} ${String(x.tp).padStart(3)} ${String(x.fp).padStart(3)} ${String(x.fn).padStart(3)}  ${pct(x.precision).padStart(9)}  ${pct(x.recall).padStart(6)}  ${pct(x.f1).padStart(5)}`);
  }
  console.log(r.differences.length ? `\nDifferences:\n${r.differences.join('\n')}` : '\nNo differences.');
}

function main(): void {
  const gold = readJson<GoldFile>(path.join(ROOT, 'test', 'fixtures', 'gold.json'));
  const bundled = evaluate('Bundled articles', bundledDocs(), readJson<Actor[]>(path.join(DATA, 'actors.json')), gold);
  const heldGold = readJson<GoldFile>(path.join(HELDOUT, 'gold.json'));
  const heldout = evaluate('Held-out articles', heldoutDocs(heldGold), readJson<Actor[]>(path.join(HELDOUT, 'actors.json')), heldGold);
  const missing = unrecovered(bundled);
  if (process.argv.includes('--json')) {
    const strip = ({ predictedByDoc: _p, ...rest }: CorpusResult): object => rest;
    console.log(JSON.stringify({ bundled: strip(bundled), heldout: strip(heldout), unrecovered: missing }, null, 2));
    return;
  }
  printTable(bundled);
  console.log(missing.length ? `\nCurated relations not recovered:\n  ${missing.join('\n  ')}` : '\nEvery curated relation recovered.');
  console.log('');
  printTable(heldout);
}

if (require.main === module) main();
