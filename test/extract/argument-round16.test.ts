/**
 * Argument round, sixteenth session (issue #12, branch args16): dev misses where a cue was read
 * but its arguments went to other actors or to nobody, grouped by the syntactic mechanism that
 * lost them; each block names the rule in READING_RULES (server/domain/extraction-rules.ts).
 * Every sentence is made up (none replays a corpus sentence); the positive ones fail on the code
 * before the round, the near misses guard against a looser reading.
 */
import { EXTRACTION_RULES, READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('objectListTail'), () => {
  it('every actor of an object list that mixes names with plain noun phrases is an object', () => {
    expect(triples('Turkey met with officials from Egypt, the international community, Qatar, and Iran.')).toEqual([
      'egypt negotiates turkey',
      'iran negotiates turkey',
      'qatar negotiates turkey',
    ]);
    expect(triples('Turkey held talks with Iran, regional partners and Qatar on Monday.')).toEqual(['iran negotiates turkey', 'qatar negotiates turkey']);
  });

  it('reads a list with no conjunction when it has three items or more', () => {
    expect(triples('France worked closely with the United Nations, civil society, Egypt, the Government of Israel to deliver aid.')).toEqual([
      'egypt negotiates france',
      'france negotiates israel',
      'france negotiates united-nations',
    ]);
  });

  it('a coordinated clause, an apposition or a modifier adds no object', () => {
    expect(triples('France met with Lavrov, the Russian foreign minister, and Qatar.')).toEqual(['france negotiates lavrov', 'france negotiates qatar']);
    expect(triples('Russia waged war on Ukraine, and steadfast U.S. support continued.')).toEqual(['russia opposes ukraine']);
    expect(triples('France condemned Russia, the ministry said.')).toEqual(['france opposes russia']);
    expect(triples('France imposed sanctions on Iran, Russian banks, and China.')).toEqual(['france opposes china', 'france opposes iran']);
    expect(triples('France met with Egypt, the head of Hamas, and Qatar.')).toEqual(['egypt negotiates france', 'france negotiates qatar']);
    expect(triples('France met with Egypt, a close ally of Iran, and Qatar.')).toEqual(['egypt negotiates france', 'france negotiates qatar']);
  });

  it('a verb and its object after "and" is no item, with or without a comma', () => {
    expect(triples('Russia will attack Ukraine and reassure China.')).toEqual(['russia opposes ukraine']);
    expect(triples('Putin will meet Zelensky and thank Turkey.')).toEqual(['putin negotiates zelensky']);
    expect(triples('Rubio flew to Egypt to meet Sisi and discuss Iran.')).toEqual(['rubio negotiates sisi']);
    expect(triples('Egypt will host Qatar, reassure Turkey and thank Iran.')).toEqual(['egypt negotiates qatar']);
  });
});

describe(rule('roleApposition'), () => {
  it('an object written as a role is also the person named after the comma', () => {
    expect(triples('Rubio spoke with his Turkish counterpart, Hakan Fidan, on Monday.')).toEqual(['hakan-fidan negotiates rubio', 'rubio negotiates turkey']);
    expect(triples('Iran fired missiles in response to the US airstrike that killed Iranian general, Hassan Moradi at an airport.')).toContain('united-states opposes hassan-moradi');
  });

  it('a plain name before the comma, or a clause after it, adds nobody', () => {
    expect(triples('Rubio met with Turkey, Hakan Fidan said.')).toEqual(['rubio negotiates turkey']);
    expect(triples('Israel attacked Iranian positions, Hezbollah said.')).toEqual(['israel opposes iran']);
  });

  it('"and" ends the name only when no clause of two speakers follows', () => {
    expect(triples('Israel attacked Iranian positions, Hezbollah and Hamas claimed.')).toEqual(['israel opposes iran']);
    expect(triples('Rubio met his Qatari counterpart, Sybiha and Lavrov told reporters.')).toEqual(['qatar negotiates rubio']);
    expect(triples('Israel killed a Hamas commander, Hezbollah and Iran said.')).toEqual(['israel opposes hamas']);
    expect(triples('France met its Egyptian counterpart, Lavrov and Rubio announced.')).toEqual(['egypt negotiates france']);
    expect(triples('Rubio spoke with his Turkish counterpart, Hakan Fidan and thanked him.')).toEqual(['hakan-fidan negotiates rubio', 'rubio negotiates turkey']);
  });
});

