import { confidenceOf, triples } from './helpers';

describe('negation drops the relation', () => {
  it.each([
    'Russia did not attack Ukraine.',
    "Russia didn't attack Ukraine.",
    'Russia has never negotiated with Ukraine.',
    'Russia refused to negotiate with Ukraine.',
    'Putin declined to meet Zelensky.',
    'Moscow denied that it had attacked Ukraine.',
    'Kyiv rejected claims that it had shelled Russian territory.',
  ])('%s', (s) => {
    expect(triples(s, { minConfidence: 0 })).toEqual([]);
  });

  it('cancels a double negation', () => {
    expect(triples('Russia has not stopped attacking Ukraine.')).toEqual(['russia opposes ukraine']);
  });

  it('only negates within the clause of the cue', () => {
    expect(triples('Zelensky declined to comment, but Russia attacked Ukraine.')).toEqual(['russia opposes ukraine']);
  });
});

describe('hedging lowers confidence', () => {
  const plain = confidenceOf('Russia attacked Ukraine.', 'russia opposes ukraine');

  it.each([
    'Russia may attack Ukraine.',
    'Russia reportedly attacked Ukraine.',
    'Russia could soon attack Ukraine.',
    'It is unclear whether Russia will negotiate with Ukraine.',
  ])('%s', (s) => {
    const triple = s.includes('negotiate') ? 'russia negotiates ukraine' : 'russia opposes ukraine';
    const c = confidenceOf(s, triple);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(plain);
  });

  it('keeps every confidence within [0, 1]', () => {
    for (const s of ['Russia attacked Ukraine.', 'Russia may possibly have reportedly attacked Ukraine.']) {
      const c = confidenceOf(s, 'russia opposes ukraine');
      expect(c).toBeGreaterThan(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });
});

describe('confidence of hedged and conditional relations', () => {
  /** What the ingest pipeline stores (server/ingest/plan.ts MIN_STORED_CONFIDENCE). */
  const STORED = 0.35;

  it.each([
    ['Russia may attack Ukraine.', 'russia opposes ukraine'],
    ['Russia may possibly have reportedly attacked Ukraine.', 'russia opposes ukraine'],
    ['If Lavrov and Sybiha agree a roadmap, the war could end.', 'lavrov negotiates sybiha'],
    ['It is unclear whether Russia will negotiate with Ukraine.', 'russia negotiates ukraine'],
    ['Armenia and Azerbaijan could reportedly agree a truce.', 'armenia negotiates azerbaijan'],
    ['The two rivals, Armenia and Azerbaijan, remain locked in a possible standoff.', 'armenia opposes azerbaijan'],
  ])('keeps a real but hedged relation stored: %s', (s, triple) => {
    expect(confidenceOf(s, triple)).toBeGreaterThanOrEqual(STORED);
  });

  it('does not let a hedge of another noun lower the cue', () => {
    const plain = confidenceOf('Officials spoke of a breakthrough in the dispute between Armenia and Azerbaijan.', 'armenia opposes azerbaijan');
    expect(plain).toBeGreaterThan(0);
    expect(confidenceOf('Officials spoke of a possible breakthrough in the dispute between Armenia and Azerbaijan.', 'armenia opposes azerbaijan')).toBe(plain);
  });

  it('does not let a hedge after the cue’s own predicate lower it', () => {
    const hedged = confidenceOf('If Lavrov and Sybiha agree a roadmap, the war could end.', 'lavrov negotiates sybiha');
    expect(confidenceOf('If Lavrov and Sybiha agree a roadmap, the war will end.', 'lavrov negotiates sybiha')).toBe(hedged);
    expect(confidenceOf('Lavrov and Sybiha agreed a roadmap.', 'lavrov negotiates sybiha')).toBeGreaterThan(hedged);
  });

  it('still hedges the cue’s own predicate', () => {
    expect(confidenceOf('Talks between Russia and Ukraine may resume.', 'russia negotiates ukraine')).toBeLessThan(
      confidenceOf('Talks between Russia and Ukraine resumed.', 'russia negotiates ukraine'),
    );
  });

  it.each(['Russia did not deploy troops near the border with Ukraine.', 'Russia would never negotiate with Ukraine.', 'Kyiv ruled out talks with Moscow.'])(
    'drops a negated relation whatever the hedges: %s',
    (s) => {
      expect(triples(s, { minConfidence: 0 })).toEqual([]);
    },
  );
});
