/**
 * Invisible characters in names (issue #11): `Ira\u200bn` draws exactly like "Iran" and must be
 * the same actor; bidi controls never reach a stored name; quotes stay verbatim slices of the text.
 */
import { loadDataset, parseDatasetJson } from '../../server/data/load-dataset';
import { normalizeName } from '../../server/domain/names';
import { extractRelations } from '../../server/extract';

/** The bundled story's gazetteer: Iran, Oman and the United States are in it. */
const GAZETTEER = loadDataset().actors;

test('normalizeName: NFC, controls and format characters removed, white space collapsed', () => {
  expect(normalizeName('Ira\u200bn')).toBe('Iran');
  expect(normalizeName('\u202eIran\u202c')).toBe('Iran');
  expect(normalizeName('\u2067Hezbollah\u2069 ')).toBe('Hezbollah');
  expect(normalizeName('Ira\ufeffn\u00ad')).toBe('Iran');
  expect(normalizeName(' United\u00a0\u00a0States\n\tof\u2028America ')).toBe('United States of America');
  expect(normalizeName('United \u200b States')).toBe('United States');
  expect(normalizeName('Tu\u0308rkiye')).toBe('Türkiye');
  expect(normalizeName('Ira\u0000n\u0007')).toBe('Iran');
  expect(normalizeName('Ira\ud800n')).toBe('Iran');
  // Letters, marks and paired surrogates are kept.
  expect(normalizeName('Iran 😀 ایران')).toBe('Iran 😀 ایران');
});

test('an article naming Ira\\u200bn and Iran yields one actor, and its quotes slice verbatim', () => {
  const text = 'Ira\u200bn negotiated with Oman on Friday. Iran and the United States held talks in Muscat.';
  const r = extractRelations(text, GAZETTEER, { documentId: 'doc' });
  const ids = new Set(r.relations.flatMap((x) => [x.source, x.target]));
  expect([...ids].sort()).toEqual(['iran', 'oman', 'united-states']);
  expect(r.provisionalActors).toEqual([]);
  for (const rel of r.relations) for (const e of rel.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  expect(r.relations.some((x) => x.evidence.some((e) => e.quote.includes('Ira\u200bn')))).toBe(true);
});

test('bidi controls and zero-width characters are removed from a discovered name, not from its quote', () => {
  const text = 'Iranian Foreign Minister Ali \u200bRe\u202ezaei met Omani officials in Muscat.';
  const r = extractRelations(text, GAZETTEER, { documentId: 'doc' });
  const person = r.provisionalActors.find((a) => a.name.startsWith('Ali'));
  expect(person).toMatchObject({ id: 'ali-rezaei', name: 'Ali Rezaei' });
  const rel = r.relations.find((x) => x.source === 'ali-rezaei' || x.target === 'ali-rezaei')!;
  expect(rel.evidence[0].quote).toContain('Re\u202ezaei');
  expect(text.slice(rel.evidence[0].start, rel.evidence[0].end)).toBe(rel.evidence[0].quote);
});

test('dataset validation stores names, aliases and roles in normal form', () => {
  const d = parseDatasetJson(
    { documents: [], actors: [{ id: 'iran', name: 'Ira\u200bn', kind: 'state', aliases: ['\u202eTehran '] }, { id: 'x', name: 'X\u00a0 Y', kind: 'person', role: 'foreign\u200b minister' }], relations: [] },
    'names.json',
  );
  expect(d.actors.map((a) => [a.name, a.aliases, a.role])).toEqual([
    ['Iran', ['Tehran'], undefined],
    ['X Y', [], 'foreign minister'],
  ]);
  expect(() => parseDatasetJson({ documents: [], actors: [{ id: 'y', name: '\u200b\u202e', kind: 'state' }], relations: [] }, 'names.json')).toThrow(/name.*must not be empty/);
});
