/** Rules `acronymBody`, `acronymPeople`, `possessorAffiliation` and `leadingPeopleBody` (server/domain/extraction-rules.ts READING_RULES): made-up sentences only. */
import { READING_RULES } from '../../server/domain/extraction-rules';
import { extractRelations } from '../../server/extract';
import { GAZETTEER } from './fixtures';
import { triples } from './helpers';

const provisional = (text: string): { id: string; kind: string }[] =>
  extractRelations(text, GAZETTEER, { documentId: 'doc' }).provisionalActors.map((a) => ({ id: a.id, kind: a.kind }));

describe(`acronymBody: ${READING_RULES.acronymBody}`, () => {
  it('names the group by its acronym alone, an organisation', () => {
    expect(triples('The KLF rebels attacked a border post in Chad.')).toEqual(['klf opposes chad']);
    expect(provisional('The KLF rebels attacked a border post in Chad.')).toEqual([{ id: 'klf', kind: 'organization' }]);
    expect(provisional('The ZPM group condemned Chad on Monday.')).toEqual([{ id: 'zpm', kind: 'organization' }]);
  });

  it('makes one actor of the acronym written alone and with a noun', () => {
    expect(triples('On Monday the KLF rebels struck Niger. The KLF also condemned Chad.')).toEqual(['klf opposes chad', 'klf opposes niger']);
  });

  it('leaves a name of words with a body noun to rule peopleBody', () => {
    expect(provisional('The government of Chad and Zaghawan regional authorities agreed to talks.')).toEqual([{ id: 'zaghawan-regional-authorities', kind: 'organization' }]);
  });
});

describe(`acronymPeople: ${READING_RULES.acronymPeople}`, () => {
  it('reads an unknown acronym that opens a sentence', () => {
    expect(triples('Fighting flared again this week. KLF rebels attacked Chad on Monday.')).toEqual(['klf opposes chad']);
    expect(triples('Fighting flared again this week. ZPM fighters attacked Niger.')).toEqual(['zpm opposes niger']);
  });
});

describe(`possessorAffiliation: ${READING_RULES.possessorAffiliation}`, () => {
  const affiliations = (text: string): Record<string, string | undefined> =>
    Object.fromEntries(extractRelations(text, GAZETTEER, { documentId: 'doc' }).provisionalActors.map((a) => [a.id, a.affiliation]));

  it('affiliates a person named right after a state’s possessive with that state', () => {
    expect(affiliations('Fighting flared again. Chile’s Tomas Vell lashed out at Peru.')).toEqual({ 'tomas-vell': 'chile' });
    expect(affiliations('Fighting flared again. Bolivia and Peru’s Gomez met in La Paz.')).toEqual({ gomez: 'peru' });
  });

  it('gives no state to a person after another kind of possessive', () => {
    expect(affiliations('Fighting flared again. The ZPM’s Tomas Vell lashed out at Peru.')['tomas-vell']).toBeUndefined();
  });
});

describe(`leadingPeopleBody: ${READING_RULES.leadingPeopleBody}`, () => {
  it('reads a people’s body that opens a sentence', () => {
    expect(triples('Fighting flared again. Zaghawan rebels attacked Chad on Monday.')).toEqual(['zaghawan-rebels opposes chad']);
    expect(provisional('Fighting flared again. Zaghawan forces attacked Chad.')).toEqual([{ id: 'zaghawan-forces', kind: 'military' }]);
  });

  it('makes no actor of an English word that opens a sentence', () => {
    expect(triples('Fighting flared again. Government forces attacked Chad.')).toEqual([]);
    expect(triples('Fighting flared again. Rebel fighters attacked Chad.')).toEqual([]);
  });
});
