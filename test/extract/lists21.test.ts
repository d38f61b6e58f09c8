/** Rules `possessiveHeadMember` and `possessorInList` (server/domain/extraction-rules.ts READING_RULES): made-up sentences only. */
import { READING_RULES } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

describe(`possessiveHeadMember: ${READING_RULES.possessiveHeadMember}`, () => {
  it('reads "X’s government and Y" as a pair whatever the head noun after the possessive', () => {
    expect(triples('Chile’s government and Peru held talks in Lima on Monday.')).toEqual(['chile negotiates peru']);
    expect(triples("Ghana's army and Togo's army clashed near the border.")).toEqual(['ghana opposes togo', 'togo opposes ghana']);
    expect(triples('Mali’s military leaders and Niger agreed to a truce in talks hosted by Algeria.')).toEqual(
      expect.arrayContaining(['algeria mediates mali', 'algeria mediates niger', 'mali negotiates niger']),
    );
  });

  it('keeps "X’s government and Y" one subject to the clauses: "and Y agreed" opens no clause of its own', () => {
    expect(triples("Chile's government and Peru signed a peace deal.")).toEqual(['chile negotiates peru']);
  });

  it('goes on to a later member after the possessive’s head noun, in an object list too', () => {
    expect(triples("France met with Chad's leaders and Niger on Friday.")).toEqual(['chad negotiates france', 'france negotiates niger']);
  });

  it('still ends the phrase at the name before any other word', () => {
    // "war" is no head noun of the actor's people: the list after it is another noun phrase.
    expect(triples('Chile’s war plans and Peru worried Bolivia.')).not.toContain('chile negotiates peru');
  });
});

describe(`possessorInList: ${READING_RULES.possessorInList}`, () => {
  it('goes on past a possessor to the member it opens', () => {
    expect(triples('Fighting flared again. Chile and Peru’s Kestrel Front exchanged fire along the border.')).toEqual([
      'chile opposes kestrel-front',
      'kestrel-front opposes chile',
    ]);
    expect(triples('Fighting flared again. Bolivia and Peru’s Gomez met in La Paz.')).toEqual(['bolivia negotiates gomez']);
  });
});

describe('fire toward (the opposes verbs, server/extract/cues.ts)', () => {
  it('reads fire aimed "toward" an actor as fire "at" it', () => {
    expect(triples('Fighting flared again. Chile fired rockets toward Peru.')).toEqual(['chile opposes peru']);
    expect(triples('Fighting flared again. Chile fired towards Peru on Monday.')).toEqual(['chile opposes peru']);
  });
});
