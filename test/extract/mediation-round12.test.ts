/**
 * Mediation round, twelfth session (issue #12, branch med12): ways news reports a third side's part
 * in talks that the earlier rounds misread, each a rule of READING_RULES
 * (server/domain/extraction-rules.ts). Every sentence here is made up.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;
const mediation = (text: string, options = {}): string[] => triples(text, options).filter((t) => t.includes('mediates'));

describe(rule('undottedAcronymEnd'), () => {
  it('"U.S" and "U.N" without their last dot name the state and the body', () => {
    expect(mediation('The U.S brokered a truce between Israel and Hamas.')).toEqual(['united-states mediates hamas', 'united-states mediates israel']);
    expect(mediation('The U.N envoy mediated between Israel and Hamas.')).toEqual(['united-nations mediates hamas', 'united-nations mediates israel']);
  });

  it('a lone capital before a full stop stays a word and a sentence end', () => {
    expect(triples('Israel negotiated with Hamas through Plan B. Egypt mediated.')).toContain('hamas negotiates israel');
  });
});

describe(rule('pairNamedLater'), () => {
  it('"the two ministers" who discuss the conflict between A and B are not A and B', () => {
    expect(triples('The two ministers discussed the conflict between Israel and Hamas.')).toEqual(['hamas opposes israel', 'israel opposes hamas']);
    expect(triples('Both leaders talked about the war between Russia and Ukraine.').filter((t) => t.includes('negotiates'))).toEqual([]);
  });

  it('a pair in apposition to the anaphor, and a pair named before, still count', () => {
    expect(triples('Both sides, Israel and Hamas, agreed to a truce.')).toEqual(['hamas negotiates israel']);
    expect(triples('Israel and Hamas fought for weeks. The two sides agreed to a truce brokered by Egypt.')).toEqual(expect.arrayContaining(['egypt mediates hamas', 'egypt mediates israel', 'hamas negotiates israel']));
  });
});

describe(rule('hostedPair'), () => {
  it('a host receiving two sides\' delegations is their go-between, and they meet', () => {
    // Two foes (review of session 12: the document must report them as such, test/extract/review-round13.test.ts).
    const war = 'Israel struck Hamas targets in Gaza. ';
    expect(triples(`${war}Qatar hosted the Israeli and Hamas delegations in Doha.`)).toEqual(['hamas negotiates israel', 'israel opposes hamas', 'qatar mediates hamas', 'qatar mediates israel']);
    expect(triples(`${war}Egypt hosted Israeli and Hamas officials in Cairo for talks.`)).toEqual(['egypt mediates hamas', 'egypt mediates israel', 'hamas negotiates israel', 'israel opposes hamas']);
  });

  it('a single visitor, two visitors not named as sent people, or the host\'s own people are no mediation', () => {
    expect(triples('Lavrov hosted Sybiha in Moscow.')).toEqual(['lavrov negotiates sybiha']);
    expect(mediation('Qatar hosted Israel and Hamas.')).toEqual([]);
    expect(mediation('Qatar hosted the Qatari and Hamas delegations.')).toEqual([]);
  });
});

describe(rule('recentPairOfSides'), () => {
  it('"facilitated the talks" is about the talks of its own paragraph, not another paragraph\'s', () => {
    const text = 'Russia and Ukraine held talks in Istanbul on Monday. Turkey facilitated the talks.\n\nIsrael and Hamas negotiated in Doha on Tuesday. Qatar facilitated the talks.';
    expect(mediation(text)).toEqual(['qatar mediates hamas', 'qatar mediates israel', 'turkey mediates russia', 'turkey mediates ukraine']);
  });

  it('a truce brokered by a third side is between those who agreed to it', () => {
    expect(mediation('Israel and Hamas agreed to a ceasefire on Friday. The truce was brokered by Egypt.')).toEqual(['egypt mediates hamas', 'egypt mediates israel']);
  });

  it('no pair before it in the paragraph or the document: nothing', () => {
    expect(mediation('Qatar facilitated the talks.')).toEqual([]);
    expect(mediation('The truce was brokered by Egypt.')).toEqual([]);
  });
});

describe(rule('askedInfinitive'), () => {
  it('a call for A and B to resume a go-between\'s dialogue is no talks between them, the go-between still mediates', () => {
    expect(triples('Russia called for Serbia and Kosovo to resume the EU-facilitated dialogue.')).toEqual(['european-union mediates kosovo', 'european-union mediates serbia']);
    expect(triples('France made a call for Serbia and Kosovo to resume the Turkish-facilitated dialogue.')).toEqual(['turkey mediates kosovo', 'turkey mediates serbia']);
  });

  it('"the need for" is no call', () => {
    expect(triples('The envoy stressed the need for Serbia and Kosovo to reengage in the Turkish-facilitated dialogue.')).toContain('kosovo negotiates serbia');
  });
});

describe(rule('negotiatedSolution'), () => {
  it('a go-between of a negotiated settlement works between the sides of the conflict', () => {
    expect(mediation('Russia attacked Ukraine in February. Turkey facilitated a negotiated settlement.')).toEqual(['turkey mediates russia', 'turkey mediates ukraine']);
    expect(mediation('Russia attacked Ukraine in February. Turkey brokered a political solution to end the war.')).toEqual(['turkey mediates russia', 'turkey mediates ukraine']);
  });

  it('not a solution talks do not produce, nor one with no conflict to settle', () => {
    expect(mediation('Russia attacked Ukraine in February. Turkey facilitated a technical solution.')).toEqual([]);
    expect(mediation('Turkey facilitated a negotiated settlement.')).toEqual([]);
  });
});

describe(rule('subBody'), () => {
  it('a body\'s organ named after it is the go-between, not the body', () => {
    expect(mediation('The OSCE Minsk Group mediated between Armenia and Azerbaijan.')).toEqual(['osce-minsk-group mediates armenia', 'osce-minsk-group mediates azerbaijan']);
    expect(mediation('The African Union Peace and Security Council mediated between Sudan and South Sudan.')).toEqual(['african-union-peace-and-security-council mediates south-sudan', 'african-union-peace-and-security-council mediates sudan']);
  });

  it('no word of its own, or a state named inside: the body itself', () => {
    expect(mediation('The UN Commission mediated between Sudan and South Sudan.')).toEqual(['united-nations mediates south-sudan', 'united-nations mediates sudan']);
    expect(mediation('The OSCE mediated between Armenia and Azerbaijan.')).toEqual(['osce mediates armenia', 'osce mediates azerbaijan']);
  });
});

describe(rule('twoSides'), () => {
  /** A government outlet: its readouts report its own envoys (server/extract/author.ts). */
  const READOUT = { outlet: 'U.S. Department of State' };

  it('a readout of its own envoy\'s call lends no pair to a go-between', () => {
    expect(mediation('Envoy Karl Lind spoke with Israeli Foreign Minister Dan Levi on Monday. Lind and Levi spoke again on Tuesday. Both welcomed Egypt’s mediation efforts.', READOUT)).toEqual([]);
  });

  it('a pair of two sides is still borrowed', () => {
    expect(mediation('Israel and Hamas held talks on Monday. Israel and Hamas met again on Tuesday. Both welcomed Egypt’s mediation efforts.', READOUT)).toEqual(['egypt mediates hamas', 'egypt mediates israel']);
  });
});
