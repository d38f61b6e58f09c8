/** Names as documents write them: acronyms they define, short first names, bodies named after their state. */
import { definedAcronyms } from '../../server/extract/acronyms';
import { firstNameForms } from '../../server/extract/lexicon/nicknames';
import type { Actor } from '../../server/domain/types';
import { extractRelations } from '../../server/extract';
import { GAZETTEER } from './fixtures';
import { triples } from './helpers';

const of = (s: string, gazetteer: Actor[] = []): string[] => triples(s, { minConfidence: 0.35 }, gazetteer);

describe('acronyms defined in the text', () => {
  it('reads a run of letters without a space in time linear in its length (a gross-regression bound)', () => {
    const t = performance.now();
    expect(definedAcronyms(`${'A'.repeat(50_000)} (AB) and the Northern Hills Militia (NHM).`)).toEqual([{ acronym: 'NHM', name: 'Northern Hills Militia' }]);
    expect(performance.now() - t).toBeLessThan(1000);
  });
  it('finds the full name whose initials the acronym spells, skipping small words', () => {
    expect(definedAcronyms('Fighting between the Northern Hills Militia (NHM) and the army.')).toEqual([{ acronym: 'NHM', name: 'Northern Hills Militia' }]);
    expect(definedAcronyms('the Union for the Liberation of Valleys (ULV) said')).toEqual([{ acronym: 'ULV', name: 'Union for the Liberation of Valleys' }]);
    expect(definedAcronyms('the Northern Hills Militia (XYZ) said')).toEqual([]);
    expect(definedAcronyms('on Monday (GMT) they met')).toEqual([]);
  });

  it('lets the acronym name the body later in the document, and the bracket not cut the subject off', () => {
    expect(of('The Northern Hills Militia (NHM) attacked Ghana. Later the NHM attacked Togo.')).toEqual([
      'northern-hills-militia opposes ghana',
      'northern-hills-militia opposes togo',
    ]);
  });

  it('gives a gazetteer actor the acronym for this document', () => {
    const store: Actor[] = [{ id: 'valley-union', name: 'Union of Valleys', kind: 'organization', aliases: [] }];
    expect(of('The Union of Valleys (UOV) met Ghana. The UOV then condemned Togo.', store)).toEqual(['ghana negotiates valley-union', 'valley-union opposes togo']);
  });
});

describe('short and long first names', () => {
  it('are forms of each other, from the data file', () => {
    expect(firstNameForms('Bob')).toEqual(expect.arrayContaining(['bob', 'robert']));
    expect(firstNameForms('Robert')).toEqual(expect.arrayContaining(['bob', 'rob', 'robert']));
    expect(firstNameForms('Zebulon')).toEqual(['zebulon']);
  });

  it('make one person of "Bob Smith" and "Robert Smith", discovered or in the gazetteer', () => {
    expect(of('Robert Smith met Ghana. Bob Smith then condemned Togo.')).toEqual(['ghana negotiates robert-smith', 'robert-smith opposes togo']);
    const store: Actor[] = [{ id: 'rsmith', name: 'Robert Smith', kind: 'person', aliases: [] }];
    expect(of('Bob Smith condemned Togo.', store)).toEqual(['rsmith opposes togo']);
  });
});

describe('a body named after its state', () => {
  it('is that body, affiliated to the state, not the state', () => {
    expect(of('The Ghanaian Armed Forces fought Togo.')).toEqual(['ghanaian-armed-forces opposes togo']);
  });
});

describe('honorifics, plural titles, vessels and capitals inside names', () => {
  it('strips honorifics such as "Sheikh" and "Dr." from a discovered name', () => {
    expect(of('Sheikh Khalid Nasser met Ghana.')).toEqual(['ghana negotiates khalid-nasser']);
    expect(of('Dr. Mary Okon condemned Togo.')).toEqual(['mary-okon opposes togo']);
  });

  it('reads a plural title as a title: "Presidents A and B"', () => {
    expect(of('Presidents Okon and Rashed met on Monday.')).toEqual(['okon negotiates rashed']);
  });

  it('never takes a vessel for an actor', () => {
    expect(of('Rebels seized the tanker Blue Heron off Ghana.')).toEqual([]);
    expect(of('The USS Harbor intercepted drones launched from Togo.')).toEqual([]);
    // Discovery may read only the last words of a vessel's name ("Hamburg" of "Nordic Hamburg").
    expect(of('Ghana answered a call from the commercial vessel Nordic Hamburg, which was under attack by Togolese forces.')).toEqual([]);
    expect(of('Togolese forces seized the M/V Nordic Hamburg on Monday.')).toEqual([]);
  });

  it('does not take a capital inside a longer name for its state', () => {
    expect(of('The tanker Marlin Lomé was attacked by Ghana.')).toEqual([]);
    expect(of('Ghana condemned Lomé.')).toEqual(['ghana opposes togo']);
  });

  it('gives a surname found alone the full name the document writes elsewhere', () => {
    expect(of('Envoy Karen Miller arrived on Sunday. Later Miller met Ghana.')).toEqual(['ghana negotiates karen-miller']);
  });
});

