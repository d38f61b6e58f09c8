/**
 * Rules for reading names and lists the way news writes them (issue #12, third recall round), each
 * named in READING_RULES (server/domain/extraction-rules.ts). Made-up sentences only.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { extractRelations } from '../../server/extract';
import { GAZETTEER } from './fixtures';
import { relations, tripleOf, triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

/** Provisional people of a text: [name, affiliation]. */
function people(text: string): [string, string | undefined][] {
  return extractRelations(text, GAZETTEER).provisionalActors.filter((a) => a.kind === 'person').map((a) => [a.name, a.affiliation]);
}

describe(rule('nameJoints'), () => {
  it('reads a hyphenated name whole after a title', () => {
    expect(triples('President Kwame Asante-Boateng of Ghana condemned Togo.')).toEqual(['kwame-asante-boateng opposes togo']);
    expect(people('President Kwame Asante-Boateng of Ghana condemned Togo.')).toEqual([['Kwame Asante-Boateng', 'ghana']]);
  });

  it('finds a known person written with a middle initial', () => {
    expect(triples('Talks between Sergei V. Lavrov and Sybiha went on.')).toEqual(['lavrov negotiates sybiha']);
  });

  it('reads a hyphenated given name with a lower-case second part ("Jong-un")', () => {
    expect(people('Lavrov met President Kim Jong-un of North Korea.')).toEqual([['Kim Jong-un', 'north-korea']]);
  });

  it('does not count name particles against the length of a name', () => {
    expect(people('Sybiha met Sheikh Hamad bin Khalid Al-Mansour of Qatar in Doha.')).toEqual([['Hamad bin Khalid Al-Mansour', 'qatar']]);
  });
});

describe(rule('sharedPluralTitle'), () => {
  it('gives each listed name the plural title and its own state', () => {
    expect(people('Lavrov met Presidents Kofi Mensah of Ghana and Yaw Boateng of Togo.')).toEqual([
      ['Kofi Mensah', 'ghana'],
      ['Yaw Boateng', 'togo'],
    ]);
    expect(people('Lavrov met Presidents Kofi Mensah of Ghana, Ali Traore of Mali, and Yaw Boateng of Togo.').map(([, s]) => s).sort()).toEqual(['ghana', 'mali', 'togo']);
  });

  it('needs the plural: a singular title is the first name\'s only', () => {
    expect(people('Lavrov met President Kofi Mensah of Ghana and Yaw Boateng of Togo.').find(([n]) => n === 'Yaw Boateng')?.[1]).toBeUndefined();
  });
});

describe(rule('closedList'), () => {
  it('does not add the subject after a comma to a pair joined by "and"', () => {
    expect(triples('After talks between Lavrov and Sybiha, the United States said it was hopeful.')).toEqual(['lavrov negotiates sybiha']);
  });

  it('still reads a list whose commas come before its "and"', () => {
    expect(triples('Turkey, Qatar and Egypt condemned Israel.')).toEqual(['egypt opposes israel', 'qatar opposes israel', 'turkey opposes israel']);
  });
});

describe(rule('slashedAcronym'), () => {
  it('defines an acronym written in parts by a name written in parts', () => {
    const text = 'Clashes followed. The Coastal Liberation Front/Army-North Wing (CLF/A-NW) attacked Togo on Monday, and the CLF/A-NW shelled Ghana.';
    expect(triples(text)).toEqual(['coastal-liberation-front-army-north-wing opposes ghana', 'coastal-liberation-front-army-north-wing opposes togo']);
  });
});

describe(rule('bracketedAcronym'), () => {
  it('keeps a pair whose first member is followed by its acronym', () => {
    expect(triples('Fighting broke out between the Coastal Defense Force (CDF) and the Northern Liberation Army (NLA) near the river.')).toEqual([
      'coastal-defense-force opposes northern-liberation-army',
      'northern-liberation-army opposes coastal-defense-force',
    ]);
  });
});

describe(rule('quantityBeforeActor'), () => {
  it('reads the people of an actor counted before them as the object', () => {
    expect(triples('Hamas killed more than 200 Israelis on Monday.')).toEqual(['hamas opposes israel']);
    expect(triples('Hamas killed at least 1,200 Israelis in the attack.')).toEqual(['hamas opposes israel']);
  });
});

