/**
 * Reported speech (issue #12, said18): who says a thing is no party to what is said. Each rule is
 * named in READING_RULES (server/domain/extraction-rules.ts). Made-up sentences only.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('trailingSpeaker'), () => {
  it('does not read the speaker of a trailing attribution as the object', () => {
    expect(triples('Egypt attacked its own institutions, Israel said.', { minConfidence: 0 })).toEqual([]);
    expect(triples('Iran shelled its own border towns, Turkey said on Monday.', { minConfidence: 0 })).toEqual([]);
    expect(triples('Russia raided its own ports, a spokesman for Turkey told reporters.', { minConfidence: 0 })).toEqual([]);
    expect(triples('Russia raided its own ports, said Turkey.', { minConfidence: 0 })).toEqual([]);
  });

  it('keeps the reported relation itself', () => {
    expect(triples('Russia condemned Ukraine, Turkey’s foreign ministry said on Monday.')).toEqual(['russia opposes ukraine']);
  });

  it('keeps a speaker whose verb reports a clause of its own', () => {
    expect(triples('In Ankara, Turkey said it had attacked Iran.')).toContain('turkey opposes iran');
  });
});
