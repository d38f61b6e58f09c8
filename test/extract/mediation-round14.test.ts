/**
 * Mediation round, fourteenth session (issue #12, branch med14): a side reported meeting the
 * go-betweens, a rule of READING_RULES (server/domain/extraction-rules.ts). Every sentence here is made up.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;
const mediation = (text: string): string[] => triples(text).filter((t) => t.includes('mediates'));
const war = 'Israel struck Hamas in Gaza. ';

describe(rule('metGoBetweens'), () => {
  it('the side that meets the go-betweens is a party, with the other side of its conflict', () => {
    // Another paragraph's talks (Russia and Ukraine) are not what Egypt's mediators work on.
    expect(mediation(`Russia and Ukraine held talks in Istanbul. ${war}Hamas officials met Egyptian mediators in Cairo.`)).toEqual(['egypt mediates hamas', 'egypt mediates israel']);
    expect(mediation(`${war}The Israeli delegation will meet with the Qatari mediators on Monday.`)).toEqual(['qatar mediates hamas', 'qatar mediates israel']);
  });

  it('an infinitive of meeting is done by the actor right before its "to", not the one who authorizes it', () => {
    expect(mediation(`Russia and Ukraine held talks in Istanbul. ${war}The United Nations authorized Israeli negotiators to engage with Qatari mediators.`)).toEqual(['qatar mediates hamas', 'qatar mediates israel']);
  });

  it('with no conflict or talks of that side reported, the side that meets them alone', () => {
    expect(mediation('The Sudanese army met with Saudi and American mediators in Jeddah.')).toEqual(['saudi-arabia mediates sudan', 'united-states mediates sudan']);
  });

  it('not a meeting denied, nor the go-betweens\' own side, nor a side named only by a pronoun', () => {
    expect(mediation(`${war}Hamas officials did not meet with Egyptian mediators.`)).toEqual([]);
    expect(mediation(`${war}Egyptian officials met with Egyptian mediators.`).filter((t) => t.startsWith('egypt mediates egypt'))).toEqual([]);
    expect(mediation('The president backed the minister, who authorized his negotiators to engage with Qatari mediators.')).toEqual([]);
  });
});

describe(rule('endingWarBetween'), () => {
  it('one who ends, or brings about the end of, a war between two sides is their go-between', () => {
    expect(mediation('Egypt helped end the war between Israel and Hamas.')).toEqual(['egypt mediates hamas', 'egypt mediates israel']);
    expect(mediation('The efforts by Egypt to end the war between Israel and Hamas succeeded.')).toEqual(['egypt mediates hamas', 'egypt mediates israel']);
    expect(mediation("Egypt's efforts to negotiate an end to the fighting between Israel and Hamas were praised.")).toEqual(['egypt mediates hamas', 'egypt mediates israel']);
    expect(mediation('Norway resolved the dispute between Peru and Chile.')).toEqual(['norway mediates chile', 'norway mediates peru']);
  });

  it('not a side of the war, an end only called for or wished, nor one denied', () => {
    expect(mediation('Ukraine vowed to end the war between Russia and Ukraine.')).toEqual([]);
    expect(mediation('The UN called for an end to the war between Israel and Hamas.')).toEqual([]);
    expect(mediation('Russia wants to end the war between Israel and Hamas.')).toEqual([]);
    expect(mediation('Egypt did not end the war between Israel and Hamas.')).toEqual([]);
  });
});

describe(rule('helperOfNoun'), () => {
  it('the one named with "of" after a noun of help is the go-between, with or without the parties in the clause', () => {
    expect(mediation(`${war}The truce was reached with the mediation of Egypt.`)).toEqual(['egypt mediates hamas', 'egypt mediates israel']);
    expect(mediation(`${war}The mediation of Egypt between Israel and Hamas continued.`)).toEqual(['egypt mediates hamas', 'egypt mediates israel']);
  });

  it('not a party of the conflict named as the helper, nor a truce denied', () => {
    expect(mediation(`${war}The truce was reached with the help of Hamas.`)).toEqual([]);
    expect(mediation(`${war}The truce was not reached despite the mediation of Egypt.`)).toEqual([]);
  });
});
