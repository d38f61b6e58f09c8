/**
 * The near-duplicate threshold on real texts (test/fixtures/republished, see its README): State
 * Department statements that were republished under a second address with the edits a reissue
 * brings must be linked; different statements on the same talks, from the same template or the
 * same yearly message must not. Each pair's similarity is in the test's name and in the README.
 */
import fs from 'node:fs';
import path from 'node:path';
import { normaliseText } from '../../server/ingest/normalise';
import { NEAR_DUPLICATE_THRESHOLD, signatureOf, similarity } from '../../server/ingest/near-duplicates';

const DIR = path.join(__dirname, '..', 'fixtures', 'republished');

interface Source {
  file: string;
  title: string;
  url: string;
  published: string;
  commit: string;
}
interface Pair {
  kind: 'republished' | 'near-miss' | 'known-false-link';
  what: string;
  a: Source;
  b: Source;
}

const pairs = JSON.parse(fs.readFileSync(path.join(DIR, 'pairs.json'), 'utf8')) as Pair[];

/** The signature ingest stores for the page: its HTML made plain text, as for any HTML input. */
function signature(s: Source): Uint32Array {
  const sig = signatureOf(normaliseText(fs.readFileSync(path.join(DIR, s.file), 'utf8'), 'html').text);
  if (!sig) throw new Error(`${s.file} is too short to compare`);
  return sig;
}

const measured = pairs.map((p) => ({ ...p, similarity: similarity(signature(p.a), signature(p.b)) }));
const named = (kind: Pair['kind']): [string, number][] =>
  measured.filter((p) => p.kind === kind).map((p) => [`${p.similarity.toFixed(3)} ${p.a.title} / ${p.b.title}`, p.similarity]);

test('the fixture holds at least five pairs of each kind, every text with its source', () => {
  expect(named('republished').length).toBeGreaterThanOrEqual(5);
  expect(named('near-miss').length).toBeGreaterThanOrEqual(5);
  for (const p of pairs) for (const s of [p.a, p.b]) expect(s.url).toMatch(/^https:\/\/www\.state\.gov\//);
});

test.each(named('republished'))('republished, linked: %s', (_name, value) => {
  expect(value).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
});

test.each(named('near-miss'))('different texts, not linked: %s', (_name, value) => {
  expect(value).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
});

// Kept to show what a change of method does to it: two days' public schedules share most of their
// boilerplate lines and are linked today, although they are different texts (README, "Limits").
test.each(named('known-false-link'))('known false link (boilerplate listings): %s', (_name, value) => {
  expect(value).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
});
