/**
 * Coreference round 13, rule `jointIssuers`: a joint statement's "we" is every issuer the
 * statement lists ("released by the Governments of A, B and C"), as one list; nobody when the
 * statement lists fewer than two, or a person among them. Made-up sentences.
 */
import { triples } from './helpers';
import { isDatedMonthAt } from '../../server/extract/dated-month';
import { tokenize } from '../../server/extract/tokens';

const joint = { title: 'Joint Statement on the Caspian Crossing', outlet: 'U.S. Department of State' };
const opposesIran = (text: string, options = joint): string[] => triples(text, { ...options, minConfidence: 0.35 }).filter((t) => t.endsWith('opposes iran'));

describe('rule jointIssuers: a joint statement’s “we” is all of its listed issuers', () => {
  it('reads “we” as each issuer the statement lists', () => {
    const text = 'The following statement was released by the Governments of France, Germany and the United Kingdom.\n\nWe condemn Iran for the seizure of the tanker.';
    expect(opposesIran(text)).toEqual(['france opposes iran', 'germany opposes iran', 'united-kingdom opposes iran']);
  });

  it('reads “our” and “us” the same way in later paragraphs', () => {
    const text = 'This statement was issued by the Governments of France and Germany.\n\nToday our governments sanctioned Iran over the seizure.';
    expect(opposesIran(text)).toEqual(['france opposes iran', 'germany opposes iran']);
  });

  it('gives “we” to nobody when the statement lists only one issuer (ambiguous: the others are unnamed)', () => {
    const text = 'The following statement was released by the Government of France and its partners.\n\nWe condemn Iran for the seizure of the tanker.';
    expect(opposesIran(text)).toEqual([]);
  });

  it('gives “we” to nobody when a person is among those named after “released by”', () => {
    const text = 'The following statement was released by Sergei Lavrov, France and Germany.\n\nWe condemn Iran for the seizure of the tanker.';
    expect(opposesIran(text)).toEqual([]);
  });

  it('takes no list of a truce’s parties for the issuers', () => {
    const text = 'This statement welcomes the truce. The truce was signed by France and Germany in May 2024.\n\nWe condemn Iran for the seizure of the tanker.';
    expect(opposesIran(text)).toEqual([]);
  });

  it('gives “we” to nobody before the list of issuers is read, and inside quotation marks', () => {
    const text = 'We condemn Iran for the seizure.\n\nThe statement was released by the Governments of France and Germany.\n\n“We condemn Iran,” a sailor said.';
    expect(opposesIran(text)).toEqual([]);
  });

  it('leaves a statement that is not joint to its outlet’s government', () => {
    const text = 'The text was released by France and Germany in Paris.\n\nWe condemn Iran for the seizure of the tanker.';
    expect(opposesIran(text, { title: 'Press Statement on the Caspian Crossing', outlet: 'U.S. Department of State' })).toEqual(['united-states opposes iran']);
  });
});

describe('rule monthDate: a month before a day with its ordinal ending is a date', () => {
  it('reads “May 23rd” as a date, “May said” still as a name', () => {
    const date = tokenize('after the May 23rd landing');
    expect(isDatedMonthAt(date, date.findIndex((t) => t.text === 'May'))).toBe(true);
    const name = tokenize('May said it twice');
    expect(isDatedMonthAt(name, 0)).toBe(false);
  });
});
