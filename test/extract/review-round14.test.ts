/**
 * Review of the precision round of the fourteenth session (issue #12, branch review14): readings
 * the round's rules or older ones lost, found with made-up sentences (never corpus sentences).
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { confidenceOf, triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('thatAfterNoun'), () => {
  it.each([
    ['Lavrov said to reporters that Russia attacked Turkey.', 'russia opposes turkey'],
    ['The minister explained to journalists that Iran met Qatar.', 'iran negotiates qatar'],
  ])('reads the clause after “to <noun> that”: %s', (s, triple) => {
    expect(triples(s)).toContain(triple);
  });
});

describe(rule('hearsayReport'), () => {
  it.each([
    ['Russia reportedly attacked Ukraine, according to the Ukrainian defence ministry.', 'russia opposes ukraine'],
    ['Iran was understood to be negotiating with Qatar, a spokesman confirmed.', 'iran negotiates qatar'],
    ['The Pentagon confirmed reports that Russia attacked Ukraine.', 'russia opposes ukraine'],
  ])('keeps a report whose source the sentence names or which a source confirms: %s', (s, triple) => {
    expect(triples(s)).toContain(triple);
  });

  it.each([
    ['Russia reportedly attacked Ukraine, according to unnamed sources.', 'russia opposes ukraine'],
    ['Russia reportedly attacked Ukraine, but the report could not be independently confirmed.', 'russia opposes ukraine'],
    ['Iran is said to be negotiating with Qatar; officials have yet to confirm it.', 'iran negotiates qatar'],
  ])('still stores no hearsay without a named or vouching source: %s', (s, triple) => {
    expect(triples(s)).not.toContain(triple);
    expect(confidenceOf(s, triple)).toBeGreaterThan(0);
  });
});

describe(rule('anyAct'), () => {
  it.each([
    ['Any further aggression by Russia against Ukraine will be met with sanctions.', 'russia opposes ukraine'],
    ['Any further talks between Iran and Qatar were cancelled.', 'iran negotiates qatar'],
  ])('reads an act after a capitalised “Any” opening the sentence as hypothetical: %s', (s, triple) => {
    expect(triples(s)).not.toContain(triple);
    expect(confidenceOf(s, triple)).toBeGreaterThan(0);
  });

  it('keeps the act stated as fact after a sentence-opening word', () => {
    expect(triples('Anyway, Russia attacked Ukraine on Monday.')).toEqual(['russia opposes ukraine']);
    expect(triples('Further aggression by Russia against Ukraine was met with sanctions.')).toContain('russia opposes ukraine');
  });
});
