/**
 * Argument round, sixteenth session (issue #12, branch args16): dev misses where a cue was read
 * but its arguments went to other actors or to nobody, grouped by the syntactic mechanism that
 * lost them; each block names the rule in READING_RULES (server/domain/extraction-rules.ts).
 * Every sentence is made up (none replays a corpus sentence); the positive ones fail on the code
 * before the round, the near misses guard against a looser reading.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('objectListTail'), () => {
  it('every actor of an object list that mixes names with plain noun phrases is an object', () => {
    expect(triples('Turkey met with officials from Egypt, the international community, Qatar, and Iran.')).toEqual([
      'egypt negotiates turkey',
      'iran negotiates turkey',
      'qatar negotiates turkey',
    ]);
    expect(triples('Turkey held talks with Iran, regional partners and Qatar on Monday.')).toEqual(['iran negotiates turkey', 'qatar negotiates turkey']);
  });

  it('reads a list with no conjunction when it has three items or more', () => {
    expect(triples('France worked closely with the United Nations, civil society, Egypt, the Government of Israel to deliver aid.')).toEqual([
      'egypt negotiates france',
      'france negotiates israel',
      'france negotiates united-nations',
    ]);
  });

  it('a coordinated clause, an apposition or a modifier adds no object', () => {
    expect(triples('France met with Lavrov, the Russian foreign minister, and Qatar.')).toEqual(['france negotiates lavrov', 'france negotiates qatar']);
    expect(triples('Russia waged war on Ukraine, and steadfast U.S. support continued.')).toEqual(['russia opposes ukraine']);
    expect(triples('France condemned Russia, the ministry said.')).toEqual(['france opposes russia']);
    expect(triples('France imposed sanctions on Iran, Russian banks, and China.')).toEqual(['france opposes china', 'france opposes iran']);
    expect(triples('France met with Egypt, the head of Hamas, and Qatar.')).toEqual(['egypt negotiates france', 'france negotiates qatar']);
    expect(triples('France met with Egypt, a close ally of Iran, and Qatar.')).toEqual(['egypt negotiates france', 'france negotiates qatar']);
  });
});

describe(rule('pronounApposition'), () => {
  it('"We, the ministers of A, B and C" makes the members the subject', () => {
    expect(triples('We, the foreign ministers of France, Germany and Egypt, condemn the attack by Russia on Ukraine.')).toEqual([
      'egypt opposes russia',
      'france opposes russia',
      'germany opposes russia',
      'russia opposes ukraine',
    ]);
  });

  it('only before a group noun of people', () => {
    expect(triples('We, the citizens of France, condemn Russia.')).toEqual([]);
  });
});

describe(rule('mannerPhrase'), () => {
  it('the act a verb condemns starts after the phrase of manner', () => {
    expect(triples('France condemned in the strongest terms the arrest of journalists by Russian authorities.')).toEqual(['france opposes russia']);
  });
});

describe(rule('struckDeal'), () => {
  it('the subject of "struck a deal" is a party of the deal', () => {
    expect(triples('Officials said that Egypt and Qatar have struck a deal to extend the truce.')).toEqual(['egypt negotiates qatar']);
  });

  it('a strike before a deal is still a strike', () => {
    expect(triples('Israel struck Hamas positions before a deal was reached.')).toEqual(['israel opposes hamas']);
  });
});

describe(rule('peopleOf'), () => {
  it('"the governments of A and B" is the pair (a plural head noun)', () => {
    expect(triples('After the talks, the governments of Egypt and Qatar agreed to extend the truce.')).toEqual(['egypt negotiates qatar']);
  });
});
