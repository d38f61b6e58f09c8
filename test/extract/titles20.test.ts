/** Rule `speakerTitle` (server/domain/extraction-rules.ts READING_RULES): made-up sentences only. */
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
