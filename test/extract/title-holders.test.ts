/**
 * Office titles before their holder's name as news writes them (issue #12, title round of the tenth
 * session): open-ended portfolios, offices chained with "and", and an office of a body with the
 * name set off after it. Each read by a rule named in READING_RULES
 * (server/domain/extraction-rules.ts). Made-up sentences only.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { extractRelations } from '../../server/extract';
import { ledBody } from '../../server/extract/affiliation';
import { wordClass } from '../../server/extract/name-or-word';
import type { Actor } from '../../server/domain/types';
import { GAZETTEER } from './fixtures';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;
/** Provisional people of a text: [name, affiliation]. */
const people = (text: string): [string, string | undefined][] =>
  extractRelations(text, GAZETTEER, { documentId: 'doc' })
    .provisionalActors.filter((a) => a.kind === 'person')
    .map((a): [string, string | undefined] => [a.name, a.affiliation])
    .sort();

describe(rule('portfolioHolderName'), () => {
  it('ends a portfolio no list holds where the holder’s name begins', () => {
    expect(triples('Marco Rubio met Sudanese Minister of Foreign Affairs and Regional Integration Paul Amerin in Geneva.')).toEqual(['paul-amerin negotiates rubio']);
    expect(people('Marco Rubio met Sudanese Minister of Foreign Affairs and Regional Integration Paul Amerin in Geneva.')).toEqual([['Paul Amerin', 'sudan']]);
    expect(triples('Marco Rubio met Sudanese Minister of Foreign Affairs and International Cooperation Moussa Diallo in Geneva.')).toEqual(['moussa-diallo negotiates rubio']);
    expect(triples('Marco Rubio met Egyptian Minister of Humanitarian Affairs and Disaster Management Hadiza Bello in Geneva.')).toEqual(['hadiza-bello negotiates rubio']);
  });

  it('reads a name of unlisted words after a portfolio word compromise does not list either', () => {
    expect(people('Marco Rubio met Egyptian Minister of Trade and Industry Kofi Mensah in Geneva.')).toEqual([['Kofi Mensah', 'egypt']]);
  });

  it('keeps particles and their articles in the name', () => {
    expect(people('Marco Rubio met Turkish Minister of Trade and Industry Juan de la Cruz in Geneva.')).toEqual([['Juan de la Cruz', 'turkey']]);
  });

  it('starts the name after a title that stands before no body', () => {
    expect(triples('Senior Advisor for Regional Integration Paul Amerin met with Turkish officials.')).toEqual(['paul-amerin negotiates turkey']);
    expect(triples('Minister of Fisheries and Blue Economy Kofi Mensah met with Turkish officials.')).toEqual(['kofi-mensah negotiates turkey']);
  });

  it('reads a name set off by commas after the portfolio', () => {
    expect(triples('Egypt’s Minister of Foreign Affairs and Regional Integration, Paul Amerin, met Marco Rubio.')).toEqual(['paul-amerin negotiates rubio']);
  });

  it('makes up no person where no name follows the portfolio', () => {
    expect(triples('Marco Rubio met the Sudanese Minister of Foreign Affairs and Regional Integration in Geneva.')).toEqual(['rubio negotiates sudan']);
    expect(people('The Sudanese Minister of Fisheries and Blue Economy condemned Egypt.')).toEqual([]);
  });

  it('tells a given name from an English word only by what compromise lists, not by a word’s ending', () => {
    expect(['paul', 'awa', 'yusuf'].map(wordClass)).toEqual(['given', 'given', 'given']);
    expect(['regional', 'economic', 'blue'].map(wordClass)).toEqual(['modifier', 'modifier', 'modifier']);
    expect(['integration', 'development', 'trade'].map(wordClass)).toEqual(['word', 'word', 'word']);
    // Guessed from their endings, these would be a gerund, a plural, an adjective.
    expect(['xiaoming', 'guterres', 'iqbal', 'keita'].map(wordClass)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
  });

  it('reads a surname ending like an English word whole', () => {
    expect(people('Marco Rubio met the Chinese Special Representative for Korean Peninsula Affairs Liu Xiaoming in Geneva.')).toEqual([['Liu Xiaoming', 'china']]);
  });
});

describe(rule('chainedTitles'), () => {
  it('gives offices joined by “and” to the one name after them', () => {
    expect(triples('Marco Rubio called Qatari Deputy Prime Minister and Minister of Foreign Affairs Omar Haddad.')).toEqual(['omar-haddad negotiates rubio']);
    expect(people('Marco Rubio called Qatari Deputy Prime Minister and Minister of Foreign Affairs Omar Haddad.')).toEqual([['Omar Haddad', 'qatar']]);
    const text = 'Marco Rubio called Chinese Communist Party Standing Committee Member and Director of the Office of External Affairs Yusuf Keita.';
    expect(triples(text)).toEqual(['rubio negotiates yusuf-keita']);
    expect(people(text)).toEqual([['Yusuf Keita', 'chinese-communist-party-standing-committee']]);
  });

  it('leaves offices with no name after them to their body', () => {
    expect(triples('Marco Rubio met the Turkish President and Foreign Minister in Ankara.')).toEqual(['rubio negotiates turkey']);
  });

  it('reads a bare head after “and” as a second person’s title, not a chain', () => {
    expect(triples('British Prime Minister and President Putin discussed Iran.')).toEqual(['putin negotiates united-kingdom']);
    expect(triples('Qatari Prime Minister and President Aliyev discussed Sudan in Cairo.')).toEqual(['aliyev negotiates qatar']);
    expect(people('Egyptian Ambassador and Senator Karl Vostrand met Marco Rubio.')).toEqual([['Karl Vostrand', undefined]]);
  });

  it('chains no office onto a known person of another body', () => {
    expect(triples('Egyptian Deputy Prime Minister and Foreign Minister Sergei Lavrov met Marco Rubio.')).toContain('egypt negotiates rubio');
  });

  it('makes a member of a body none of its heads, whatever else they direct', () => {
    const actors = new Map<string, Actor>([
      ['party-committee', { id: 'party-committee', name: 'Party Committee', kind: 'organization', aliases: [] }],
      ['yk', { id: 'yk', name: 'Yusuf Keita', kind: 'person', aliases: [], affiliation: 'party-committee', role: 'Party Committee Member and Director of the Office of External Affairs' }],
      ['head', { id: 'head', name: 'Ana Ruiz', kind: 'person', aliases: [], affiliation: 'party-committee', role: 'Party Committee Director' }],
    ]);
    expect(ledBody('yk', actors)).toBeUndefined();
    expect(ledBody('head', actors)).toBe('party-committee');
  });
});

describe(rule('officeOfBodyAppositive'), () => {
  it('reads the name set off after an office of a state as the person', () => {
    expect(triples('Marco Rubio spoke with the foreign minister of Sudan, Karl Vostrand, about the drought.')).toEqual(['karl-vostrand negotiates rubio']);
    expect(people('Marco Rubio spoke with the foreign minister of Sudan, Karl Vostrand, about the drought.')).toEqual([['Karl Vostrand', 'sudan']]);
    expect(triples('Marco Rubio met with the Prime Minister of the United Kingdom, Pieter Vandam, on Monday.')).toEqual(['pieter-vandam negotiates rubio']);
    expect(triples('Marco Rubio met the Minister of Foreign Affairs of Egypt, Karl Vostrand.')).toEqual(['karl-vostrand negotiates rubio']);
  });

  it('reads a name right after an office of a state named with its article', () => {
    expect(people('Marco Rubio met with the President of the United Kingdom Pieter Vandam on Monday.')).toEqual([['Pieter Vandam', 'united-kingdom']]);
  });

  it('takes no subject after a fronted phrase, no list of states, no longer body’s name for the person', () => {
    expect(people('In a call with the president of Egypt, Roe urged calm.')).toEqual([]);
    expect(people('Marco Rubio met the president of Egypt, Sudan and Turkey.')).toEqual([]);
    expect(people('Marco Rubio condemned the Commander of the Sudanese Rapid Support Forces.')).toEqual([]);
    expect(people('Marco Rubio condemned the head of the Qatari Special Force.')).toEqual([]);
  });
});

describe(rule('officeOfBodyAppositive') + ' (review mends)', () => {
  it('takes no apposition inside a fronted phrase for the office’s holder', () => {
    expect(triples('After meeting the President of Egypt, Marco Rubio, who flew in from Doha, condemned Iran.')).toEqual(['rubio opposes iran']);
    expect(people('After meeting the President of Egypt, Karl Vostrand, who flew in from Doha, condemned Iran.')).not.toContainEqual(['Karl Vostrand', 'egypt']);
  });

  it('takes no known person of another body for the office’s holder', () => {
    expect(triples('Marco Rubio met the President of Egypt, Sergei Lavrov, in Cairo.')).toContain('egypt negotiates rubio');
  });

  it('keeps a hyphenated head in the role', () => {
    const found = extractRelations('The Secretary-General of the European Union, Karl Vostrand, condemned Israel.', GAZETTEER, { documentId: 'doc' });
    expect(found.provisionalActors.find((a) => a.name === 'Karl Vostrand')?.role).toBe('Secretary-General of the European Union');
  });

  it('leaves an honorific out of the name', () => {
    expect(people('The Emir of Qatar, Sheikh Omar Haddad, condemned Israel.')).toEqual([['Omar Haddad', 'qatar']]);
  });
});

describe(rule('weekdayAfterName'), () => {
  it('ends a titled name before the weekday that dates the act', () => {
    expect(triples('Egyptian Foreign Minister Karl Vostrand Tuesday condemned Sudan.')).toEqual(['karl-vostrand opposes sudan']);
    expect(people('Egyptian Minister of Defense Karl Vostrand Tuesday condemned Sudan.')).toEqual([['Karl Vostrand', 'egypt']]);
    expect(triples('Special Envoy Karl Vostrand Monday met Sudanese officials.')).toEqual(['karl-vostrand negotiates sudan']);
  });
});

describe('title heads of boards and agencies (TITLE_HEADS: chairman, chairwoman, chairperson, administrator)', () => {
  it('reads the holder of a board’s chair or an agency’s office as the person', () => {
    expect(people('Marco Rubio met the Chairperson of the European Union, Karl Vostrand, in Brussels.')).toEqual([['Karl Vostrand', 'european-union']]);
    expect(triples('Egyptian Administrator Karl Vostrand met Marco Rubio.')).toEqual(['karl-vostrand negotiates rubio']);
  });
});

describe(rule('appositiveName') + ' (an office with its portfolio)', () => {
  it('reads “<name>, Minister of <portfolio> of <state>,” as the person’s office', () => {
    expect(people('Karl Vostrand, Minister of Foreign Affairs of Egypt, condemned Sudan.')).toEqual([['Karl Vostrand', 'egypt']]);
    expect(triples('The Minister of Foreign Affairs of Egypt and the Minister of Defence of Sudan met in Cairo.')).toEqual(['egypt negotiates sudan']);
  });
});
