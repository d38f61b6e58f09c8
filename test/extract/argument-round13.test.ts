/**
 * Argument round, thirteenth session (issue #12, branch args13): where a cue's arguments stand, in
 * shapes the reading missed; each block names the rule in READING_RULES
 * (server/domain/extraction-rules.ts) that reads it. Every sentence is made up from general English
 * usage (none replays a corpus sentence); the positive ones fail on the code before the round, the
 * near misses guard against a looser reading.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('governmentsOf'), () => {
  it('"the governments of A and B" stands for each state, also inside another people\'s phrase', () => {
    expect(triples('France met with the governments of Egypt and Qatar.')).toEqual(['egypt negotiates france', 'france negotiates qatar']);
    expect(triples('France met with senior officials from the Governments of Egypt and Qatar, as well as Turkey.')).toEqual([
      'egypt negotiates france',
      'france negotiates qatar',
      'france negotiates turkey',
    ]);
    expect(triples('France met with officials of the governments of Egypt and Qatar.')).toEqual(['egypt negotiates france', 'france negotiates qatar']);
    expect(triples('Germany criticised the governments of Iran and China.')).toEqual(['germany opposes china', 'germany opposes iran']);
  });

  it('coordinated demonyms before "governments" name each state', () => {
    expect(triples('France met with the Egyptian and Qatari governments.')).toEqual(['egypt negotiates france', 'france negotiates qatar']);
  });

  it('the states stay what the phrase is about when no preposition of the cue governs it', () => {
    expect(triples('France met with Turkey about the governments of Egypt and Qatar.')).toEqual(['france negotiates turkey']);
    expect(triples('France met the people of Egypt and Qatar.')).toEqual([]);
  });
});

describe(rule('pairDescription'), () => {
  it('a plural noun of what the two are to each other stands between "between" and the pair', () => {
    expect(triples('France backed talks between neighbours Armenia and Azerbaijan.')).toEqual(['armenia negotiates azerbaijan']);
    expect(triples('Talks between longtime foes Armenia and Azerbaijan resumed.')).toEqual(['armenia negotiates azerbaijan']);
    expect(triples('France condemned the fighting between nuclear-armed neighbours Armenia and Azerbaijan.')).toEqual(['armenia opposes azerbaijan', 'azerbaijan opposes armenia']);
  });

  it('a name inside the description only describes the pair', () => {
    expect(triples('France backed talks between NATO allies Turkey and Germany.')).toEqual(['germany negotiates turkey']);
    expect(triples('France backed talks between EU Partners Germany and Turkey.')).toEqual(['germany negotiates turkey']);
  });

  it('only before "between"/"among": elsewhere the noun changes nothing', () => {
    expect(triples('France praised the alliance between Turkey and its allies Qatar and Egypt.')).toEqual([]);
    expect(triples('France met with allies Germany and Turkey.')).toEqual(['france negotiates germany', 'france negotiates turkey']);
  });
});
