/**
 * Relations official statements and news state without the usual verbs (issue #12, recall round).
 * Made-up sentences only; none is taken from the evaluation corpus.
 */
import { triples } from './helpers';

const WHITE_HOUSE = { outlet: 'The White House', title: 'Statement from President Biden' };

describe('rule finding: a formal finding of atrocities opposes the one found guilty', () => {
  it('"determined that members of A and B committed war crimes" opposes A and B', () => {
    expect(triples('The United States has determined that members of Hamas and Hezbollah committed war crimes.')).toEqual(['united-states opposes hamas', 'united-states opposes hezbollah']);
    expect(triples('Germany concluded that Russia had carried out genocide.')).toEqual(['germany opposes russia']);
  });

  it('reads "we" as the government the statement speaks for', () => {
    expect(triples('We have found that the forces of Russia committed crimes against humanity.', WHITE_HOUSE)).toEqual(['united-states opposes russia']);
  });

  it('needs an atrocity named: other findings and "determined to" oppose nobody', () => {
    expect(triples('The United States determined that Hamas had released the hostages.')).toEqual([]);
    expect(triples('Israel is determined to talk with Egypt about war crimes.')).not.toContain('israel opposes egypt');
    expect(triples('Qatar found that civilians in Egypt were victims of war crimes.')).toEqual([]);
  });
});
