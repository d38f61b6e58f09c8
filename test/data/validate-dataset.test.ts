/** Loading a data folder: the valid case, then each fault stopping the load with file, record and field. */
import fs from 'node:fs';
import path from 'node:path';
import { loadDataset } from '../../server/data/load-dataset';
import { DataValidationError } from '../../server/domain/errors';
import { TEXT_A, TEXT_B, tinyData, writeDataDir } from '../helpers/tiny-dataset';
import type { TinyData } from '../helpers/tiny-dataset';

function loadError(mutate: (d: TinyData) => void): DataValidationError {
  const d = tinyData();
  mutate(d);
  try {
    loadDataset(writeDataDir(d));
  } catch (e) {
    if (e instanceof DataValidationError) return e;
    throw e;
  }
  throw new Error('the load succeeded but should have failed');
}

describe('loading a valid data folder', () => {
  const ds = loadDataset(writeDataDir(tinyData()));

  test('reads documents, actors and relations', () => {
    expect(ds.documents.map((d) => d.id)).toEqual(['doc-a', 'doc-b']);
    expect(ds.actors).toHaveLength(4);
  });

  test('computes quote offsets from the text', () => {
    const ev = ds.relations.find((r) => r.id === 'delta-opposes-alpha')!.evidence;
    expect(ev[0]).toMatchObject({ document: 'doc-a', start: TEXT_A.indexOf('Delta opposes'), date: '2026-01-01', outlet: 'Outlet A' });
    expect(TEXT_B.slice(ev[1].start, ev[1].end)).toBe('Delta struck Alpha again.');
  });

  test('a mediates record with `between` and no target stands for mediator → each party', () => {
    const med = ds.relations.filter((r) => r.id === 'gamma-mediates');
    expect(med.map((r) => [r.source, r.target])).toEqual([
      ['gamma', 'alpha'],
      ['gamma', 'beta'],
    ]);
    expect(med[0].between).toEqual(['alpha', 'beta']);
  });
});

describe('each fault stops the load and names file, record and field', () => {
  const cases: [string, (d: TinyData) => void, RegExp][] = [
    ['unknown source actor', (d) => (d.relations[0].source = 'nobody'), /relations\.json, record "alpha-beta-talks" \(#0\), field "source": unknown actor id "nobody"/],
    ['unknown target actor', (d) => (d.relations[2].target = 'nobody'), /record "delta-opposes-alpha" \(#2\), field "target": unknown actor id/],
    ['unknown actor in between', (d) => (d.relations[1].between = ['alpha', 'zeta']), /field "between\[1\]": unknown actor id "zeta"/],
    ['unknown relation type', (d) => (d.relations[0].type = 'hugs'), /relations\.json, record "alpha-beta-talks" \(#0\), field "type"/],
    ['unknown actor kind', (d) => (d.actors[0].kind = 'planet'), /actors\.json, record "alpha" \(#0\), field "kind"/],
    ['duplicate actor id', (d) => d.actors.push({ ...d.actors[0] }), /actors\.json, record "alpha" \(#4\), field "id": duplicate actor id/],
    ['duplicate relation id', (d) => d.relations.push({ ...d.relations[0] }), /relations\.json, record "alpha-beta-talks" \(#3\), field "id": duplicate relation id/],
    ['duplicate document id', (d) => d.index.documents.push({ ...d.index.documents[0], file: 'b.txt' }), /index\.json, record "doc-a" \(#2\), field "id": duplicate document id/],
    [
      'quote not verbatim',
      (d) => ((d.relations[0].evidence as { quote: string }[])[1].quote = 'Beta said talks with Alpha went badly.'),
      /record "alpha-beta-talks" \(#0\), field "evidence\[1\]\.quote": quote is not a verbatim substring of document "doc-b"/,
    ],
    ['quote differing only in whitespace', (d) => ((d.relations[2].evidence as { quote: string }[])[0].quote = 'Delta  opposes Alpha.'), /field "evidence\[0\]\.quote": quote is not a verbatim/],
    ['unknown document', (d) => ((d.relations[2].evidence as { document: string }[])[0].document = 'doc-z'), /field "evidence\[0\]\.document": unknown document id "doc-z"/],
    ['no evidence', (d) => (d.relations[0].evidence = []), /field "evidence": needs at least one evidence item/],
    ['missing target', (d) => delete d.relations[2].target, /record "delta-opposes-alpha" \(#2\), field "target": is required/],
    ['between on a non-mediates relation', (d) => (d.relations[0].between = ['alpha', 'beta']), /field "between": is only allowed on mediates/],
    ['self relation', (d) => (d.relations[2].target = 'delta'), /field "target": an actor cannot relate to itself/],
    ['unknown field', (d) => (d.actors[1].colour = 'red'), /actors\.json, record "beta" \(#1\).*colour/],
    ['unknown affiliation', (d) => (d.actors[3].affiliation = 'nobody'), /record "delta" \(#3\), field "affiliation": unknown actor id "nobody"/],
    ['affiliation cycle', (d) => (d.actors[2].affiliation = 'delta'), /field "affiliation": affiliation chain forms a cycle/],
    ['bad slug id', (d) => (d.actors[0].id = 'Alpha Land'), /actors\.json, record "Alpha Land" \(#0\), field "id"/],
    ['impossible date', (d) => (d.index.documents[1].date = '2026-02-30'), /index\.json, field "documents\[1\]\.date": is not a calendar date/],
    ['document file missing', (d) => delete d.texts['b.txt'], /sources\/b\.txt: cannot be read/],
    ['document not UTF-8', (d) => (d.texts['b.txt'] = Buffer.from([0x42, 0xff, 0xfe, 0x41])), /sources\/b\.txt: is not valid UTF-8/],
    ['actors not an array', (d) => (d.actors = { alpha: 1 } as unknown as Record<string, unknown>[]), /actors\.json: must be a JSON array/],
  ];
  test.each(cases)('%s', (_name, mutate, message) => {
    expect(loadError(mutate).message).toMatch(message);
  });

  test('invalid JSON names the file', () => {
    const dir = writeDataDir(tinyData());
    fs.writeFileSync(path.join(dir, 'relations.json'), '[{"id": ');
    expect(() => loadDataset(dir)).toThrow(/relations\.json: is not valid JSON/);
  });

  test('a missing folder is an error, not a crash', () => {
    expect(() => loadDataset('/nonexistent/actor-graph-data')).toThrow(DataValidationError);
  });
});
