/** Rules `speakerTitle` and `stateCourt` (server/domain/extraction-rules.ts READING_RULES): made-up sentences only. */
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
