/** Rules `speakerTitle`, `stateCourt` and `stateGenericBody` (server/domain/extraction-rules.ts READING_RULES): made-up sentences only. */
import { READING_RULES } from '../../server/domain/extraction-rules';
import { extractRelations } from '../../server/extract';
import { GAZETTEER } from './fixtures';
import { triples } from './helpers';

const mentioned = (text: string): string[] => extractRelations(text, GAZETTEER, { documentId: 'doc' }).mentions.map((m) => m.actorId);

describe(`speakerTitle: ${READING_RULES.speakerTitle}`, () => {
  it('reads the holder after "Speaker", not an actor named "Speaker"', () => {
    expect(triples('House Speaker Nora Vell met Taiwanese President Lin Hao in Taipei.')).toEqual(['lin-hao negotiates nora-vell']);
    expect(triples('Speaker Nora Vell condemned China on Tuesday.')).toEqual(['nora-vell opposes china']);
    expect(mentioned('Kenyan Speaker Amos Kariuki condemned Uganda.')).toEqual(['amos-kariuki', 'uganda']);
  });

  it('makes no actor of the title alone', () => {
    expect(mentioned('The Speaker of the Parliament of Kenya condemned Uganda.')).not.toContain('speaker');
    expect(mentioned('The Speaker said little.')).toEqual([]);
  });
});

describe(`stateCourt: ${READING_RULES.stateCourt}`, () => {
  it('reads a court after its state’s possessive or demonym as the state, never as a shared "Supreme Court"', () => {
    expect(triples('Ghana’s Supreme Court ruled against President Kwame Asante on Monday.')).toEqual(['ghana opposes kwame-asante']);
    expect(mentioned('Kenya’s High Court heard the case. Uganda’s Supreme Court did not.')).toEqual(['kenya', 'uganda']);
    expect(mentioned('The Ghanaian Constitutional Court met on Friday.')).toEqual(['ghana']);
  });

  it('leaves a court named with "of" and an international court to their own names', () => {
    expect(mentioned('The Supreme Court of Ruritania ruled against Prime Minister Jan Novak.')).toContain('supreme-court-of-ruritania');
    expect(mentioned('The International Criminal Court issued a warrant for Ivan Petrov.')).toContain('international-criminal-court');
  });
});

describe(`stateGenericBody: ${READING_RULES.stateGenericBody}`, () => {
  it('names a generic body after its state’s possessive or demonym with the state, affiliated with it', () => {
    expect(triples('Kenya’s National Assembly condemned Uganda on Monday.')).toEqual(['kenyan-national-assembly opposes uganda']);
    const r = extractRelations('The Ghanaian Electoral Commission disqualified Kofi Boateng.', GAZETTEER, { documentId: 'doc' });
    expect(r.mentions.map((m) => m.actorId)).toEqual(['ghanaian-electoral-commission', 'kofi-boateng']);
    expect(r.provisionalActors.find((a) => a.id === 'ghanaian-electoral-commission')).toMatchObject({ affiliation: 'ghana', provisional: true });
  });

  it('leaves a name that goes on, a title after the body, and a body of no state alone', () => {
    expect(mentioned('Kenyan High Council for National Unity Chairman Amos Kariuki met Uganda’s president.')).not.toContain('kenyan-high-council');
    expect(mentioned('Kenya’s National Assembly Speaker Amos Kariuki condemned Uganda.')).not.toContain('kenyan-national-assembly');
    expect(mentioned('The UN Security Council condemned Uganda.')).not.toContain('ugandan-security-council');
  });
});
