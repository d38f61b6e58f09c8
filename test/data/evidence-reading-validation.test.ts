/** A quote's reading (rule, cue, spans) is checked at load; each fault names its field. */
import { parseDatasetJson } from '../../server/data/load-dataset';
import { DataValidationError } from '../../server/domain/errors';

// A made-up report: no bundled or corpus sentence.
const TEXT = 'Ruritania condemned Osterlich over the border closure. Talks are planned.';
const QUOTE = 'Ruritania condemned Osterlich over the border closure.';
const span = (words: string): [number, number] => [TEXT.indexOf(words), TEXT.indexOf(words) + words.length];

function dumpWith(evidence: Record<string, unknown>): unknown {
  return {
    documents: [{ id: 'doc-r', title: 'Border', outlet: 'Made-up Wire', date: '2026-04-01', text: TEXT }],
    actors: [
      { id: 'ruritania', name: 'Ruritania', kind: 'state', aliases: [] },
      { id: 'osterlich', name: 'Osterlich', kind: 'state', aliases: [] },
    ],
    relations: [
      {
        id: 'ruritania-opposes-osterlich',
        source: 'ruritania',
        target: 'osterlich',
        type: 'opposes',
        evidence: [{ document: 'doc-r', quote: QUOTE, confidence: 0.8, method: 'extracted', rule: 'opposes.verb', cue: 'condemned', spans: { cue: span('condemned'), source: span('Ruritania'), target: span('Osterlich') }, ...evidence }],
      },
    ],
  };
}

function loadError(evidence: Record<string, unknown>): DataValidationError {
  try {
    parseDatasetJson(dumpWith(evidence), 'dump.json');
  } catch (e) {
    if (e instanceof DataValidationError) return e;
    throw e;
  }
  throw new Error('the load succeeded but should have failed');
}

test('a sound reading loads', () => {
  const ds = parseDatasetJson(dumpWith({}), 'dump.json');
  expect(ds.relations[0].evidence[0]).toMatchObject({ rule: 'opposes.verb', cue: 'condemned' });
});

test('an unknown rule name is refused, naming the field and the known rules', () => {
  const e = loadError({ rule: 'opposes.hunch' });
  expect(e.field).toBe('evidence[0].rule');
  expect(e.message).toMatch(/"opposes\.hunch" is not a known rule/);
  expect(e.message).toMatch(/mediationThrough/);
  expect(loadError({ rule: 'befriends.verb' }).field).toBe('evidence[0].rule');
});

test('a span outside the quote is refused, naming which span', () => {
  const e = loadError({ spans: { cue: span('condemned'), source: span('Ruritania'), target: span('Talks') } });
  expect(e.field).toBe('evidence[0].spans.target');
  expect(e.message).toMatch(/lies outside the quote/);
});

test('a cue that is not the quote\'s words at its span is refused', () => {
  const wrong = loadError({ cue: 'denounced' });
  expect(wrong.field).toBe('evidence[0].cue');
  expect(wrong.message).toMatch(/"denounced" is not the quote's words at spans\.cue \("condemned"\)/);
  // Words of the quote, but not where the span says.
  expect(loadError({ cue: 'border' }).field).toBe('evidence[0].cue');
});

test('a span written backwards or with a missing end is refused by shape', () => {
  expect(loadError({ spans: { cue: [14, 10], source: span('Ruritania'), target: span('Osterlich') } }).field).toBe('evidence[0].spans.cue');
  expect(loadError({ spans: { cue: span('condemned'), source: [0], target: span('Osterlich') } }).field).toMatch(/^evidence\[0\]\.spans\.source/);
});

test('rule, cue and spans go together', () => {
  const e = loadError({ spans: undefined });
  expect(e.field).toBe('evidence[0].spans');
  expect(e.message).toMatch(/rule, cue and spans go together/);
  expect(loadError({ rule: undefined }).field).toBe('evidence[0].rule');
});

test('a reading whose target was named in an earlier sentence (no target span) loads', () => {
  const ds = parseDatasetJson(dumpWith({ spans: { cue: span('condemned'), source: span('Ruritania') } }), 'dump.json');
  expect(ds.relations[0].evidence[0].spans).toEqual({ cue: span('condemned'), source: span('Ruritania') });
});
