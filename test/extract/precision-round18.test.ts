/**
 * False alarms of the dev split by cause (issue #12, precision round of the eighteenth session,
 * branch prec18), each stopped by a rule named in READING_RULES (server/domain/extraction-rules.ts).
 * Made-up sentences only: what each rule must now reject, and a close sentence it must still read.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('resolvedDispute'), () => {
  it.each([
    ['Ministers welcomed a treaty resolving the long fishing dispute between Chile and Peru.'],
    ['Chile and Peru agreed on Friday to end their fishing dispute.'],
    ['Chile and Peru have settled their old border dispute.'],
  ])('reads no opposition in a quarrel being closed: %s', (s) => {
    expect(triples(s).filter((t) => t.includes('opposes'))).toEqual([]);
  });

  it('keeps a quarrel stated, and tensions eased between a pair', () => {
    expect(triples('Chile and Peru are locked in a fishing dispute.')).toEqual(['chile opposes peru', 'peru opposes chile']);
    expect(triples('The visit eased tensions between Chile and Peru.')).toEqual(['chile opposes peru', 'peru opposes chile']);
  });
});

describe(rule('collegialBody'), () => {
  it('does not credit a council with its president’s meeting or call', () => {
    expect(triples('Jane Roe met with Transitional Council President Kofi Mensah in Accra.')).toEqual(['jane-roe negotiates kofi-mensah']);
    expect(triples('Jane Roe spoke with the President of the Sovereign Council, Kofi Mensah.')).toEqual(['jane-roe negotiates kofi-mensah']);
  });

  it('still credits a group with its leader’s act', () => {
    expect(triples('Jane Roe met with Coastal Front leader Kofi Mensah in Accra.')).toEqual(['coastal-front negotiates jane-roe', 'jane-roe negotiates kofi-mensah']);
  });
});

describe(rule('abbreviatedTitle'), () => {
  it('reads “PM” before a name as the holder’s title, the demonym as their affiliation', () => {
    expect(triples('Jane Roe met with Ghanaian PM Abdalla Mensah in Accra.')).toEqual(['abdalla-mensah negotiates jane-roe']);
    expect(triples('Jane Roe met Peruvian PM Kofi Mensah. Later PM Mensah condemned Chile.')).toEqual(['jane-roe negotiates kofi-mensah', 'kofi-mensah opposes chile']);
  });

  it('reads no title in a time of day', () => {
    expect(triples('At 3 PM Monday Jane Roe met Peru.')).toEqual(['jane-roe negotiates peru']);
  });
});

describe(rule('siteOfFacility'), () => {
  it('reads a name after “at” a facility, or after “the city of”, as a place, no target', () => {
    expect(triples('Drones hit the gas plant at Kolmoro. In 2010, Kolmoro was the target of an al-Qaeda attack.')).toEqual([]);
    expect(triples('The Houthis renewed their offensive on the city of Kolmoro. The Houthis shelled Kolmoro again.')).toEqual([]);
  });

  it('keeps a name after “at” another noun, and an actor that acts', () => {
    expect(triples('Delegates met at the Ansar Front headquarters. The Ansar Front attacked Togo.')).toEqual(['ansar-front opposes togo']);
    expect(triples('In 2010, Kolmoro was the target of an al-Qaeda attack.')).toEqual(['al-qaeda opposes kolmoro']);
  });
});

describe(rule('topicOnlooker'), () => {
  it('does not make the co-subjects who speak about a war its sides', () => {
    expect(triples('Jane Roe and Ann Lee spoke about the conflict in Peru.')).toEqual([]);
    expect(triples('Chile and Peru talked about their joint response to Bolivia’s war in Ecuador.')).toEqual(['bolivia opposes ecuador']);
  });

  it('keeps co-subjects at war, and a war named with its sides', () => {
    expect(triples('Chile and Peru are locked in a bitter conflict.')).toEqual(['chile opposes peru', 'peru opposes chile']);
    expect(triples('Jane Roe spoke about the war between Chile and Peru.')).toEqual(['chile opposes peru', 'peru opposes chile']);
  });
});

describe(rule('designatedCategory'), () => {
  it('reads no actor in a category of law after words before the participle', () => {
    expect(triples('The Coastal Front and the Ansar Front are distinct and separately-designated Foreign Terrorist Organizations under the Act.')).toEqual([]);
    expect(triples('The Coastal Front is also formally designated a Specially Designated Global Terrorist.')).toEqual([]);
  });

  it('keeps the one a verb designates', () => {
    expect(triples('The United States designated the Coastal Front as a Foreign Terrorist Organization.')).toEqual(['united-states opposes coastal-front']);
  });
});

describe(rule('attributiveParticiple'), () => {
  it('reads no noun cue in the participle of a cue that is both noun and verb', () => {
    expect(triples('Following the disputed re-election of President Kofi Mensah in 2018, Ama Boateng became interim president.')).toEqual([]);
  });

  it('keeps the noun as written', () => {
    expect(triples('Chile and Peru remain in a bitter dispute.')).toEqual(['chile opposes peru', 'peru opposes chile']);
  });
});

describe(rule('ownedInfinitive'), () => {
  it('does not make the one who comments on an owned decision its doer', () => {
    expect(triples('Jane Roe questioned the decision of the regime to arrest Kofi Mensah.')).toEqual([]);
    expect(triples('Jane Roe criticised the government’s decision to expel Kofi Mensah.')).toEqual([]);
  });

  it('gives the act to an owner named in quotation marks', () => {
    expect(triples('A blog by Jane Roe questions the decision of the “Coastal Front” to detain Kofi Mensah.')).toEqual(['coastal-front opposes kofi-mensah']);
  });

  it('keeps the subject’s own decision', () => {
    expect(triples('Chile announced its decision to sanction Peru.')).toEqual(['chile opposes peru']);
    expect(triples('Chile made the decision to sanction Peru.')).toEqual(['chile opposes peru']);
  });
});

describe(rule('standingTies'), () => {
  it('reads the talkers, not the pair of a partnership they discuss', () => {
    expect(triples('Jane Roe and Ann Lee discussed the strategic partnership between Chile and Peru.')).toEqual(['ann-lee negotiates jane-roe']);
    expect(triples('Jane Roe and Ann Lee discussed the importance of cooperation between Chile and Peru.')).toEqual(['ann-lee negotiates jane-roe']);
  });

  it('keeps talks discussed between a pair', () => {
    expect(triples('Jane Roe discussed the talks between Chile and Peru.')).toContain('chile negotiates peru');
  });
});

describe(rule('companionGroup'), () => {
  it('reads no actor in others named by their tie to a speaker', () => {
    expect(triples('The United States is working with our African partners, including Ghana, to dismantle ISIS networks.')).toEqual(['ghana negotiates united-states']);
    expect(triples('Chile Sanctions Smuggling Network in Coordination with Andean Partners')).toEqual([]);
    expect(triples('The United States worked with its European allies on sanctions.')).toEqual([]);
  });

  it('keeps a named member and a name of a group of states', () => {
    expect(triples('The United States worked with Ghana on sanctions.')).toEqual(['ghana negotiates united-states']);
  });
});

describe(rule('documentParticiple'), () => {
  it('gives the act of a document’s participle to its author, or to nobody', () => {
    expect(triples('Secretary Roe commended Chile for voting in favor of the UN resolution condemning Peru’s war on Bolivia.')).toEqual(['peru opposes bolivia', 'united-nations opposes peru']);
    expect(triples('Chile voted for a resolution condemning Peru.')).toEqual([]);
  });

  it('keeps the subject’s own participle after a comma', () => {
    expect(triples('Chile condemned Peru, accusing it of aggression.')).toEqual(['chile opposes peru']);
  });
});

describe(rule('anyAttempt'), () => {
  it('stores no act in the infinitive of a noun after “any”', () => {
    expect(triples('Mr. Roe expressed the Chilean commitment to support the transition in Peru and oppose any attempts to derail or disrupt the will of the Peruvian people.')).toEqual([]);
    expect(triples('Chile warned against any effort to attack Peru.')).toEqual([]);
  });

  it('keeps an attempt named as made', () => {
    expect(triples('Chile made an attempt to attack Peru.')).toEqual(['chile opposes peru']);
  });
});

describe(rule('cueIdiom'), () => {
  it('reads no harm in “harm’s way”', () => {
    expect(triples('Chile sent its soldiers into harm’s way in Peru.')).toEqual([]);
  });

  it('keeps harm done', () => {
    expect(triples('Chile harmed Peru.')).toEqual(['chile opposes peru']);
  });
});
