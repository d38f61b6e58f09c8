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

describe('rule roleNoun: "the minister" is the one minister named before in the paragraph', () => {
  it('resolves to the person named with that title', () => {
    expect(opposesUkraine('Foreign Minister Lavrov flew to Ankara on Sunday. On Monday the minister condemned Ukraine.')).toEqual(['lavrov opposes ukraine']);
  });

  it('stays unresolved when two people held that title in the paragraph', () => {
    expect(opposesUkraine('Foreign Minister Lavrov and Foreign Minister Sybiha flew to Ankara. On Monday the minister condemned Ukraine.')).toEqual([]);
  });

  it('does not reach into the previous paragraph', () => {
    expect(opposesUkraine('Foreign Minister Lavrov flew to Ankara on Sunday.\n\nOn Monday the minister condemned Ukraine.')).toEqual([]);
  });
});

describe('rule anaphor: "both sides" are the parties of the last talks in the paragraph', () => {
  it('takes the pair of the paragraph\'s last negotiation over the document\'s pair', () => {
    const doc = 'Russia and Ukraine held talks in Riyadh. Russia and Ukraine met again in Jeddah.\n\nArmenia met Azerbaijan in Doha. Later Qatar mediated between the two sides.';
    const found = of(doc);
    expect(found).toContain('qatar mediates armenia');
    expect(found).not.toContain('qatar mediates russia');
  });
});
