/**
 * `npm run eval -- --diagnose`: each miss is put at the stage where extraction lost it, each false
 * alarm names its rule, and the tool refuses to diagnose the frozen test split. Made-up sentences.
 */
import { checkArticle, diagnosisText, parseArgs, partOf, partsText, readable } from '../scripts/eval';
import { KEPT_UNSEEN_PARTS } from '../scripts/eval/unseen-parts';
import { diagnoseArticle } from '../scripts/eval/diagnose';
import { nameKey } from '../scripts/eval/names';
import type { CorpusArticle, GoldRelation } from '../scripts/eval/corpus';
import { madeUpArticle } from './helpers/made-up-article';
import { freshGazetteer, runArticle } from '../scripts/eval/run';

const article = (text: string, relations: GoldRelation[], split: 'dev' | 'test' = 'dev'): CorpusArticle =>
  madeUpArticle({ id: 'made-up', text, relations, split, actors: ['Peru', 'Bolivia', 'Freedonia'] });

/** The article with more names of one of its gold actors, as its annotator would list them. */
function withAliases(a: CorpusArticle, name: string, aliases: string[]): CorpusArticle {
  return { ...a, actors: new Map([...a.actors, [name, { kind: 'state' as const, aliases }]]) };
}

const opposes = (source: string, target: string, quote: string): GoldRelation => ({ source, target, type: 'opposes', quotes: [quote] });

/** The stage and detail of the one miss of a made-up article (`aliases`: more names of one gold actor). */
function missOf(text: string, relation: GoldRelation, aliases?: [string, string[]]) {
  const a = article(text, [relation]);
  const d = runArticle(aliases ? withAliases(a, ...aliases) : a, freshGazetteer(), true).diagnosis!;
  expect(d.misses).toHaveLength(1);
  return d.misses[0];
}

