/**
 * Review of the sixteenth session's extraction rules (branch review17): made-up sentences on which
 * a rule read an actor or a relation the sentence does not state. Each block names the rule.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { discoverNames } from '../../server/extract/discover';
import { buildMatcher } from '../../server/extract/gazetteer';
import { buildRoleIndex } from '../../server/extract/titles';
import { GAZETTEER } from './fixtures';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;
const roles = buildRoleIndex(buildMatcher(GAZETTEER));
const names = (sentence: string): string[] => discoverNames(sentence, 0, roles).map((d) => d.name);

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

describe(rule('hyphenedSurname'), () => {
  it('a one-word name joined by a hyphen to another before a noun ("the Putin-Mensah summit") is a pair’s compound, not one person', () => {
    // compromise reads these made-up compounds only up to the hyphen; the rule joined them.
    expect(names('The Putin-Mensah summit ended.')).not.toContain('Putin-Mensah');
    expect(names('Gunmen killed the Goldberg-Tamir family.')).not.toContain('Goldberg-Tamir');
  });

  it('a given name and a double-barrelled family name are still one person', () => {
    expect(names('Gunmen killed Hersh Goldberg-Tamir near the border.')).toEqual(['Hersh Goldberg-Tamir']);
    expect(triples('Egypt met Daniel Ortega-Ruiz.')).toEqual(['daniel-ortega-ruiz negotiates egypt']);
  });
});
