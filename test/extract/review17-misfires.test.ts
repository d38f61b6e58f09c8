/**
 * Review of the sixteenth session's extraction rules (branch review17): made-up sentences on which
 * a rule read an actor or a relation the sentence does not state. Each block names the rule.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('acronymPeople'), () => {
  it('the acronym of a common noun (an NGO, a vehicle, a headquarters, a weapon) before such a noun names no body', () => {
    expect(triples('Egypt met NGO representatives in Cairo.')).toEqual([]);
    expect(triples('Israel struck an SUV convoy near the border.')).toEqual([]);
    expect(triples('Russia attacked the HQ base near the river.')).toEqual([]);
    expect(triples('Ukraine struck SAM positions near the river.')).toEqual([]);
    expect(triples('Egypt met IDP representatives in the camp.')).toEqual([]);
  });

  it('a body’s acronym still names it', () => {
    expect(triples('Egypt met today with KLF representatives in Cairo.')).toEqual(['egypt negotiates klf']);
  });
});
