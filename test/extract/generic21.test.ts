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
