import { rollUpToStates } from '../../server/extract';
import type { ExtractedRelation } from '../../server/extract/types';
import { GAZETTEER } from './fixtures';
import { extracted } from './helpers';

function rel(source: string, type: ExtractedRelation['type'], target: string, start: number, between?: [string, string]): ExtractedRelation {
  return extracted({ source, type, target, start, between, confidence: 0.5 + start / 100 });
}

describe('rollUpToStates', () => {
  it('maps officials and services to the state at the top of their chain', () => {
    const out = rollUpToStates([rel('lavrov', 'negotiates', 'sybiha', 0), rel('bortnikov', 'opposes', 'ukraine', 10)], GAZETTEER);
    expect(out.map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual(['russia negotiates ukraine', 'russia opposes ukraine']);
  });

  it('drops self-loops and merges duplicates, negotiation in either order', () => {
    const out = rollUpToStates(
      [rel('putin', 'opposes', 'lavrov', 0), rel('lavrov', 'negotiates', 'zelensky', 1), rel('ukraine', 'negotiates', 'putin', 2), rel('sybiha', 'negotiates', 'russia', 1)],
      GAZETTEER,
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ source: 'russia', target: 'ukraine', type: 'negotiates', confidence: 0.52 });
    expect(out[0].evidence.map((e) => e.start)).toEqual([1, 2]);
  });

  it('rolls up mediated pairs and keeps actors that have no state', () => {
    const out = rollUpToStates([rel('qatar', 'mediates', 'hamas', 0, ['hamas', 'zelensky'])], GAZETTEER);
    expect(out[0]).toMatchObject({ source: 'qatar', target: 'hamas', between: ['hamas', 'ukraine'] });
  });

  it('accepts actors as a map and curated relations without confidence', () => {
    const curated = { id: 'x', source: 'rubio', target: 'lavrov', type: 'negotiates' as const, evidence: [{ document: 'd', start: 0, end: 1 }] };
    const out = rollUpToStates([curated], new Map(GAZETTEER.map((a) => [a.id, a])));
    expect(out[0]).toMatchObject({ source: 'united-states', target: 'russia' });
    expect(out[0]).not.toHaveProperty('confidence');
  });
});