describe(rule('ownDemonym'), () => {
  it('lets the body act, not the state its demonym names', () => {
    const gazetteer = [...GAZETTEER, { id: 'coastal-guard', name: 'Coastal Guard Corps', kind: 'military' as const, aliases: [], affiliation: 'iran' }];
    expect(triples('The Iranian Coastal Guard Corps seized Qatar’s tanker and attacked Egypt.', {}, gazetteer)).toEqual(['coastal-guard opposes egypt', 'coastal-guard opposes qatar']);
  });
});

describe(rule('pairAnaphor'), () => {
  it('reads "the two delegations" and "the two teams" as the pair that just met', () => {
    for (const noun of ['delegations', 'teams']) {
      const r = relations(`Lavrov met Sybiha in Riyadh on Monday. The two ${noun} discussed a prisoner exchange.`);
      expect(r.map((x) => [x.source, x.target, x.evidence.length])).toEqual([['lavrov', 'sybiha', 2]]);
    }
  });
});

describe(rule('rankBeforeActor'), () => {
  it('reads "with senior/top/high-level <actor> officials" as the partner', () => {
    expect(triples('Rubio held talks with senior Hamas representatives in Doha.')).toEqual(['hamas negotiates rubio']);
    expect(triples('Rubio held talks with high-level Iranian officials in Muscat.')).toEqual(['iran negotiates rubio']);
  });
});

describe('lexicon/news-hostility.ts: visa restrictions, visa bans and asset freezes are measures against whom they target', () => {
  it('reads them as opposition', () => {
    expect(triples('The United States imposed visa restrictions on officials of Sudan.')).toEqual(['united-states opposes sudan']);
    expect(triples('The United States imposed visa restrictions on Hamas leaders.')).toEqual(['united-states opposes hamas']);
    expect(triples('The EU imposed an asset freeze on Hamas.')).toEqual(['european-union opposes hamas']);
  });
});

describe(rule('appositiveName'), () => {
  it('keeps the first name of a person opening the sentence before an appositive office', () => {
    expect(people('Ama Owusu-Ansah, the acting President of Ghana, condemned Togo.')).toEqual([['Ama Owusu-Ansah', 'ghana']]);
    expect(triples('Ama Owusu-Ansah, the acting President of Ghana, condemned Togo.')).toEqual(['ama-owusu-ansah opposes togo']);
  });

  it('takes no connective for a first name', () => {
    expect(people('Meanwhile Owusu-Ansah, the acting President of Ghana, condemned Togo.')).toEqual([['Owusu-Ansah', 'ghana']]);
  });
});

describe('cues.ts: a part played in talks between others ("played a critical role in the talks") is mediation', () => {
  const before = 'Israel and Hamas agreed to a ceasefire on Monday. ';
  it('credits the one who played it with mediating the talks of the document', () => {
    expect(triples(`${before}Egypt played a critical role in the talks.`)).toEqual(['egypt mediates hamas', 'egypt mediates israel', 'hamas negotiates israel']);
    expect(triples(`${before}Egypt played an important role in the negotiations.`)).toEqual(['egypt mediates hamas', 'egypt mediates israel', 'hamas negotiates israel']);
  });

  it('needs talks, and never makes a party its own mediator', () => {
    expect(triples(`${before}Egypt played a critical role in the attack.`)).toEqual(['hamas negotiates israel']);
    expect(triples(`${before}Israel played a critical role in the talks.`)).toEqual(['hamas negotiates israel']);
  });
});

describe('demonyms.ts: "ROK" names the Republic of Korea, as state.gov readouts write it', () => {
  it('reads the state in a title and as a party', () => {
    expect(people('ROK Special Representative Park Min-ho met Lavrov.')).toEqual([['Park Min-ho', 'south-korea']]);
    expect(triples('The ROK condemned North Korea.')).toEqual(['south-korea opposes north-korea']);
  });
});

describe(rule('peopleBody'), () => {
  it('names the body an unknown adjective and a body noun make', () => {
    expect(triples('The Government of Ghana and Ashanti regional authorities held talks in Accra.')).toEqual(['ashanti-regional-authorities negotiates ghana']);
    expect(triples('The Government of Ghana and Kossovan rebels held talks in Accra.')).toEqual(['ghana negotiates kossovan-rebels']);
    expect(extractRelations('The Government of Ghana and Kossovan rebels held talks in Accra.', GAZETTEER).provisionalActors.map((a) => a.kind)).toEqual(['military']);
  });
});

