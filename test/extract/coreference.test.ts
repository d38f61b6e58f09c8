/** "he"/"she" stand for the one person named last, within the paragraph; never a guess between two. */
import { triples } from './helpers';

const of = (s: string): string[] => triples(s, { minConfidence: 0.35 });
const opposesUkraine = (s: string): string[] => of(s).filter((t) => t.endsWith('opposes ukraine'));

describe('pronoun coreference', () => {
  it('resolves to the one person the previous sentence named', () => {
    expect(opposesUkraine('Lavrov arrived in Riyadh on Sunday. He condemned Ukraine on Monday.')).toEqual(['lavrov opposes ukraine']);
  });

  it('stays unresolved when the previous sentence named two people', () => {
    expect(opposesUkraine('Lavrov and Pashinyan arrived in Riyadh on Sunday. He condemned Ukraine on Monday.')).toEqual([]);
  });

  it('does not reach into the previous paragraph', () => {
    expect(opposesUkraine('Lavrov arrived in Riyadh on Sunday.\n\nHe condemned Ukraine on Monday.')).toEqual([]);
  });

  it('takes the nearest person before it in its own sentence', () => {
    expect(opposesUkraine('After Pashinyan left, Lavrov said he condemned Ukraine.')).toEqual(['lavrov opposes ukraine']);
  });
});
