/**
 * Coreference round, seventeenth session (issue #12, branch coref17): arguments written as a pronoun
 * or a pair anaphor, read by their nearest compatible antecedent. Every sentence is made up (none
 * replays a corpus sentence); the positive ones fail on the code before the round, the near misses
 * guard against a looser reading.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { nearestPairs } from '../../server/extract/nearest-pair';
import { confidenceOf, triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('rolePronoun'), () => {
  it('"he" after a role noun that opens its clause is that role noun\'s person, though the sentence before named two', () => {
    expect(triples('Secretary Rubio met Foreign Minister Fidan in Ankara. The Secretary said he had also spoken with Lavrov.')).toEqual([
      'fidan negotiates rubio',
      'lavrov negotiates rubio',
    ]);
    expect(triples('Secretary Rubio met Foreign Minister Fidan in Ankara. On Tuesday, the Secretary said that he had called Lavrov.')).toContain('lavrov negotiates rubio');
  });

  it('a role noun that is an object, or "him", is not read', () => {
    expect(triples('Secretary Rubio met Foreign Minister Fidan in Ankara. Lavrov said the Secretary told him that he had met Iran.')).not.toContain('iran negotiates rubio');
  });
});

describe(rule('nearestPair'), () => {
  it('"both sides" after a hostile pair of its paragraph is that pair, not the document\'s pair of talks', () => {
    expect(triples('Egypt hosted talks between Israel and Hamas.\nThe Southern Transitional Council is in conflict with Yemen. Both sides also oppose the Houthis.')).toEqual(
      expect.arrayContaining(['southern-transitional-council opposes houthis', 'yemen opposes houthis']),
    );
    expect(triples('Egypt hosted talks between Israel and Hamas.\nThe Southern Transitional Council is in conflict with Yemen. Both sides also oppose the Houthis.')).not.toContain('israel opposes houthis');
  });

  it('orders the paragraph\'s pairs by recency, then the document\'s', () => {
    const talks: [string, string] = ['a', 'b'];
    const foes: [string, string] = ['c', 'd'];
    const doc: [string, string] = ['e', 'f'];
    expect(nearestPairs({ recentPair: talks, recentFoes: foes, foesLater: true, pair: doc })).toEqual([foes, talks, doc, undefined]);
    expect(nearestPairs({ recentPair: talks, recentFoes: foes, foesLater: false, pair: doc })).toEqual([talks, doc, foes, undefined]);
  });
});

describe(rule('reportedWill'), () => {
  it('a reported "would" with a pronoun subject counts as "will"', () => {
    expect(confidenceOf('Rubio noted that he would continue to remain in close touch with Fidan.', 'fidan negotiates rubio')).toBeGreaterThanOrEqual(0.35);
    expect(confidenceOf('Rubio told reporters that he would meet Fidan in Ankara.', 'fidan negotiates rubio')).toBeGreaterThanOrEqual(0.35);
  });

  it('a condition, a counterfactual, a wish or a named subject keep it hypothetical', () => {
    expect(confidenceOf('Rubio said he would meet Fidan if Iran agreed.', 'fidan negotiates rubio')).toBeLessThan(0.35);
    expect(confidenceOf('Rubio said he would have met Fidan.', 'fidan negotiates rubio')).toBeLessThan(0.35);
    expect(confidenceOf('Rubio said he would like to meet Fidan.', 'fidan negotiates rubio')).toBeLessThan(0.35);
    expect(confidenceOf('Rubio said Fidan would meet Lavrov.', 'fidan negotiates lavrov')).toBeLessThan(0.35);
    expect(confidenceOf('Rubio would meet Fidan.', 'fidan negotiates rubio')).toBeLessThan(0.35);
  });
});
