/**
 * Arguments round, eighteenth session (issue #12, branch args18): arguments the cue's reading
 * attached elsewhere (a noun of government before "of", a body's name before the role noun whose
 * "of" list says who acts). Every sentence is made up (none replays a corpus sentence); the positive
 * ones fail on the code before the round, the near misses guard against a looser reading.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('governmentsOf'), () => {
  it('"the governments of A and B" after "meet with" are each a partner', () => {
    expect(triples('On Monday Rubio met with the governments of Egypt and Saudi Arabia in Cairo.')).toEqual(['egypt negotiates rubio', 'rubio negotiates saudi-arabia']);
  });

  it('"officials from the Governments of A and B": the officials\' "from" reaches the states', () => {
    expect(triples('In Doha, Rubio sat down with senior officials from the Governments of Qatar and Egypt to review the truce.')).toEqual(expect.arrayContaining(['egypt negotiates rubio', 'qatar negotiates rubio']));
  });

  it('reads nothing for "the people of"', () => {
    expect(triples('On Monday Rubio met with the people of Egypt and Qatar at a town hall.')).toEqual([]);
  });
});

describe(rule('pairedProcess'), () => {
  it('"the U.S.-Egypt Strategic Dialogue" after a meeting is talks between the two states', () => {
    expect(triples('Rubio sat down today with Shoukry in Cairo to open the U.S.-Egypt Strategic Dialogue.')).toContain('egypt negotiates united-states');
  });

  it('a capitalised talks noun with no hyphened pair before it stays a name', () => {
    expect(triples('Rubio sat down today with Shoukry in Cairo to open the Nile Strategic Dialogue.')).not.toContain('egypt negotiates united-states');
    expect(triples('Rubio sat down today with Shoukry in Cairo to open the Egypt Strategic Dialogue.')).not.toContain('egypt negotiates united-states');
  });
});

describe(rule('dashParticiple'), () => {
  it('a participle inside the dashes leaves the subject before them to the verb after them', () => {
    expect(triples('Overnight, Hezbollah—and the militias operating out of Sudan and Egypt—launched an unprecedented air attack against naval bases in Israel.')).toContain('hezbollah opposes israel');
  });

  it('a dash phrase too long to be an insertion resumes nothing', () => {
    const long = 'Overnight, Hezbollah—and the militias operating out of the hills and valleys of the long and porous southern frontier regions of Sudan and Egypt—launched an unprecedented air attack against naval bases in Israel.';
    expect(triples(long)).not.toContain('hezbollah opposes israel');
  });
});

describe(rule('describedObjectPrep'), () => {
  it('"launched an unprecedented air attack against X": two describing words before the preposition', () => {
    expect(triples('Iran launched an unprecedented air attack against naval bases in Israel.')).toContain('iran opposes israel');
  });

  it('no more than two: a longer object is no part of the verb\'s phrase', () => {
    expect(triples('Iran launched a new, long and costly campaign against naval bases in Israel.')).not.toContain('iran opposes israel');
  });
});