describe(rule('listedNoun'), () => {
  it('reads "including calls this weekend with X" as calls with X', () => {
    expect(triples('Rubio advanced the truce, including calls this weekend with Lavrov.')).toEqual(['lavrov negotiates rubio']);
  });

  it('still cancels a call for something', () => {
    expect(triples('Rubio advanced the truce, including calls for restraint by Lavrov.')).toEqual([]);
  });
});

describe(rule('ownOfficial'), () => {
  it('lets the official named after "My <office>," act, not the author', () => {
    const r = relations('My Secretary of State, Jane Roe, met Lavrov on Monday.', { title: 'Statement by President Kofi Mensah on the truce' });
    expect(r.map(tripleOf)).toEqual(['jane-roe negotiates lavrov']);
  });
});

describe(rule('settlementParties'), () => {
  it('gives a brokered truce the sides of the conflict as parties, not the pair that talked most', () => {
    expect(triples('Hamas fired rockets at Israel. Israel struck Hamas on Sunday. Rubio met Sybiha in Kyiv on Monday. The Egypt-brokered truce held on Tuesday.')).toEqual([
      'egypt mediates hamas',
      'egypt mediates israel',
      'hamas opposes israel',
      'israel opposes hamas',
      'rubio negotiates sybiha',
    ]);
  });
});

describe(rule('linkedPeople'), () => {
  it('reads measures on people tied to an actor as against the actor', () => {
    expect(triples('The United States imposed sanctions on 15 individuals and entities connected to Hamas.')).toEqual(['united-states opposes hamas']);
    expect(triples('The United States sanctioned officials affiliated with Hezbollah.')).toEqual(['united-states opposes hezbollah']);
  });

  it('needs people before the tie', () => {
    expect(triples('The United States imposed sanctions on shipments connected to Hamas.')).toEqual([]);
  });
});

describe(rule('mannerPhrase'), () => {
  it('reads the object after "in the strongest terms"', () => {
    expect(triples('The United States condemns in the strongest terms the Hamas attacks on Israel.')).toEqual(['hamas opposes israel', 'united-states opposes hamas']);
    expect(triples('Qatar condemned in no uncertain terms Israel.')).toEqual(['qatar opposes israel']);
  });
});

describe(rule('headlineRole'), () => {
  const title = 'Secretary Jane Roe’s Call with Ukrainian Foreign Minister Sybiha';
  it('reads "the Secretary" and "the Foreign Minister" of a readout as the people its title names', () => {
    expect(triples('The Secretary and the Foreign Minister discussed the war.\nThe Secretary condemned Russia.', { title })).toEqual(['jane-roe negotiates sybiha', 'jane-roe opposes russia']);
  });

  it('reads nobody without a title naming them', () => {
    expect(triples('The Secretary and the Foreign Minister discussed the war.\nThe Secretary condemned Russia.')).toEqual([]);
  });
});

describe(rule('peopleOf'), () => {
  it('reads "representatives of X", "the leaders of X" after a cue as X', () => {
    expect(triples('Rubio met with representatives of Hamas in Doha.')).toEqual(['hamas negotiates rubio']);
    expect(triples('The United States condemned the leaders of Hamas.')).toEqual(['united-states opposes hamas']);
  });

  it('takes "war crimes" for no war: members of two forces who committed them are not at war with each other', () => {
    expect(triples('Investigators found that members of Hamas and Hezbollah have committed war crimes.')).toEqual([]);
    expect(triples('Hamas and Hezbollah have committed war crimes.')).toEqual([]);
  });
});

describe(rule('verbObjectPrep'), () => {
  it('reads "fired a rocket at X", "launched a ballistic missile toward X"', () => {
    expect(triples('Hamas fired a rocket at Israel.')).toEqual(['hamas opposes israel']);
    expect(triples('Iran launched a ballistic missile toward Israel.')).toEqual(['iran opposes israel']);
  });

  it('only for hostile verbs: "met the press with X" is no meeting phrase', () => {
    expect(triples('Rubio met the press with Lavrov.')).toEqual([]);
  });
});

