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
});
