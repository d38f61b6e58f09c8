/**
 * News-style writing (issue #12): the rules written from official statements meet news reports.
 * Made-up sentences only; none is taken from the evaluation corpus.
 */
import { triples } from './helpers';

describe('filter multilateralMeeting', () => {
  it('does not split a meeting of three or more sides into pairwise negotiations', () => {
    expect(triples('Egypt, France and Germany met in Rome on Tuesday to discuss the crisis.')).toEqual([]);
    expect(triples('Talks between Armenia, Azerbaijan and Turkey opened in Vienna.')).toEqual([]);
  });

  it('keeps a meeting of two sides, and one actor meeting two others', () => {
    expect(triples('Egypt and France met in Rome on Tuesday.')).toEqual(['egypt negotiates france']);
    expect(triples('Putin, Lavrov and Zelensky met in Istanbul.')).toEqual(expect.arrayContaining(['putin negotiates zelensky', 'lavrov negotiates zelensky']));
    expect(triples('Turkey met with Armenia and Azerbaijan in Ankara.')).toEqual(['armenia negotiates turkey', 'azerbaijan negotiates turkey']);
  });
});

describe('a clause opened by "after" or "before" has its own subject', () => {
  it('reads the subject after the conjunction', () => {
    expect(triples('The decision came after the European Union sanctioned Iran.')).toEqual(['european-union opposes iran']);
    expect(triples('The statement was issued before Putin spoke with Zelensky.')).toEqual(['putin negotiates zelensky']);
  });

  it('leaves "after" before a noun phrase a preposition', () => {
    expect(triples('Russia attacked Ukraine after the talks in Turkey.')).toEqual(['russia opposes ukraine']);
  });
});
