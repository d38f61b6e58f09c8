/**
 * Shapes of names and references news uses (issue #12, name round of the ninth session), each read
 * by a rule named in READING_RULES (server/domain/extraction-rules.ts). Made-up sentences only.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { extractRelations } from '../../server/extract';
import { GAZETTEER } from './fixtures';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;
const actorNames = (text: string): string[] => extractRelations(text, GAZETTEER, { documentId: 'doc' }).provisionalActors.map((a) => a.name).sort();

describe(rule('dateWordName'), () => {
  it('reads a name cut at a month word as one name', () => {
    expect(triples('Turkey met Zin Mar Aung in Ankara.')).toEqual(['turkey negotiates zin-mar-aung']);
    expect(triples('Egypt held talks with Win Aug Lwin on Sunday.')).toEqual(['egypt negotiates win-aug-lwin']);
    expect(actorNames('Turkey met Zin Mar Aung in Ankara.')).toEqual(['Zin Mar Aung']);
  });

  it('reads one at the start of a sentence too', () => {
    expect(triples('Zin Mar Aung met Turkish officials in Ankara.')).toEqual(['turkey negotiates zin-mar-aung']);
  });

  it('leaves a time phrase and a date after a name alone', () => {
    expect(triples('In March Turkey condemned Russia.')).toEqual(['turkey opposes russia']);
    expect(actorNames('Turkey met Tal Pardo on May 5 in Ankara.')).not.toContain('Tal Pardo May');
  });

  it('does not take a known word that opens a sentence into the name', () => {
    for (const text of ['Meanwhile May Thant condemned Turkey.', 'Afterwards Jun Lwin met Turkish officials.']) {
      expect(actorNames(text).filter((n) => /^(?:Meanwhile|Afterwards)\b/.test(n))).toEqual([]);
    }
  });
});

describe(rule('titledPerson'), () => {
  it('finds a titled surname for "the Secretary" of a later sentence', () => {
    expect(triples('Secretary Roe spoke with Foreign Minister Tal Pardo of Egypt. The Secretary condemned Russia.')).toContain('roe opposes russia');
  });

  it('leaves "the Secretary" unresolved when two secretaries were named', () => {
    expect(triples('Secretary Roe spoke with Secretary Moreau. The Secretary condemned Russia.')).not.toContain('roe opposes russia');
  });
});

describe(rule('sameTitledPerson'), () => {
  it('counts a titled surname after the titled full name as one person', () => {
    // A readout's heading names the surname first; the body the full name, then the surname again.
    const readout = 'Secretary Roe’s Call with Foreign Minister Pardo\n\nSecretary of State Jan A. Roe spoke today with Foreign Minister Tal Pardo.  Secretary Roe and Foreign Minister Pardo discussed trade.  The Secretary condemned Russia’s war against Ukraine.';
    expect(triples(readout)).toContain('jan-a-roe opposes russia');
  });
});

describe(rule('stateChamber'), () => {
  it('reads a chamber after a state’s abbreviation or name as that state’s body', () => {
    expect(triples('The U.S. Senate condemned Russia on Tuesday.')).toEqual(['united-states-senate opposes russia']);
    expect(triples('Russia accused the United States House of Representatives of lying.')).toEqual(['russia opposes united-states-house-of-representatives']);
  });

  it('affiliates the chamber with its state and keeps the written form as an alias', () => {
    const senate = extractRelations('The U.S. Senate condemned Russia on Tuesday.', GAZETTEER, { documentId: 'doc' }).provisionalActors.find((a) => a.id === 'united-states-senate');
    expect(senate).toMatchObject({ name: 'United States Senate', aliases: ['U.S. Senate'], affiliation: 'united-states' });
  });

  it('leaves a chamber that begins a longer name or a title alone', () => {
    expect(triples('The U.S. Senate Foreign Relations Committee condemned Russia.')).not.toContain('united-states-senate opposes russia');
  });

  it('leaves the chamber alone before an office written in lower case, whose holder acts', () => {
    expect(triples('The U.S. House speaker Jan Roe condemned Russia.').filter((t) => t.startsWith('united-states-house'))).toEqual([]);
    expect(triples('The U.S. Senate majority leader Jan Roe condemned Russia.').filter((t) => t.startsWith('united-states-senate'))).toEqual([]);
  });

  it('reads the chamber before a day written without "on"', () => {
    expect(triples('The U.S. Congress Tuesday condemned Russia.')).toEqual(['united-states-congress opposes russia']);
  });
});

describe(rule('leadingGivenName'), () => {
  it('keeps an unknown given name at the start of a sentence', () => {
    expect(triples('Giulia Renzi accused Turkey of lying.')).toEqual(['giulia-renzi opposes turkey']);
  });

  it('leaves a known word before a surname out of the name', () => {
    expect(triples('Meanwhile Renzi accused Turkey of lying.')).toEqual(['renzi opposes turkey']);
  });
});

// Name round, tenth session: names that became wrong actors.

describe(rule('labelOpensSentence'), () => {
  it('reads no name in a word capitalised because it opens the line after a label', () => {
    for (const text of ['SMITH: Immediately designated Hamas as a terrorist group.', 'Timeline: Immediately designated Hamas as a terrorist group.', '- TIMELINE: Immediately designated Hamas as a terrorist group.']) {
      expect(actorNames(text)).toEqual([]);
      expect(triples(text)).toEqual([]);
    }
  });

  it('reads a date, a bare question label and a quote after the label so too', () => {
    expect(triples('June 2, 2023: Immediately designated Hamas as a terrorist group.')).toEqual([]);
    expect(triples('Q Recognizing the danger, Egypt condemned Israel.')).toEqual(['egypt opposes israel']);
    expect(triples('THEN: “Honored to speak with Egypt about the war with Israel.”')).toEqual([]);
  });

  it('still reads a name that opens the line after the label', () => {
    expect(triples('QUESTION: Giulia Renzi accused Turkey of lying.')).toEqual(['giulia-renzi opposes turkey']);
  });

  it('still reads a one-word name that opens the line after the label', () => {
    expect(triples('MR. PRICE: Pardo met Lavrov in Ankara.')).toEqual(['lavrov negotiates pardo']);
    expect(triples('THE PRESIDENT: Kayaci met Lavrov in Ankara.')).toEqual(['kayaci negotiates lavrov']);
    expect(triples('SPOKESPERSON: Farouk condemned Russia.')).toEqual(['farouk opposes russia']);
    expect(triples('March 3: Farouk condemned Russia.')).toEqual(['farouk opposes russia']);
  });

  it('reads no name in an adverb compromise does not list', () => {
    expect(actorNames('JONES: Reportedly designated Hamas as a terrorist group.')).toEqual([]);
  });
});

describe(rule('monthDate'), () => {
  it('reads no actor in a month beside a day', () => {
    const text = 'Egypt welcomes the May 27 accord between Sudan’s government and Federal State leaders.';
    // The accord's two sides are read (rule possessiveHeadMember: "Sudan’s government and …" is one list); the month is no actor.
    expect(actorNames(text)).toEqual(['Federal State']);
    expect(triples(text)).toEqual(['federal-state negotiates sudan']);
    expect(triples('Turkey condemned the May 4 attack on Egypt.')).toEqual([]);
  });

  it('leaves a date out of the name read after it', () => {
    expect(triples('On 4 May Kestrel Front fighters attacked Egypt.')).toEqual(['kestrel-front opposes egypt']);
  });

  it('reads a capitalised "May" inside a sentence as the month, not the modal', () => {
    for (const text of ['Egypt hosted talks in mid-May between Israel and Hamas.', 'Egypt hosted talks in May between Israel and Hamas.']) {
      expect(triples(text)).toEqual(['egypt mediates hamas', 'egypt mediates israel', 'hamas negotiates israel']);
    }
  });

  it('reads a dated month as no person’s surname', () => {
    expect(triples('Theresa May condemned Egypt. Last May, Turkey attacked Russia.')).toEqual(['theresa-may opposes egypt', 'turkey opposes russia']);
    expect(triples('Theresa May condemned Egypt. Turkey attacked May in mid-May.')).toEqual(['theresa-may opposes egypt', 'turkey opposes theresa-may']);
  });

  it('keeps "May" in a person’s name', () => {
    expect(triples('Former Prime Minister Theresa May condemned Russia.')).toEqual(['theresa-may opposes russia']);
  });
});

describe(rule('surnameFirst'), () => {
  it('reads a surname before the full name as that person', () => {
    const readout = 'Secretary Roe’s Meeting with Egyptian Foreign Minister Bin Salem\n\nSecretary of State Jan Roe met today with Egyptian Foreign Minister Ahmed bin Salem in Cairo. The Secretary condemned Russia.';
    expect(triples(readout)).toEqual(['ahmed-bin-salem negotiates jan-roe', 'jan-roe opposes russia']);
    expect(triples('Secretary Roe’s Call with Special Envoy de Marco\n\nSecretary of State Jan Roe spoke today with UN Special Envoy Luca de Marco about Sudan. De Marco condemned Russia.')).toContain('luca-de-marco opposes russia');
    expect(actorNames('Ms. Dadashev condemned Russia.\nTurkey condemned Ramzan Dadashev, a former minister.')).toEqual(['Ramzan Dadashev']);
  });

  it('compares the surname without diacritics and an Arabic article', () => {
    expect(triples('President Selim Kayacı of Turkey met Egypt.\nLater Kayaci condemned Russia.')).toContain('selim-kayaci opposes russia');
    expect(triples('President Abdel Karim el-Nour of Egypt met Lavrov.\nLater Nour condemned Russia.')).toContain('abdel-karim-el-nour opposes russia');
  });

  it('makes a full name the name tagger took for a body a person’s', () => {
    const text = 'Israeli forces killed Kasim Suleimani, head of the Kestrel Force.\nGeneral Suleimani had attacked Israel.';
    expect(triples(text)).toEqual(['israel opposes kasim-suleimani', 'kasim-suleimani opposes israel']);
    expect(extractRelations(text, GAZETTEER, { documentId: 'doc' }).provisionalActors.find((a) => a.id === 'kasim-suleimani')?.kind).toBe('person');
  });

  it('leaves a firm’s name a body when the full name never stands as a person’s', () => {
    const text = 'Egypt hired Kestrel Sachs to advise on the deal. Mr. Sachs condemned Russia.';
    expect(triples(text)).toEqual(['sachs opposes russia']);
    expect(extractRelations(text, GAZETTEER, { documentId: 'doc' }).provisionalActors.find((a) => a.id === 'kestrel-sachs')?.kind).not.toBe('person');
  });

  it('reads a full name whose given name is also a particle as a full name', () => {
    expect(triples('Former Vice President Al Varo met Lavrov. Later Varo condemned Russia.')).toEqual(['al-varo negotiates lavrov', 'al-varo opposes russia']);
  });

  it('merges nothing when two full names share the surname', () => {
    expect(triples('Turkey sanctioned Camila Antonia Ortega and Daniel Ortega.\nPresident Ortega condemned Turkey.')).toContain('ortega opposes turkey');
  });
});

describe(rule('demonymOffice'), () => {
  it('reads the holder, not a body of the demonym and office words nor the state', () => {
    for (const text of ['Egyptian International Relations Commissioner Farouk met Lavrov in Cairo.', 'Lavrov met with Egyptian International Relations Commissioner Farouk in Cairo.']) {
      expect(triples(text)).toEqual(['farouk negotiates lavrov']);
      expect(actorNames(text)).toEqual(['Farouk']);
    }
  });

  it('gives the holder the demonym’s state as affiliation', () => {
    const farouk = extractRelations('Egyptian International Relations Commissioner Farouk met Lavrov in Cairo.', GAZETTEER, { documentId: 'doc' }).provisionalActors.find((a) => a.id === 'farouk');
    expect(farouk).toMatchObject({ kind: 'person', affiliation: 'egypt' });
  });

  it('runs only through a portfolio’s words: not a body’s noun nor a word that may be a name', () => {
    expect(triples('Egyptian Republican Guard Commander Tal Pardo condemned Russia.')).toEqual(['egypt opposes russia']);
    expect(triples('Egyptian Kestrelco Chief Executive Tal Pardo met Lavrov.')).toEqual(['egypt negotiates lavrov']);
  });

  it('keeps a body named with a demonym before its officer', () => {
    expect(actorNames('Sudanese Armed Forces Commander Ali Musa condemned Egypt.')).toContain('Sudanese Armed Forces');
  });
});
