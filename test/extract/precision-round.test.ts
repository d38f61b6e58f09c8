/**
 * False alarms found on news no rule was written from (issue #12, precision round of the eleventh
 * session, branch precision11), each stopped by a rule named in READING_RULES
 * (server/domain/extraction-rules.ts). Made-up sentences only: what each rule must now reject, and
 * sentences from other conflicts it must still read right.
 */
import { READING_RULES, type ReadingRuleName } from '../../server/domain/extraction-rules';
import { triples } from './helpers';

const rule = (name: ReadingRuleName): string => `${name}: ${READING_RULES[name]}`;

describe(rule('docPairOfSides'), () => {
  it('leaves out a person of no known state from the pair a go-between is borrowed', () => {
    expect(triples('Secretary of State Jan Roe spoke today with Armenian Prime Minister Nikol Pashinyan. Roe met Pashinyan again on Monday. He also reaffirmed support for productive EU-brokered discussions.')).toEqual([
      'european-union mediates armenia',
      'jan-roe negotiates pashinyan',
    ]);
    expect(triples('Envoy Karl Lind met Hamas officials on Monday. Lind later held talks with Hamas. Lind welcomed Egypt’s mediation efforts.')).toEqual([
      'egypt mediates hamas',
      'hamas negotiates karl-lind',
    ]);
  });

  it('keeps the pair of states, and people whose state is known', () => {
    expect(triples('Sergei Lavrov met Andrii Sybiha in Istanbul. Lavrov and Sybiha talked again on Monday. Both praised facilitation by Qatar.')).toEqual([
      'lavrov negotiates sybiha',
      'qatar mediates russia',
      'qatar mediates ukraine',
    ]);
    expect(triples('Russia and Ukraine held talks in Istanbul. Turkey commended Qatar for its efforts to mediate these discussions.')).toEqual([
      'qatar mediates russia',
      'qatar mediates ukraine',
      'russia negotiates ukraine',
    ]);
    expect(triples('Armenia and Azerbaijan signed a deal. The deal followed facilitation by Qatar.')).toEqual([
      'armenia negotiates azerbaijan',
      'qatar mediates armenia',
      'qatar mediates azerbaijan',
    ]);
  });
});
