/**
 * What keeping extraction's reading with every quote (rule, cue, spans) costs at load and in the
 * store: a generated dataset of `actors` actors and `quotes` extracted quotes (made-up sentences,
 * ten to a document) is validated with and without readings (best of three each, alternating), then
 * written to a fresh store and dumped back.
 *
 *   npx ts-node --transpile-only scripts/bench/evidence-readings.ts '{"actors":20000,"quotes":100000}'
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDatasetJson } from '../../server/data/load-dataset';
import type { DatasetDump, EvidenceInput, RelationInput } from '../../server/domain/types';
import { seededRandom } from '../../server/algorithms/random';
import { SqliteStore } from '../../server/store/sqlite-store';

const PER_DOCUMENT = 10;

function generated(actors: number, quotes: number): DatasetDump {
  const random = seededRandom(7);
  const pick = (): number => Math.floor(random() * actors);
  const documents: DatasetDump['documents'] = [];
  const relations: RelationInput[] = [];
  for (let d = 0; relations.length < quotes; d++) {
    let text = '';
    const evidence: [number, number, EvidenceInput][] = [];
    for (let k = 0; k < PER_DOCUMENT && relations.length + evidence.length < quotes; k++) {
      const s = pick();
      const t = (s + 1 + Math.floor(random() * (actors - 1))) % actors;
      const start = text.length;
      const quote = `Actor${s} condemned Actor${t} again.`;
      text += `${quote} `;
      const cue = start + `Actor${s} `.length;
      const spans = { cue: [cue, cue + 9], source: [start, cue - 1], target: [cue + 10, cue + 10 + `Actor${t}`.length] } as EvidenceInput['spans'];
      evidence.push([s, t, { document: `d${d}`, quote, start, confidence: 0.9, method: 'extracted', rule: 'opposes.verb', cue: 'condemned', spans }]);
    }
    documents.push({ id: `d${d}`, title: `Report ${d}`, outlet: 'Generated', date: '2026-01-01', text: `${text}Report ${d}.` });
    for (const [s, t, e] of evidence) relations.push({ id: `r${relations.length}`, source: `a${s}`, target: `a${t}`, type: 'opposes', evidence: [e] });
  }
  return { documents, actors: Array.from({ length: actors }, (_, i) => ({ id: `a${i}`, name: `Actor${i}`, kind: 'state', aliases: [] })), relations };
}

const seconds = (run: () => void): number => {
  const start = performance.now();
  run();
  return +((performance.now() - start) / 1000).toFixed(2);
};

function main(): void {
  const spec = JSON.parse(process.argv[2] ?? '{"actors":20000,"quotes":100000}') as { actors: number; quotes: number };
  const full = generated(spec.actors, spec.quotes);
  const plain: DatasetDump = { ...full, relations: full.relations.map((r) => ({ ...r, evidence: r.evidence.map(({ rule: _r, cue: _c, spans: _s, ...e }) => e) })) };
  const without: number[] = [];
  const withReadings: number[] = [];
  for (let i = 0; i < 3; i++) {
    without.push(seconds(() => parseDatasetJson(plain, 'plain')));
    withReadings.push(seconds(() => parseDatasetJson(full, 'full')));
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-readings-'));
  const store = new SqliteStore(path.join(dir, 'store.sqlite'));
  try {
    const replace = seconds(() => store.replace(full));
    let kept = 0;
    const dump = seconds(() => {
      kept = store.dump().relations.filter((r) => r.evidence[0].rule !== undefined).length;
    });
    console.log(JSON.stringify({ ...spec, loadWithout: Math.min(...without), loadWith: Math.min(...withReadings), storeReplace: replace, storeDump: dump, readingsKept: kept }));
  } finally {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
