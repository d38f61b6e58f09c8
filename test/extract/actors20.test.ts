/**
 * Actor recognition of domestic politics (issue #12, twentieth session, branch actors20): parties,
 * party groups and a state's organs, each rule named in READING_RULES
 * (server/domain/extraction-rules.ts). Made-up sentences only.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { extractRelations } from '../../server/extract';
import { GAZETTEER } from './fixtures';
import { formerHolderOpposes, writtenAsFormer } from '../../server/extract/former-holder';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

/** The actor ids a text's mentions name, in order. */
function mentioned(text: string): string[] {
  return extractRelations(text, GAZETTEER, { documentId: 'doc' }).mentions.map((m) => m.actorId);
}

describe(rule('cappedStateOrgan'), () => {
  it('reads a capitalised organ after its state’s demonym or possessive as the organ', () => {
    expect(mentioned('Ghana is alarmed by the Kenyan Parliament’s vote on a bill that punishes trade with Uganda.')).toContain('kenyan-parliament');
    expect(triples('Kenya’s Senate condemned Uganda on Friday.')).toEqual(['kenyan-senate opposes uganda']);
  });

  it('leaves an office after the organ to its holder, and a bare capitalised organ alone', () => {
    expect(mentioned('Kenya’s Parliament Speaker flew to Uganda.')).not.toContain('kenyan-parliament');
    expect(mentioned('Kenya’s parliament met. Later the Parliament condemned Uganda.').filter((id) => id === 'kenyan-parliament')).toHaveLength(1);
  });
});

describe(rule('bareStateForce'), () => {
  it('reads a bare police or prosecutors as the force of the one state the sentence names', () => {
    expect(triples('In Accra, police detained Kofi Mensah on Tuesday.')).toEqual(['ghanaian-police opposes kofi-mensah']);
    expect(triples('The police detained Kofi Mensah in Accra.')).toEqual(['ghanaian-police opposes kofi-mensah']);
    expect(triples('Prosecutors in Ghana indicted Kofi Mensah.')).toEqual(['ghanaian-prosecutors opposes kofi-mensah']);
  });

  it('takes the force the document named before when the sentence names no state', () => {
    expect(triples('Protests spread across Ghana, and police fired tear gas. Two days later, police detained Kofi Mensah.')).toContain('ghanaian-police opposes kofi-mensah');
  });

  it('reads no force as a modifier, nor when the sentence names no state or several', () => {
    expect(triples('Police officers in Accra detained Kofi Mensah.')).not.toContain('ghanaian-police opposes kofi-mensah');
    expect(triples('Police detained Kofi Mensah.')).toEqual([]);
    expect(mentioned('Police in Accra and Lome detained Kofi Mensah.')).not.toContain('ghanaian-police');
  });
});

describe(rule('courtInPlace'), () => {
  it('reads a court in a state’s place as that state', () => {
    expect(triples('A court in Accra sentenced Kofi Mensah to ten years in jail.')).toEqual(['ghana opposes kofi-mensah']);
    expect(triples('Kofi Mensah was convicted by a court in Ghana.')).toEqual(['ghana opposes kofi-mensah']);
  });

  it('needs the article and “in” right around the court', () => {
    expect(triples('The ruling came in court; in Accra, Kofi Mensah was sentenced.')).toEqual([]);
  });
});

describe(rule('formerHolder'), () => {
  it('keeps a state’s act against its former leader', () => {
    expect(triples('Ghana’s persecution of former Ghanaian President Kofi Mensah is an abuse.')).toEqual(['ghana opposes kofi-mensah']);
    expect(writtenAsFormer('Togo jailed ex-Prime Minister Ali Traore.', [30, 40])).toBe(true);
  });

  it('still drops a state against its sitting leader, and talks with a former one', () => {
    expect(triples('Ghana condemned Ghanaian President Kofi Mensah.')).toEqual([]);
    expect(formerHolderOpposes('negotiates', { source: [0, 5], target: [32, 43] }, 'Ghana met with former President Kofi Mensah.')).toBe(false);
  });
});

describe(rule('partyMembers'), () => {
  it('reads the members’ plural as the party, also as the first word', () => {
    expect(triples('Republicans accused Kofi Mensah of lying about the budget.')).toEqual(['republican-party opposes kofi-mensah']);
    expect(mentioned('The bill passed after Democrats struck a deal with Republicans.')).toEqual(['democratic-party', 'republican-party']);
    expect(mentioned('Tories rebelled over the tax rise.')).toEqual(['conservative-party']);
  });

  it('keeps a longer name whole and leaves described names to act', () => {
    expect(mentioned('Togo welcomed the Liberal Democrats’ plan.')).not.toContain('democratic-party');
    expect(triples('Democrats Kofi Mensah and Yaw Boateng criticized Togo.')).toEqual(['kofi-mensah opposes togo', 'yaw-boateng opposes togo']);
  });
});

describe(rule('partyCaucus'), () => {
  it('reads a party’s members in a chamber or an office as a group of their own', () => {
    expect(triples('Senate Democrats condemned Kofi Mensah on Monday.')).toEqual(['senate-democrats opposes kofi-mensah']);
    expect(triples('House Republican impeachment managers accused Kofi Mensah of fraud.')).toEqual(['house-republican-impeachment-managers opposes kofi-mensah']);
    expect(mentioned('The president met 12 Democratic lawmakers in the morning.')).toContain('democratic-lawmakers');
  });

  it('is no group before the names it describes, nor for a singular role', () => {
    expect(mentioned('Republican senators Kofi Mensah and Yaw Boateng met Togo’s president.')).not.toContain('republican-senators');
    expect(mentioned('Republican senator Kofi Mensah criticized Togo.')).not.toContain('republican-senators');
  });
});

describe(rule('partyLabel'), () => {
  it('reads a member’s singular before a name as a label, not part of the name', () => {
    expect(triples('Democrat Kofi Mensah defeated Yaw Boateng in the runoff.')).toEqual(['kofi-mensah opposes yaw-boateng']);
  });

  it('keeps a body’s name whole', () => {
    expect(mentioned('The Democrat Party of Ghana condemned Togo.')).toContain('democrat-party');
  });
});

describe(rule('namedParty'), () => {
  it('reads the capitalised words before a lower-case “party” as the party’s name', () => {
    expect(triples('The ruling Sawa Kenya party accused Kofi Mensah of treason.')).toEqual(['sawa-kenya opposes kofi-mensah']);
    expect(mentioned('A junior partner, the Mwanga Bora party, left the cabinet.')).toEqual(['mwanga-bora']);
  });

  it('needs “the” or a word of standing before the name', () => {
    expect(mentioned('Yesterday Mwanga Bora party members marched.')).not.toContain('mwanga-bora');
  });
});