describe('an office named by its state', () => {
  it('stands for the state when no holder is known, and a list of offices is one group', () => {
    expect(of('The President of Ghana condemned Togo.')).toEqual(['ghana opposes togo']);
    expect(of('The President of Ghana and the Chancellor of Togo met on Monday.')).toEqual(['ghana negotiates togo']);
    // Three offices are one group too: a meeting of three sides, which is not split into pairs (multilateralMeeting).
    expect(of('The President of Ghana, the Chancellor of Togo and the Prime Minister of Benin met on Monday.')).toEqual([]);
  });

  it('only after a title: "the people of Ghana" is no office', () => {
    expect(of('The people of Ghana condemned Togo.')).toEqual([]);
  });
});

describe('titled people the document names', () => {
  const provisional = (text: string): Actor[] => extractRelations(text, GAZETTEER, { documentId: 'doc' }).provisionalActors;

  it('finds the full name written after an honorific ("Dr. Lena Marsh" for "Marsh")', () => {
    const doc = 'Envoy Dr. Lena Marsh toured the region this week. On Monday, Dr. Marsh met Zelensky in Kyiv.';
    expect(triples(doc)).toContain('lena-marsh negotiates zelensky');
  });

  it('keeps "Deputy Minister Okafor" as a person known by that titled name', () => {
    const doc = 'Deputy Minister Okafor met Zelensky in Kyiv on Friday.';
    expect(provisional(doc)).toContainEqual(expect.objectContaining({ id: 'okafor', kind: 'person', aliases: expect.arrayContaining(['Deputy Minister Okafor']) }));
  });

  it('does not take "Assistant Secretary" for an actor', () => {
    const doc = 'Acting Assistant Secretary Tovar and President Zelensky held talks.';
    expect(provisional(doc).map((a) => a.id)).not.toContain('assistant-secretary');
  });
});

describe('rule titleNameOfBody: "<title> <name> of <body>"', () => {
  it('is the person, affiliated with the body', () => {
    const r = extractRelations('Earlier today Togo spoke with President Kofi Mensah of Ghana.', GAZETTEER);
    expect(r.provisionalActors.map((a) => [a.name, a.affiliation])).toEqual([['Kofi Mensah', 'ghana']]);
    expect(of('Her engagements with Presidents Kofi Mensah of Ghana were cordial. Togo met Presidents Kofi Mensah of Ghana.')).toEqual(['kofi-mensah negotiates togo']);
  });
});

describe('a verb cue after a possessive and adjectives is a noun', () => {
  it('"its brutal assault against Israel" is the possessor\'s, not the sentence subject\'s', () => {
    expect(of('Egypt condemned the release of hostages taken by Hamas during its brutal assault against Israel.')).toEqual(expect.arrayContaining(['hamas opposes israel']));
    expect(of('Egypt condemned the release of hostages taken by Hamas during its brutal assault against Israel.')).not.toContain('egypt opposes israel');
  });
});

describe('a name after a title is not cut short', () => {
  it('"Under Secretary of State Marta Oyelaran": the whole name, and the title is no fronted phrase', () => {
    expect(of('Under Secretary of State Marta Oyelaran and Deputy Foreign Minister Kofi Mensah, with their delegations, met in Accra.')).toEqual(['kofi-mensah negotiates marta-oyelaran']);
    // Discovery reads "Victoria" alone as a place; after a title the whole capitalised name is the person.
    expect(of('Under Secretary of State Victoria Ames met Deputy Foreign Minister Kofi Mensah in Accra.')).toEqual(['kofi-mensah negotiates victoria-ames']);
  });
});

describe('bodies named in full', () => {
  it('a body the document names in full and abbreviates is that body, not the known names inside it', () => {
    const doc = 'Ghana and Togo held talks facilitated by the United Nations Verification Mission in Togo (UNVMT).';
    expect(of(doc)).toEqual(['ghana negotiates togo', 'united-nations-verification-mission-in-togo mediates ghana', 'united-nations-verification-mission-in-togo mediates togo']);
  });

  it('"House of Representatives" and the like are one name (rule institutionOf)', () => {
    // The chamber is Libya's, the one state the document named before it (rule homeStateBody).
    expect(of('Libya held no vote in May. Benin welcomed the talks between the Joint Committee of the House of Representatives and High State Council in Lome.')).toEqual(['high-state-council negotiates libyan-house-of-representatives']);
  });
});

describe('rule betweenHeadOf: "talks between the delegations of A and B"', () => {
  it('takes the pair after "of" as the parties', () => {
    expect(of('Benin welcomed the talks between the delegations of Ghana and Togo.')).toEqual(['ghana negotiates togo']);
    expect(of('Benin welcomed the talks between the Joint Committee of Ghana and Togo.')).toEqual(['ghana negotiates togo']);
  });
});
