/**
 * False alarms of the dev split by cause (issue #12, precision round of the fourteenth session,
 * branch prec14), each stopped by a rule named in READING_RULES (server/domain/extraction-rules.ts).
 * Made-up sentences only: what each rule must now reject, and a close sentence it must still read.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { confidenceOf, triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('hearsayReport'), () => {
  it.each([
    ['Armenia is said to be negotiating with Azerbaijan.', 'armenia negotiates azerbaijan'],
    ['Iran is widely believed to have attacked Israel.', 'iran opposes israel'],
    ['Turkey was reported to have met with Qatar in secret.', 'qatar negotiates turkey'],
    ['Egypt is understood to have held talks with Hamas.', 'egypt negotiates hamas'],
    ['Russia reportedly attacked Ukraine.', 'russia opposes ukraine'],
    ['Sudan allegedly shelled Egyptian positions last week.', 'sudan opposes egypt'],
    ['The minister spoke amid reports that Iran had attacked Israel.', 'iran opposes israel'],
    ['Washington dismissed the story, and rumours that Qatar met with Hamas spread.', 'hamas negotiates qatar'],
  ])('stores no act passed on from unnamed others: %s', (s, triple) => {
    expect(triples(s)).not.toContain(triple);
    // Read, but under the storing threshold (server/ingest/plan.ts MIN_STORED_CONFIDENCE).
    expect(confidenceOf(s, triple)).toBeLessThan(0.35);
  });

  it('keeps the act stated as fact, a named source’s report and the writer’s own hedge', () => {
    expect(triples('Armenia is negotiating with Azerbaijan.')).toEqual(['armenia negotiates azerbaijan']);
    expect(triples('Iran attacked Israel, officials said.')).toContain('iran opposes israel');
    expect(triples('Egypt held talks with Hamas, and reports that Qatar met Turkey were denied.')).toContain('egypt negotiates hamas');
    expect(triples('Russia apparently attacked Ukraine.')).toEqual(['russia opposes ukraine']);
    // A named source's report is its statement, not hearsay.
    expect(confidenceOf('Reuters reports that Iran attacked Israel.', 'iran opposes israel')).toBeGreaterThanOrEqual(0.35);
  });
});
