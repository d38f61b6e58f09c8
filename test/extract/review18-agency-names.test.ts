/**
 * Review of the name-run reader (branch review18): a news agency's name after a person's name
 * credits the report and is no part of the name. Made-up sentences only.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { agencyTailStart, isAgencyWord } from '../../server/extract/agency-tail';
import { discoverNames } from '../../server/extract/discover';
import { buildMatcher } from '../../server/extract/gazetteer';
import { NEWS_AGENCIES } from '../../server/extract/lexicon/news-agencies';
import { buildRoleIndex } from '../../server/extract/titles';
import { GAZETTEER } from './fixtures';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;
const roles = buildRoleIndex(buildMatcher(GAZETTEER));
const people = (sentence: string): string[] => discoverNames(sentence, 0, roles).filter((d) => d.kind === 'person').map((d) => d.name);

describe(rule('agencyEndsName'), () => {
  it('an agency compromise read into a person’s name is cut off', () => {
    expect(people('Egypt condemned the adviser, Jane Roe Reuters, on Monday.')).toEqual(['Jane Roe']);
    expect(people('Egypt sanctioned Jane Roe Reuters')).toEqual(['Jane Roe']);
    expect(people('Egypt met Lu Min Reuters.')).toEqual(['Lu Min']);
    expect(triples('Egypt sanctioned the adviser Lu Min Reuters.')).toEqual(['egypt opposes lu-min']);
  });

  it('rule nameRunEnd takes no agency as the family name it finds missing', () => {
    expect(people('Egypt sanctioned two advisers, Marta Ines Ortega Xinhua, and others.')).toEqual(['Marta Ines Ortega']);
    expect(triples('Egypt sanctioned two advisers, Marta Ines Ortega Xinhua, and others.')).toEqual(['egypt opposes marta-ines-ortega']);
  });

  it('agencies written in capitals or of several words are cut too', () => {
    expect(triples('Egypt condemned Russia, said John Smith AP.')).toEqual(['egypt opposes russia']);
    expect(people('Egypt condemned John Smith AP')).toEqual(['John Smith']);
    expect(agencyTailStart('Jane Roe Associated Press')).toBe('Jane Roe '.length);
    expect(agencyTailStart('Jane Roe VOA News')).toBe('Jane Roe '.length);
  });

  it('leaves names alone that only share a word with an agency', () => {
    // "Bloomberg" alone is a family name; "Sana" a given name where "SANA" is an agency.
    expect(people('Egypt sanctioned two advisers, Marta Ines Ortega Bloomberg, and others.')).toEqual(['Marta Ines Ortega Bloomberg']);
    expect(isAgencyWord('Sana')).toBe(false);
    expect(isAgencyWord('SANA')).toBe(true);
    expect(agencyTailStart('Reuters')).toBe(-1);
    expect(agencyTailStart('Jane Roeuters')).toBe(-1);
    // A person's own name is kept whole when the agency follows after a comma.
    expect(people('Egypt met Jane Roe, Reuters reported.')).toEqual(['Jane Roe']);
  });

  it('every agency names where its names come from', () => {
    for (const a of NEWS_AGENCIES) {
      expect(a.written.length).toBeGreaterThan(0);
      expect(a.source).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}(?:\/\S*)?$/);
    }
  });
});
