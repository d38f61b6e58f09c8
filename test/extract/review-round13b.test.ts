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
