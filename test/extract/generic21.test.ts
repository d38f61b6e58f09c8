/** Rules of generic bodies' identity across documents (server/domain/extraction-rules.ts READING_RULES): made-up sentences only. */
import { READING_RULES } from '../../server/domain/extraction-rules';
import { extractRelations } from '../../server/extract';
import { GAZETTEER } from './fixtures';
import { triples } from './helpers';

const mentioned = (text: string): string[] => extractRelations(text, GAZETTEER, { documentId: 'doc' }).mentions.map((m) => m.actorId);

describe(`documentGenericBody: ${READING_RULES.documentGenericBody}`, () => {
  it('reads a later bare generic body as the state’s body the document named', () => {
    expect(triples('Kenya’s National Assembly sat late on Monday. The National Assembly then condemned Uganda.')).toEqual(['kenyan-national-assembly opposes uganda']);
    expect(mentioned('The Ghanaian Electoral Commission met in Accra. Later the Electoral Commission disqualified Kofi Boateng.')).toEqual(['ghanaian-electoral-commission', 'ghana', 'ghanaian-electoral-commission', 'kofi-boateng']);
  });

  it('reads a later bare court as the state whose court the document named', () => {
    expect(triples('Ghana’s Supreme Court heard the petition in May. In June the Supreme Court ruled against President Kwame Asante.')).toEqual(['ghana opposes kwame-asante']);
  });

  it('leaves a longer name, and a name two states’ bodies share, alone', () => {
    expect(mentioned('The Ghanaian Electoral Commission met. The Independent National Electoral Commission condemned Uganda.')).toContain('independent-national-electoral-commission');
    expect(mentioned('Kenya’s National Assembly and Uganda’s National Assembly met. The National Assembly then adjourned.').filter((id) => id === 'kenyan-national-assembly')).toHaveLength(1);
  });
});

describe(`bodyOfState: ${READING_RULES.bodyOfState}`, () => {
  it('gives "the Parliament of X" the id of "X’s parliament", affiliated with X', () => {
    expect(triples('The Parliament of Kenya voted on Tuesday to condemn Uganda.')).toEqual(['kenyan-parliament opposes uganda']);
    expect(mentioned('Kenya’s parliament sat late. The Parliament of Kenya then condemned Uganda.')).toEqual(['kenyan-parliament', 'kenyan-parliament', 'uganda']);
    const r = extractRelations('The National Assembly of Ghana condemned President Kwame Asante.', GAZETTEER, { documentId: 'doc' });
    expect(r.relations.map((x) => `${x.source} ${x.type} ${x.target}`)).toEqual(['ghanaian-national-assembly opposes kwame-asante']);
    expect(r.provisionalActors.find((a) => a.id === 'ghanaian-national-assembly')).toMatchObject({ affiliation: 'ghana', aliases: ['National Assembly of Ghana'] });
  });

  it('reads "the Supreme Court of X" as the state, and leaves a body of no known state alone', () => {
    expect(triples('The Supreme Court of Ghana ruled against President Kwame Asante.')).toEqual(['ghana opposes kwame-asante']);
    expect(mentioned('The Parliament of Ruritania condemned Uganda.')).toContain('parliament-of-ruritania');
  });
});

describe(`presidingOfficer: ${READING_RULES.presidingOfficer}`, () => {
  it('reads an unnamed presiding officer as the body', () => {
    expect(triples('The Speaker of the Parliament of Kenya condemned Uganda.')).toEqual(['kenyan-parliament opposes uganda']);
    expect(triples('The Speaker of Kenya’s National Assembly met Ugandan President Joseph Okello.')).toEqual(['joseph-okello negotiates kenyan-national-assembly']);
    expect(triples('The President of the Kenyan Senate condemned Uganda.')).toEqual(['kenyan-senate opposes uganda']);
  });

  it('leaves a named presiding officer to the person', () => {
    expect(triples('The Speaker of the Parliament of Kenya, Amos Kariuki, condemned Uganda.')).toEqual(['amos-kariuki opposes uganda']);
    expect(triples('The United States sanctioned Amos Kariuki, the Speaker of the Parliament of Kenya, on Friday.')).toEqual(['united-states opposes amos-kariuki']);
  });
});

describe(`stateGenericBody, services and names with "of": ${READING_RULES.stateGenericBody}`, () => {
  it('names a state’s service with the state, kind military, also before a date', () => {
    expect(triples('Russia condemned Ukraine’s Armed Forces on Monday.')).toEqual(['russia opposes ukrainian-armed-forces']);
    const r = extractRelations('The Philippine National Police arrested Juan Dela Paz in Manila.', GAZETTEER, { documentId: 'doc' });
    expect(r.mentions.map((m) => m.actorId)[0]).toBe('filipino-national-police');
    expect(r.provisionalActors.find((a) => a.id === 'filipino-national-police')).toMatchObject({ kind: 'military', affiliation: 'philippines' });
    expect(triples('The Armed Forces of Ukraine struck Russia at dawn.')).toEqual(['ukrainian-armed-forces opposes russia']);
  });

  it('names a chamber’s generic name with "of" with its state, and a later bare one as the same', () => {
    expect(triples('Kenya’s House of Representatives condemned Uganda.')).toEqual(['kenyan-house-of-representatives opposes uganda']);
    expect(mentioned('The Libyan House of Representatives sat in Tobruk. The House of Representatives then rejected the plan.')).toEqual(['libyan-house-of-representatives', 'libyan-house-of-representatives']);
  });

  it('still reads a court named after its state before a date', () => {
    expect(triples('Ghana’s Supreme Court on Monday ruled against President Kwame Asante.')).toEqual(['ghana opposes kwame-asante']);
  });
});

describe(`homeStateBody: ${READING_RULES.homeStateBody}`, () => {
  it('reads a bare generic body as the one state the document has named before it', () => {
    expect(triples('Kenya held a disputed vote in August. The Electoral Commission later disqualified Amos Kariuki.')).toEqual(['kenyan-electoral-commission opposes amos-kariuki']);
    expect(triples('The vote in Nairobi was close. The Supreme Court ruled against Amos Kariuki.')).toEqual(['kenya opposes amos-kariuki']);
    expect(mentioned('Kenyan President Jomo Kamau flew home. The Constitutional Court then met.')).toEqual(['jomo-kamau', 'kenya']);
  });

  it('takes the one state the title names', () => {
    expect(triples('The National Assembly condemned Amos Kariuki.', { title: 'Crisis in Kenya deepens' })).toEqual(['kenyan-national-assembly opposes amos-kariuki']);
  });

  it('keeps the name out when no state or several are named, or only after it', () => {
    expect(mentioned('The National Assembly condemned Uganda.')).toEqual(['uganda']);
    expect(mentioned('Kenya and Uganda met. The Electoral Commission then adjourned.')).toEqual(['kenya', 'uganda']);
    expect(mentioned('The Supreme Court said little.')).toEqual([]);
    expect(mentioned('Benin welcomed talks between the House of Representatives and Ruritania.')).not.toContain('beninese-house-of-representatives');
  });
});