describe(`sizedMeeting: ${EXTRACTION_RULES.sizedMeeting}`, () => {
  it('the partners of a trilateral meeting meet each other', () => {
    expect(triples('Rubio held a trilateral meeting with Lavrov and Sybiha.')).toEqual(['lavrov negotiates rubio', 'lavrov negotiates sybiha', 'rubio negotiates sybiha']);
    expect(triples('Rubio held a three-way call with Lavrov and Sybiha.')).toEqual(['lavrov negotiates rubio', 'lavrov negotiates sybiha', 'rubio negotiates sybiha']);
  });

  it('not when the size word counts other talks than the cue', () => {
    const apart = ['lavrov negotiates rubio', 'rubio negotiates sybiha'];
    expect(triples('A day after the trilateral talks, Rubio called Lavrov and Sybiha.')).toEqual(apart);
    expect(triples('Rubio, who skipped the trilateral talks, met Lavrov and Sybiha.')).toEqual(apart);
    expect(triples('After the trilateral summit, Rubio met Lavrov and Sybiha separately.')).toEqual(apart);
    expect(triples('Following a three-way summit, Rubio met Lavrov and Sybiha.')).toEqual(apart);
  });

  it('not when the count does not match, nor for a bilateral meeting', () => {
    expect(triples('Rubio held a trilateral meeting with Lavrov, Sybiha and Fidan.')).not.toContain('lavrov negotiates sybiha');
    expect(triples('Rubio held a bilateral meeting with Lavrov and a call with Sybiha.')).toEqual(['lavrov negotiates rubio', 'rubio negotiates sybiha']);
  });
});

describe(rule('coordinatedInfinitive'), () => {
  it('a verb after "and" shares the infinitive of a journey\'s purpose', () => {
    expect(triples('Rubio will travel to Egypt next week to reaffirm support for the transition and discuss security.')).toEqual(['egypt negotiates rubio']);
  });

  it('not a clause of its own, nor a finite verb', () => {
    expect(triples('Rubio will travel to Egypt to visit troops, and Qatar will discuss security.')).toEqual([]);
    expect(triples('Rubio flew to Egypt to attend the summit and met with Sybiha.')).toEqual(['rubio negotiates sybiha']);
  });
});

describe(rule('pronounApposition'), () => {
  it('"We, the ministers of A, B and C" makes the members the subject', () => {
    expect(triples('We, the foreign ministers of France, Germany and Egypt, condemn the attack by Russia on Ukraine.')).toEqual([
      'egypt opposes russia',
      'france opposes russia',
      'germany opposes russia',
      'russia opposes ukraine',
    ]);
  });

  it('only before a group noun of people', () => {
    expect(triples('We, the citizens of France, condemn Russia.')).toEqual([]);
  });

  it('not after "us", an object pronoun (its lower-case form is also that of "US")', () => {
    expect(triples('Us, the foreign ministers of France and Egypt, condemn Russia.')).toEqual([]);
  });
});

describe(rule('mannerPhrase'), () => {
  it('the act a verb condemns starts after the phrase of manner', () => {
    expect(triples('France condemned in the strongest terms the arrest of journalists by Russian authorities.')).toEqual(['france opposes russia']);
  });
});

describe(rule('struckDeal'), () => {
  it('the subject of "struck a deal" is a party of the deal', () => {
    expect(triples('Officials said that Egypt and Qatar have struck a deal to extend the truce.')).toEqual(['egypt negotiates qatar']);
  });

  it('a strike before a deal is still a strike', () => {
    expect(triples('Israel struck Hamas positions before a deal was reached.')).toEqual(['israel opposes hamas']);
  });
});

describe(rule('peopleOf'), () => {
  it('"the governments of A and B" is the pair (a plural head noun)', () => {
    expect(triples('After the talks, the governments of Egypt and Qatar agreed to extend the truce.')).toEqual(['egypt negotiates qatar']);
  });
});
