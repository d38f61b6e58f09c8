import { slugify } from '../../server/domain/slug';
import { fold } from '../../server/extract/normalize';
import { tokenize } from '../../server/extract/tokens';

describe('normalisation', () => {
  it('folds case and diacritics', () => {
    expect(fold('Türkiye')).toBe('turkiye');
    expect(fold('ERDOĞAN')).toBe('erdogan');
    expect(fold('Łódź')).toBe('lodz');
  });

  it('makes slug ids', () => {
    expect(slugify('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
    expect(slugify("Côte d'Ivoire")).toBe('cote-divoire');
  });
});

describe('tokenize', () => {
  const norms = (t: string): string[] => tokenize(t).map((x) => x.norm);

  it('keeps dotted acronyms whole and apart from a hyphen', () => {
    expect(norms('U.S.-led talks')).toEqual(['us', '-', 'led', 'talks']);
    expect(tokenize('the E.U. said')[1]).toMatchObject({ text: 'E.U.', upper: true });
  });

  it('splits possessives, straight or curly', () => {
    expect(tokenize('Kenya’s envoy').map((t) => [t.text, t.kind])).toEqual([
      ['Kenya', 'word'],
      ['’s', 'possessive'],
      ['envoy', 'word'],
    ]);
    expect(norms("Kenya's envoy")).toEqual(['kenya', "'s", 'envoy']);
  });

  it('splits negative contractions and keeps apostrophes inside names', () => {
    expect(norms("They didn't meet O'Neill")).toEqual(['they', 'did', 'not', 'meet', 'oneill']);
  });

  it('keeps document offsets', () => {
    const text = 'xx Nairobi’s talks';
    for (const t of tokenize(text, 3)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads a word written again, in another case or at another offset, as the first time', () => {
    const text = 'US envoys said us. Us? US envoys.';
    const toks = tokenize(text);
    const us = toks.filter((t) => t.norm === 'us').map((t) => [t.text, t.start, t.end, t.upper, t.cap]);
    expect(us).toEqual([
      ['US', 0, 2, true, true],
      ['us', 15, 17, false, false],
      ['Us', 19, 21, false, true],
      ['US', 23, 25, true, true],
    ]);
    // Tokens are values of their own: changing one leaves the next reading of the word alone.
    toks[0].norm = 'changed';
    expect(tokenize('US')[0]).toEqual({ text: 'US', norm: 'us', start: 0, end: 2, kind: 'word', upper: true, cap: true });
  });
});
