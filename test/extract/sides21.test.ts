/** Rules `oneNamedSide` and `chanceOfAct` (server/domain/extraction-rules.ts READING_RULES): made-up sentences only. */
import { READING_RULES } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

describe(`oneNamedSide: ${READING_RULES.oneNamedSide}`, () => {
  const docAboutChileAndPeru = 'Chile and Peru held talks in Lima on Monday. Chile and Peru met again on Tuesday.';

  it('makes the named side the party, not the document’s pair', () => {
    const t = triples(`${docAboutChileAndPeru} Ecuador hosted talks between Bolivia's government and rebel groups.`);
    expect(t).toContain('ecuador mediates bolivia');
    expect(t.filter((x) => x.startsWith('ecuador mediates'))).toEqual(['ecuador mediates bolivia']);
    expect(triples(`${docAboutChileAndPeru} Ecuador mediated between Bolivia and rebel factions.`).filter((x) => x.startsWith('ecuador'))).toEqual(['ecuador mediates bolivia']);
  });

  it('leaves talks with both sides named to their pair', () => {
    expect(triples(`${docAboutChileAndPeru} Ecuador mediated talks between Bolivia and Paraguay.`).filter((x) => x.startsWith('ecuador'))).toEqual([
      'ecuador mediates bolivia',
      'ecuador mediates paraguay',
    ]);
  });
});

describe(`chanceOfAct: ${READING_RULES.chanceOfAct}`, () => {
  it('stores no act whose chance only is reported', () => {
    expect(triples('Fighting flared again. The odds of a deal between Chile and Peru are low.')).toEqual([]);
    expect(triples('Fighting flared again. Hopes of a ceasefire between Chile and Peru faded.')).toEqual([]);
    expect(triples('Fighting flared again. The chances of a war between Chile and Peru grew.')).toEqual([]);
  });

  it('keeps the act itself', () => {
    expect(triples('Fighting flared again. A deal between Chile and Peru was signed on Monday.')).toEqual(['chile negotiates peru']);
  });
});