describe(rule('titledName'), () => {
  it('names the person after a capitalised title, also without discovery', () => {
    expect(triples('Special Envoy Jane Roe traveled to Cairo to meet with President Sisi.', { discoverUnknown: false })).toEqual(['jane-roe negotiates sisi']);
  });

  it('reads no name in a Title Case heading', () => {
    expect(extractRelations('President Meets With Foreign Minister Sybiha', GAZETTEER, { discoverUnknown: false }).mentions.map((m) => m.actorId)).toEqual(['sybiha']);
  });
});

describe(rule('neitherNor'), () => {
  it('negates a cue after "neither A nor B"', () => {
    expect(triples('Neither Russia nor Ukraine has attacked Turkey.')).toEqual([]);
  });
});

// Mentions: who the actors are (issue #12, fourth round).

describe(rule('titledNamePieces'), () => {
  it('reads the whole name after a portfolio title, middle initial and all', () => {
    const text = 'Secretary of State Maria T. Lind spoke today with Peruvian President Karl Weber.';
    expect(triples(text)).toEqual(['karl-weber negotiates maria-t-lind']);
    expect(people(text).map(([n]) => n)).toContain('Maria T. Lind');
  });

  it('reads a later surname-only mention as the same person', () => {
    expect(triples('Deputy Secretary of State Wendy Okafor met Bolivian Foreign Minister Ana Ruiz. Secretary Okafor later met Chilean President Jorge Vela.')).toEqual(['ana-ruiz negotiates wendy-okafor', 'jorge-vela negotiates wendy-okafor']);
  });
});

describe(rule('regimeName'), () => {
  it('reads a regime named by its leader or state as a body of its own, not the person or the state', () => {
    expect(triples('The United States sanctioned the Ortega-Lind regime on Monday.')).toEqual(['united-states opposes ortega-lind-regime']);
    expect(triples("Peru condemned Bolivia's military regime.")).toEqual(['peru opposes bolivia-military-regime']);
    expect(triples('Chile condemned the military junta in Ecuador.')).toEqual(['chile opposes ecuador-military-junta']);
  });

  it('reads a later bare "the regime" as the one regime named', () => {
    expect(triples('Chile condemned the Vela regime. The regime detained Ana Ruiz in May.')).toEqual(['chile opposes vela-regime', 'vela-regime opposes ana-ruiz']);
  });

  it('leaves a bare "the regime" unread when two regimes were named', () => {
    expect(triples('Chile condemned the Vela regime and the Ruiz regime. The regime detained Karl Weber in May.')).toEqual(['chile opposes ruiz-regime', 'chile opposes vela-regime']);
  });

  it('keeps a known armed body for itself', () => {
    expect(triples('Peru condemned the Hamas regime.')).toEqual(['peru opposes hamas']);
  });
});

describe(rule('portfolioInName'), () => {
  it('cuts the portfolio off the name it was read into', () => {
    expect(triples('Senior Advisor for Water Security Lena Marsh met with Peruvian officials.')).toEqual(['lena-marsh negotiates peru']);
    expect(triples('Under Secretary of the Treasury for Sanctions and Financial Intelligence Omar Vale met with Bolivian officials.')).toEqual(['bolivia negotiates omar-vale']);
  });
});

describe(rule('officeAcronym'), () => {
  it('reads the holder of an office defined with an acronym, not a body, and the later surname as them', () => {
    const text = 'On Tuesday, Director of National Intelligence (DNI) Lena Marsh opened an office in Lima.\n\nIn Lima, DNI Marsh held talks with Peruvian President Karl Weber.';
    expect(triples(text)).toEqual(['karl-weber negotiates lena-marsh']);
  });
});

describe(rule('pluralTitle'), () => {
  it('takes a plural title for no first name of a surname', () => {
    const text = 'Lavrov met with Peruvian President Weber. Later that week Presidents Weber and Vela signed a water pact in Quito.';
    expect(extractRelations(text, GAZETTEER).provisionalActors.map((a) => a.name)).not.toContain('Presidents Weber');
    expect(triples(text)).toContain('lavrov negotiates weber');
  });
});

describe(rule('possessedNoun'), () => {
  it('ends a name before a possessive and the call, visit or office it owns', () => {
    const text = 'Secretary Lind’s Call with Peruvian President Karl Weber\n\nSecretary Lind spoke today with President Weber. Weber’s office said Peru condemned Bolivia.';
    const ids = extractRelations(text, GAZETTEER).mentions.map((m) => m.actorId);
    expect(ids).toContain('lind');
    expect(ids).not.toContain('linds-call');
    expect(ids).not.toContain('webers-office');
  });
});

