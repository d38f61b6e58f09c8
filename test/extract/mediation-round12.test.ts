/**
 * Mediation round, twelfth session (issue #12, branch med12): ways news reports a third side's part
 * in talks that the earlier rounds misread, each a rule of READING_RULES
 * (server/domain/extraction-rules.ts). Every sentence here is made up.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;
const mediation = (text: string): string[] => triples(text).filter((t) => t.includes('mediates'));

describe(rule('undottedAcronymEnd'), () => {
  it('"U.S" and "U.N" without their last dot name the state and the body', () => {
    expect(mediation('The U.S brokered a truce between Israel and Hamas.')).toEqual(['united-states mediates hamas', 'united-states mediates israel']);
    expect(mediation('The U.N envoy mediated between Israel and Hamas.')).toEqual(['united-nations mediates hamas', 'united-nations mediates israel']);
  });

  it('a lone capital before a full stop stays a word and a sentence end', () => {
    expect(triples('Israel negotiated with Hamas through Plan B. Egypt mediated.')).toContain('hamas negotiates israel');
  });
});
