/**
 * Branch names18: names of outlets and people that hold other names. Made-up sentences only.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { extractRelations } from '../../server/extract';
import { GAZETTEER } from './fixtures';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;
const mentioned = (text: string): string[] => extractRelations(text, GAZETTEER, { documentId: 'doc' }).mentions.map((m) => m.actorId);

describe(rule('outletNameNoState'), () => {
  it('a state inside an agency’s name is no mention of the state', () => {
    expect(mentioned('Egypt met Agence France-Presse reporters on Sunday.')).toEqual(['egypt']);
    expect(triples('Egypt met Agence France-Presse reporters on Sunday.')).toEqual([]);
    expect(triples('Egypt condemned Libya, Agence France-Presse reported.')).toEqual(['egypt opposes libya']);
  });

  it('keeps the state named on its own, also next to an agency', () => {
    expect(triples('Egypt met France, Agence France-Presse reported.')).toEqual(['egypt negotiates france']);
    expect(mentioned('Egypt met France, AFP reported.')).toEqual(['egypt', 'france']);
  });
});

describe(rule('titledHeadlineName'), () => {
  const people = (text: string): string[] =>
    extractRelations(text, GAZETTEER, { documentId: 'doc' })
      .provisionalActors.filter((a) => a.kind === 'person')
      .map((a) => a.id);

  it('a heading’s verb or noun after a titled name is no part of the name', () => {
    expect(triples('Secretary Hollins Travels to Egypt\n\nSecretary Hollins will travel to Egypt to meet Libya.')).toContain('hollins negotiates libya');
    expect(people('Secretary Hollins Travels to Egypt\n\nSecretary Hollins met Libya.')).toEqual(['hollins']);
    expect(people('Secretary Hollins’ Call with Libyan Prime Minister Dorbak\n\nSecretary Hollins spoke with Prime Minister Dorbak of Libya.')).toEqual(['hollins', 'dorbak']);
  });

  it('leaves a given name and family name after a title alone', () => {
    expect(people('Secretary Mark Hollins met Libya.')).toEqual(['mark-hollins']);
  });
});

describe(rule('spouseTitle'), () => {
  it('"First Lady" and "First Gentleman" are a title before the name', () => {
    expect(triples('First Lady Nora Vell met Libya.')).toEqual(['libya negotiates nora-vell']);
    expect(triples('First Gentleman Karl Dorn met Libya.')).toEqual(['karl-dorn negotiates libya']);
  });
});