describe(rule('shortBodyName'), () => {
  it('reads "the Court" as the one court the document named', () => {
    expect(triples('The International Court of Justice heard the case on Monday. On Friday the Court condemned Chile.')).toEqual(['international-court-of-justice opposes chile']);
  });

  it('reads nothing before the body is named, nor a longer name', () => {
    expect(triples('On Friday the Court condemned Chile.')).toEqual([]);
    expect(triples('The International Court of Justice heard the case. The Court of Appeals condemned Chile.')).toEqual(['court-of-appeals opposes chile']);
  });
});

describe(rule('hyphenatedTitle'), () => {
  it('reads "Secretary-General" as one title of the person, not the body beside a second name', () => {
    const r = extractRelations('U.N. Secretary-General Lena Marsh met with Peruvian President Karl Weber.', GAZETTEER, { creditLeaders: false });
    expect(r.relations.map(tripleOf)).toEqual(['karl-weber negotiates lena-marsh']);
    expect(people('U.N. Secretary-General Lena Marsh met with Peruvian President Karl Weber.')).toContainEqual(['Lena Marsh', 'united-nations']);
  });
});

describe(rule('leadingNameWord'), () => {
  it('reads a short name\'s first word alone as its one holder ("Xi" after "Xi Jinping")', () => {
    const text = 'Lavrov met Chinese President Zhao Minghua in Beijing on Monday. Later, Lavrov and Zhao discussed Taiwan.';
    const ids = extractRelations(text, GAZETTEER).provisionalActors.map((a) => a.id);
    expect(ids).toEqual(['zhao-minghua']);
  });

  it('leaves the word alone when two people\'s names start with it', () => {
    const text = 'Lavrov met Chinese President Zhao Minghua and Chinese Premier Zhao Lijun. Later, Lavrov and Zhao discussed Taiwan.';
    expect(extractRelations(text, GAZETTEER).provisionalActors.map((a) => a.id)).toContain('zhao');
  });
});

describe(rule('kindNounName'), () => {
  it('reads the name after a kind of organisation, in capitals too, and not the state its demonym names', () => {
    expect(triples('The Treasury Department sanctioned Peruvian state-owned mining company MINORA.')).toEqual(['united-states opposes minora']);
    expect(triples('Chile sanctioned the rebel group Frente Andino on Monday.')).toEqual(['chile opposes frente-andino']);
  });
});

describe(rule('otherHolder'), () => {
  it('reads a name after an office that shares no word with its listed holder as another person', () => {
    const ids = extractRelations('The treaty was agreed under former Ukrainian President Petro Vasylenko.', GAZETTEER).mentions.map((m) => m.actorId);
    expect(ids).toEqual(['petro-vasylenko']);
  });

  it('still reads the listed holder under another spelling of the name', () => {
    const ids = extractRelations('The treaty was agreed under Ukrainian President Vladimir Zelensky.', GAZETTEER).mentions.map((m) => m.actorId);
    expect(ids).toEqual(['zelensky']);
  });
});

describe(rule('nameJoints'), () => {
  it('joins a particle written with a hyphen to the name part after it ("al-Assad")', () => {
    const mentions = extractRelations('The statement was read on television by Syrian President Bashar al-Nasser.', GAZETTEER).mentions;
    expect(mentions.map((m) => m.text)).toEqual(['Syrian President Bashar al-Nasser']);
  });
});

describe(rule('sameFullName'), () => {
  it('reads a full name with and without a middle initial or a nickname as one person', () => {
    const text = 'Bob Vance of Peru met with Lavrov.\n\nRobert T. Vance said the talks went well. Later Vance condemned Belarus.';
    const ids = extractRelations(text, GAZETTEER, { title: 'Statement following the meeting between Bob Vance and Lavrov' }).mentions.map((m) => m.actorId);
    expect(ids.filter((id) => id.includes('vance')).every((id) => id === ids.find((x) => x.includes('vance')))).toBe(true);
  });
});

describe(rule('innerTitle'), () => {
  it('reads the name after a title inside a name run on from a heading', () => {
    expect(triples('Economic Prosperity President Weber and President Vela met with Lavrov on Monday.')).toEqual(['lavrov negotiates vela', 'lavrov negotiates weber']);
  });
});
