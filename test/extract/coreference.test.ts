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

describe('rule kindAnaphor: "the group", "the country", "it" stand for the one actor of that kind named before', () => {
  const opposes = (s: string, target: string): string[] => of(s).filter((t) => t.endsWith(`opposes ${target}`));

  it('takes the one organisation the paragraph named last for "the group"', () => {
    expect(opposes('Hezbollah fired rockets at Israel on Sunday. On Monday the group shelled Cyprus.', 'cyprus')).toEqual(['hezbollah opposes cyprus']);
  });

  it('allows an adjective that only says which kind of group it is', () => {
    expect(opposes('Hamas released a statement on Sunday. Then the militant group shelled Egypt.', 'egypt')).toEqual(['hamas opposes egypt']);
  });

  it('takes the one state for "the country", and nothing when the paragraph named two', () => {
    expect(opposes('Iran held a parade in Tehran. The country then threatened Bahrain.', 'bahrain')).toEqual(['iran opposes bahrain']);
    expect(opposes('Iran met Oman in Muscat. The country then threatened Bahrain.', 'bahrain')).toEqual([]);
  });

  it('does not reach into the previous paragraph', () => {
    expect(opposes('Hezbollah fired rockets at Israel.\n\nOn Monday the group shelled Cyprus.', 'cyprus')).toEqual([]);
  });

  it('reads "across the country" as a territory, no actor', () => {
    expect(opposes('Iran held a parade in Tehran. Protests across the country condemned Bahrain.', 'bahrain')).toEqual([]);
  });

  it('reads "it" only for an actor named earlier in its own sentence', () => {
    expect(opposes('Russia said on Monday that it had shelled Moldova.', 'moldova')).toEqual(['russia opposes moldova']);
    expect(opposes('Russia held a parade on Sunday. On Monday it shelled Moldova.', 'moldova')).toEqual([]);
  });

  it('leaves a placeholder "it" alone', () => {
    expect(opposes('Russia said it is clear that Moldova was shelled.', 'moldova')).toEqual([]);
  });
});
