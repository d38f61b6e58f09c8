import { triples } from './helpers';

describe('pronouns', () => {
  it('reads "we"/"us" in a quote as the speaker and "they" as the other side of the document\'s talks', () => {
    const doc = 'Russia and Ukraine held talks in Jeddah. Putin said, “We are talking to them every week.”';
    expect(triples(doc)).toContain('putin negotiates ukraine');
  });

  it('finds a speaker named after the quote', () => {
    const doc = 'Kyiv and Moscow held talks on Monday. “They are still talking to us,” Zelensky said.';
    expect(triples(doc)).toContain('russia negotiates zelensky');
  });

  it('reads "it" after a verb of saying as its subject', () => {
    // Readiness is no dialogue (READING_RULES openToTalks): the act itself is said here.
    expect(triples('The Kremlin said it had held a dialogue with Kyiv.')).toEqual(['russia negotiates ukraine']);
    expect(triples('The Kremlin said it was ready for dialogue with Kyiv.')).toEqual([]);
  });

  it('reads "he" as the last person named', () => {
    expect(triples('Zelensky landed in Jeddah on Sunday. He later met Saudi Arabia’s crown prince.')).toContain('mbs negotiates zelensky');
  });

  it('does not guess "they" without a speaker or a document pair', () => {
    expect(triples('“They are negotiating,” a diplomat said.')).toEqual([]);
  });
});

describe('"it" after a verb of saying', () => {
  it('is the subject, not an actor inside an inserted phrase', () => {
    expect(triples('China, which has close ties to Moscow, said it opposed Ukraine’s request.')).toEqual(['china opposes ukraine']);
    expect(triples('Turkey, after talks with Kyiv, said it would not sanction Russia.', { minConfidence: 0 })).not.toContain('ukraine opposes russia');
  });
});
