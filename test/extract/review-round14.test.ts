/**
 * Review of the precision round of the fourteenth session (issue #12, branch review14): readings
 * the round's rules or older ones lost, found with made-up sentences (never corpus sentences).
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('thatAfterNoun'), () => {
  it.each([
    ['Lavrov said to reporters that Russia attacked Turkey.', 'russia opposes turkey'],
    ['The minister explained to journalists that Iran met Qatar.', 'iran negotiates qatar'],
  ])('reads the clause after “to <noun> that”: %s', (s, triple) => {
    expect(triples(s)).toContain(triple);
  });
});
