/** The extraction quality targets, enforced: the figures `npm run eval` prints must stay above them. */
import path from 'node:path';
import type { Actor } from '../server/domain/types';
import { bundledDocs, DATA, evaluate, heldoutDocs, HELDOUT, readJson, ROOT, unrecovered } from '../scripts/eval';
import type { GoldFile } from '../scripts/eval';

const overall = (r: ReturnType<typeof evaluate>) => r.rows.find((x) => x.type === 'overall')!;

test('bundled articles: precision ≥ 0.85, recall ≥ 0.75, every curated relation recovered', () => {
  const gold = readJson<GoldFile>(path.join(ROOT, 'test', 'fixtures', 'gold.json'));
  const r = evaluate('bundled', bundledDocs(), readJson<Actor[]>(path.join(DATA, 'actors.json')), gold);
  expect(overall(r).precision).toBeGreaterThanOrEqual(0.85);
  expect(overall(r).recall).toBeGreaterThanOrEqual(0.75);
  expect(unrecovered(r)).toEqual([]);
});

test('held-out articles: extraction carries over (precision ≥ 0.75, recall ≥ 0.75)', () => {
  const gold = readJson<GoldFile>(path.join(HELDOUT, 'gold.json'));
  const r = evaluate('held-out', heldoutDocs(gold), readJson<Actor[]>(path.join(HELDOUT, 'actors.json')), gold);
  expect(overall(r).precision).toBeGreaterThanOrEqual(0.75);
  expect(overall(r).recall).toBeGreaterThanOrEqual(0.75);
});
