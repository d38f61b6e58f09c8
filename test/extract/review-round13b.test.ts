/**
 * Review of the thirteenth session's rules (issue #12, branch review13b): false readings the review
 * found in ordinary news, each mended in the rule named, on made-up sentences only.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('triedAct'), () => {
  it('reads an attempted attack or mediation as done: the attempt is the act', () => {
    expect(triples('Russia tried to attack Ukraine’s power grid overnight.')).toEqual(['russia opposes ukraine']);
    expect(triples('Israel tried to kill Hamas leaders in Doha.')).toEqual(['israel opposes hamas']);
    expect(triples('Egypt is trying to mediate between Israel and Hamas.')).toEqual(['egypt mediates hamas', 'egypt mediates israel']);
  });

  it('still stores no meeting only tried for, nor an act only wanted', () => {
    expect(triples('Russia tried to meet with Ukraine but Kyiv refused.')).toEqual([]);
    expect(triples('Reporters learned that Peru was wanting to expel Chilean diplomats.')).toEqual([]);
  });
});

describe(rule('jointSubjects'), () => {
  it('reads a fight between co-subjects described together in an insert', () => {
    expect(triples('Peru and Bolivia, together accounting for half the tin output, have been fighting since May.')).toEqual(['bolivia opposes peru', 'peru opposes bolivia']);
  });

  it('still reads co-subjects acting together as one side', () => {
    expect(triples('Peru and Bolivia have worked together in fighting the rebels.')).toEqual([]);
    expect(triples('Peru and Bolivia, together, have been fighting the rebels.')).toEqual([]);
  });
});

describe(rule('committedContact'), () => {
  it('reads a dialogue said to be going on as reported, under a commitment to keep it', () => {
    expect(triples('Peru and Bolivia affirmed their commitment to maintain the ongoing dialogue with Chile.')).toEqual(['bolivia negotiates chile', 'chile negotiates peru']);
  });

  it('still stores no dialogue only promised', () => {
    expect(triples('Peru and Bolivia affirmed their commitment to maintain a strategic dialogue with Chile.')).toEqual([]);
  });
});

describe(rule('plottedAct'), () => {
  it('reads a plot its owner names as the owner’s hostile act', () => {
    expect(triples('Russia foiled a Ukrainian plot to kill Putin.')).toEqual(['ukraine opposes putin']);
    expect(triples('Russia foiled Ukraine’s plot to kill Putin.')).toEqual(['ukraine opposes putin']);
  });

  it('still gives no plot to the one who foils it', () => {
    expect(triples('Peru foiled a plot to kill Putin.')).toEqual([]);
  });
});