describe('miss diagnosis', () => {
  test('an actor never recognised', () => {
    const m = missOf('Peru condemned the rebels on the coast.', opposes('Peru', 'Freedonia', 'Peru condemned the rebels on the coast.'), ['Freedonia', ['the rebels on the coast']]);
    expect(m).toMatchObject({ stage: 'actor', detail: 'never recognised: Freedonia' });
  });

  test('an end the quote only refers to ("it", a role noun) is put apart from one it names', () => {
    const text = 'Peru massed troops on the border. It condemned Bolivia on Monday.';
    const m = missOf(text, opposes('Peru', 'Bolivia', 'It condemned Bolivia on Monday.'));
    expect(m).toMatchObject({ stage: 'reference', detail: 'never named in the quotes: Peru' });
  });

  test('an end named in the quote by an alias is no reference miss', () => {
    const text = 'The coastal junta looked at Bolivia with quiet disdain.';
    const m = missOf(text, opposes('Peru', 'Bolivia', text), ['Peru', ['the coastal junta']]);
    expect(m.stage).toBe('actor');
  });

  test('both recognised, never together in the quote sentence', () => {
    const text = 'Peru condemned the raid by the highland cabinet. Bolivia denied any part in it.';
    const m = missOf(text, opposes('Peru', 'Bolivia', 'Peru condemned the raid by the highland cabinet.'), ['Bolivia', ['the highland cabinet']]);
    expect(m).toMatchObject({ stage: 'sentence', detail: 'quote sentences name: Peru' });
  });

  test('both in the quote sentence, no cue of the type', () => {
    const m = missOf('Peru looked at Bolivia with quiet disdain.', opposes('Peru', 'Bolivia', 'Peru looked at Bolivia with quiet disdain.'));
    expect(m.stage).toBe('cue');
  });

  test('the cue dropped as negated', () => {
    const m = missOf('Peru did not condemn Bolivia at the summit.', opposes('Peru', 'Bolivia', 'Peru did not condemn Bolivia at the summit.'));
    expect(m).toMatchObject({ stage: 'negated', detail: 'dropped: "condemn"' });
  });

  test('not negated while a cue of the type survived: its arguments went elsewhere', () => {
    const text = 'Peru did not condemn Bolivia; the raid was criticised.';
    const m = missOf(text, opposes('Peru', 'Bolivia', text));
    expect(m).toMatchObject({ stage: 'arguments', detail: 'no arguments for cue(s) "condemn", "raid", "criticise"' });
  });

  test('the cue read with its arguments the other way round', () => {
    const m = missOf('Peru condemned Bolivia over the raid.', opposes('Bolivia', 'Peru', 'Peru condemned Bolivia over the raid.'));
    expect(m.stage).toBe('arguments');
    expect(m.detail).toMatch(/^reversed; Peru -> Bolivia \(opposes\.verb, cue "condemn"/);
  });

  test('a candidate made, then dropped by its confidence (a hypothetical)', () => {
    const m = missOf('Peru could condemn Bolivia over the raid.', opposes('Peru', 'Bolivia', 'Peru could condemn Bolivia over the raid.'));
    expect(m.stage).toBe('threshold');
    expect(m.detail).toMatch(/^below 0\.35: Peru -> Bolivia \(opposes\.verb/);
  });

  test('a false alarm names the rule that read it, and the report counts stages and rules', () => {
    const d = runArticle(article('Peru condemned Bolivia over the raid.', []), freshGazetteer(), true).diagnosis!;
    expect(d.falseAlarms).toEqual([{ article: 'made-up', type: 'opposes', source: 'Peru', target: 'Bolivia', rules: ['opposes.verb'], quotes: ['Peru condemned Bolivia over the raid.'] }]);
    const negated = runArticle(article('Peru did not condemn Bolivia.', [opposes('Peru', 'Bolivia', 'Peru did not condemn Bolivia.')]), freshGazetteer(), true).diagnosis!;
    const text = diagnosisText([d, negated]);
    expect(text).toMatch(/^negated: cue dropped as negated.*\s+0\s+0\s+1\s+1$/m);
    expect(text).toMatch(/^\s+1 {2}opposes\.verb$/m);
    expect(text).toMatch(/\[negated\] made-up {2}Peru -> Bolivia \(opposes\): dropped: "condemn"/);
  });
});

describe('name keys', () => {
  test('a name with and without its generational suffix is one name (rule nameSuffix)', () => {
    expect(nameKey('President Kwame A. Mensah, Jr.')).toBe(nameKey('President Kwame A. Mensah'));
    expect(nameKey('Kwame Mensah Sr.')).toBe(nameKey('Kwame Mensah'));
    expect(nameKey('Kwame Mensah')).not.toBe(nameKey('Kwame'));
  });

  test('a middle initial, a numeral ending the name and a possessive do not make another name', () => {
    expect(nameKey('Kwame A. Mensah')).toBe(nameKey('Kwame Mensah'));
    expect(nameKey('Kwame A Mensah')).toBe(nameKey('Kwame Mensah'));
    expect(nameKey('Kwame A. Mensah III')).toBe(nameKey('Kwame Mensah'));
    expect(nameKey('Mensah’s')).toBe(nameKey('Mensah'));
    expect(nameKey("Mensah's")).toBe(nameKey('Mensah'));
    // Initials that are the name, a numeral that is not at the end, one-word names: kept.
    expect(nameKey('A. B. Mensah')).not.toBe(nameKey('Mensah'));
    expect(nameKey('Louis IV')).not.toBe(nameKey('Louis'));
    expect(nameKey('Kwame Mensah')).not.toBe(nameKey('Kwame Mensa'));
    expect(nameKey('Mensahs')).not.toBe(nameKey('Mensah'));
  });
});

describe('figures per part', () => {
  test('an article\'s part is its id up to the first hyphen', () => {
    expect(partOf('wn-2019-some-report')).toBe('wn');
    expect(partOf('maint-a')).toBe('maint');
  });

  test('the per-part table sums the articles of each part', () => {
    const found = runArticle(article('Peru condemned Bolivia over the raid.', [opposes('Peru', 'Bolivia', 'Peru condemned Bolivia over the raid.')]), freshGazetteer(), false);
    const missed = runArticle(article('Peru looked at Bolivia with quiet disdain.', [opposes('Peru', 'Bolivia', 'Peru looked at Bolivia with quiet disdain.')]), freshGazetteer(), false);
    const text = partsText([{ ...found, id: 'x-1' }, { ...missed, id: 'x-2' }, { ...found, id: 'y-1' }]);
    expect(text).toMatch(/^x\s+2\s+2\s+1\s+0\s+1\s+1\.000\s+0\.500\s+0\.667$/m);
    expect(text).toMatch(/^y\s+1\s+1\s+1\s+0\s+0\s+1\.000\s+1\.000\s+1\.000$/m);
  });
});

describe('a dev part kept unseen is scored as the test split is', () => {
  test('--unseen PART means dev, and takes neither --diagnose, --article nor --split test', () => {
    expect(parseArgs(['--unseen', 'q'])).toEqual({ split: 'dev', unseen: 'q', diagnose: false, json: false });
    expect(parseArgs(['--unseen', 'q', '--json'])).toEqual({ split: 'dev', unseen: 'q', diagnose: false, json: true });
    expect(() => parseArgs(['--unseen', 'q', '--diagnose'])).toThrow(/--unseen: an unseen part's misses are never read/);
    expect(() => parseArgs(['--unseen', 'q', '--article', 'q-1'])).toThrow(/--unseen: an unseen part's misses are never read/);
    expect(() => parseArgs(['--split', 'test', '--unseen', 'q'])).toThrow(/--unseen: a part of dev/);
  });

  test('an article of any part kept unseen is never shown one by one: not readable, and --article refuses it', () => {
    expect(KEPT_UNSEEN_PARTS.size).toBeGreaterThan(0);
    for (const part of KEPT_UNSEEN_PARTS) {
      const hidden = madeUpArticle({ id: `${part}-made-up`, text: 'Peru met Bolivia.', relations: [], split: 'dev', actors: ['Peru', 'Bolivia'] });
      expect(readable(hidden.gold)).toBe(false);
      expect(readable({ id: `${part}x-made-up`, split: 'dev' })).toBe(true);
      expect(() => checkArticle({ ...parseArgs([]), article: hidden.gold.id }, [hidden])).toThrow(new RegExp(`--article: ${part}-made-up is in part ${part}, kept unseen`));
    }
    expect(readable({ id: 'made-up', split: 'test' })).toBe(false);
  });

  test('--unseen needs a part: an id prefix without its hyphen', () => {
    expect(() => parseArgs(['--unseen'])).toThrow(/--unseen: expected a part of dev .* got nothing/);
    expect(() => parseArgs(['--unseen', '--json'])).toThrow(/--unseen: expected a part of dev/);
    expect(() => parseArgs(['--unseen', 'q-1'])).toThrow(/--unseen: expected a part of dev/);
  });
});

describe('the test split stays frozen', () => {
  test('--diagnose is refused with --split test, and means dev otherwise', () => {
    expect(() => parseArgs(['--split', 'test', '--diagnose'])).toThrow(/--diagnose: the test split is frozen/);
    expect(() => parseArgs(['--diagnose', '--split', 'test'])).toThrow(/--diagnose: the test split is frozen/);
    expect(parseArgs(['--diagnose'])).toEqual({ split: 'dev', diagnose: true, json: false });
  });

  test('--diagnose of a test article is refused; of a dev article it is not', () => {
    const frozen = article('Peru condemned Bolivia.', [], 'test');
    expect(() => checkArticle({ ...parseArgs(['--diagnose']), article: 'made-up' }, [frozen])).toThrow(/--diagnose: made-up is a test article/);
    expect(() => checkArticle({ ...parseArgs([]), article: 'made-up' }, [frozen])).not.toThrow();
    expect(() => checkArticle({ ...parseArgs(['--diagnose']), article: 'made-up' }, [article('Peru condemned Bolivia.', [])])).not.toThrow();
  });

  test('diagnoseArticle itself refuses a test article', () => {
    const frozen = article('Peru condemned Bolivia.', [opposes('Peru', 'Bolivia', 'Peru condemned Bolivia.')], 'test');
    expect(() => diagnoseArticle(frozen, [], { analysis: { sentences: [], actors: new Map(), provisional: new Map() }, candidates: [], dropped: [], scored: [] }, new Map())).toThrow(/made-up is a test article/);
  });
});
