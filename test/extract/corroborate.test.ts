import { corroborate } from '../../server/extract';
import type { ExtractedRelation } from '../../server/extract/types';
import { extracted } from './helpers';

function rel(doc: string, quote: string, source: string, target: string, type: ExtractedRelation['type'] = 'opposes', between?: [string, string]): ExtractedRelation {
  return extracted({ document: doc, quote, source, target, type, between });
}

describe('corroborate', () => {
  it('weighs a relation by its distinct documents', () => {
    const out = corroborate([rel('a', 'Russia struck Kyiv.', 'russia', 'ukraine'), rel('b', 'Russian missiles hit Kyiv.', 'russia', 'ukraine'), rel('c', 'Kyiv hit back.', 'ukraine', 'russia')]);
    expect(out.map((r) => [r.source, r.target, r.weight])).toEqual([
      ['russia', 'ukraine', 2],
      ['ukraine', 'russia', 1],
    ]);
    expect(out[0].confidence).toBeCloseTo(0.75);
  });

  it('does not count a sentence copied verbatim into another document twice', () => {
    const out = corroborate([rel('a', 'Russia struck Kyiv.', 'russia', 'ukraine'), rel('b', 'Russia  struck  Kyiv.', 'russia', 'ukraine')]);
    expect(out[0].weight).toBe(1);
    expect(out[0].evidence).toHaveLength(2);
  });

  it('merges negotiation reported in either order and keeps every mediated pair', () => {
    const out = corroborate([
      rel('a', 'Kyiv and Moscow talked.', 'ukraine', 'russia', 'negotiates'),
      rel('b', 'Moscow and Kyiv talked.', 'russia', 'ukraine', 'negotiates'),
      rel('a', 'Qatar mediated.', 'qatar', 'israel', 'mediates', ['israel', 'hamas']),
      rel('b', 'Qatar mediated again.', 'qatar', 'israel', 'mediates', ['hamas', 'israel']),
      rel('c', 'Qatar mediated once more.', 'qatar', 'israel', 'mediates', ['israel', 'lebanon']),
    ]);
    expect(out.find((r) => r.type === 'negotiates')?.weight).toBe(2);
    expect(out.find((r) => r.type === 'mediates')?.betweens).toEqual([
      ['israel', 'hamas'],
      ['israel', 'lebanon'],
    ]);
  });
});
