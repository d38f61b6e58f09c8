/**
 * Mediation round, twenty-first session (issue #12, branch mediate21): the structure of mediation
 * reporting — relative clauses on talks, participles with "by" — rules of READING_RULES
 * (server/domain/extraction-rules.ts). Every sentence here is made up.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;
const mediation = (text: string): string[] => triples(text).filter((t) => t.includes('mediates'));

describe(rule('relativeTalks'), () => {
  it('the subject of a relative clause on talks mediates their pair', () => {
    expect(mediation('The truce between Peru and Chile that Norway brokered held for a month.')).toEqual(['norway mediates chile', 'norway mediates peru']);
    expect(mediation('The accord between Peru and Chile, which Norway brokered in March, collapsed.')).toEqual(['norway mediates chile', 'norway mediates peru']);
    expect(mediation('Peru and Chile signed a ceasefire, which Norway brokered.')).toEqual(['norway mediates chile', 'norway mediates peru']);
  });

  it('the agent of a passive relative clause on talks mediates their pair', () => {
    expect(mediation('The truce between Peru and Chile, which was brokered by Norway, expired on Monday.')).toEqual(['norway mediates chile', 'norway mediates peru']);
  });

  it('not a complement clause, nor talks named only after other words', () => {
    expect(mediation('Peru held talks and said that Norway brokered nothing.')).toEqual([]);
    expect(mediation('The truce between Peru and Chile ended in March after a report that Norway brokered a loan.')).toEqual([]);
  });
});

describe(rule('agentParticiple'), () => {
  it('"hosted by" right after the pair of the talks names their host', () => {
    expect(mediation('The talks between Peru and Chile hosted by Norway lasted two days.')).toEqual(['norway mediates chile', 'norway mediates peru']);
    expect(mediation('Talks between Peru and Chile hosted by Norway ended without a deal.')).toEqual(['norway mediates chile', 'norway mediates peru']);
  });

  it('a participle with "by" on something other than talks names no host', () => {
    expect(mediation('The exhibition on Peru hosted by Norway opened.')).toEqual([]);
  });
});

describe(rule('chairedTalks'), () => {
  it('the chair of talks between two others, named by a participle, mediates them', () => {
    expect(mediation('Talks between Peru and Chile, chaired by Norway, ended without a deal.')).toEqual(['norway mediates chile', 'norway mediates peru']);
    expect(mediation('Peru and Chile met in Oslo in a meeting chaired by Norway.')).toEqual(['norway mediates chile', 'norway mediates peru']);
    expect(mediation('The talks between Peru and Chile co-chaired by Norway and Brazil resumed.')).toEqual(['brazil mediates chile', 'brazil mediates peru', 'norway mediates chile', 'norway mediates peru']);
    expect(mediation('Norway presided over talks between Peru and Chile.')).toEqual(['norway mediates chile', 'norway mediates peru']);
  });

  it('one who chairs a meeting with others takes part in it; chairing no talks is nothing', () => {
    const chaired = triples('Brazil chaired a meeting with Peru and Chile in Brasilia.');
    expect(chaired.filter((t) => t.includes('mediates'))).toEqual([]);
    expect(chaired).toEqual(expect.arrayContaining(['brazil negotiates chile', 'brazil negotiates peru']));
    expect(mediation('Norway chairs the committee on Peru.')).toEqual([]);
  });
});

describe(rule('goBetweenContacts'), () => {
  it('one named as a go-between in contact with two sides works between them, with no dispute named', () => {
    expect(mediation('Norwegian mediators held separate meetings with Peru and Chile.')).toEqual(['norway mediates chile', 'norway mediates peru']);
    expect(mediation('The Norwegian facilitators spoke with Peru and then with Chile.')).toEqual(['norway mediates chile', 'norway mediates peru']);
  });

  it('not one named otherwise, nor go-betweens meeting go-betweens', () => {
    expect(mediation('Norwegian officials held separate meetings with Peru and Chile.')).toEqual([]);
  });
});

describe(rule('pursuedSettlement'), () => {
  it('a third side pursuing a settlement between two others mediates them, by the verb or its noun', () => {
    expect(mediation('Norway pursued a peace agreement between Peru and Chile.')).toEqual(['norway mediates chile', 'norway mediates peru']);
    expect(mediation('Norway will continue to engage in diplomacy and the pursuit of a peace agreement between Peru and Chile.')).toEqual(['norway mediates chile', 'norway mediates peru']);
  });

  it('not one of the sides, nor a pursuit with no one doing it', () => {
    expect(mediation('Peru pursued a peace agreement between Peru and Chile.')).toEqual([]);
    expect(mediation('The pursuit of a peace agreement between Peru and Chile is a priority.')).toEqual([]);
  });
});

describe(rule('sidesBackProposal'), () => {
  const clash = 'Peru and Chile clashed on the border last week. ';
  it('the two sides backing a third side\'s proposal take it as their go-between\'s', () => {
    expect(mediation(`${clash}Peru and Chile have expressed support for the Norwegian proposal of a ceasefire.`)).toEqual(['norway mediates chile', 'norway mediates peru']);
    expect(mediation(`${clash}Peru and Chile backed Norway's proposal for a truce.`)).toEqual(['norway mediates chile', 'norway mediates peru']);
    expect(mediation('Peru and Chile held talks in Lima on Monday. Peru and Chile endorsed the Norwegian plan.')).toEqual(['norway mediates chile', 'norway mediates peru']);
  });

  it('not backers who are no sides of the document\'s talks or hostility', () => {
    expect(mediation(`${clash}Brazil and Argentina endorsed Norway's plan.`)).toEqual([]);
    expect(mediation("Peru and Chile support Norway's proposal.")).toEqual([]);
  });
});
