import fc from 'fast-check';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../server/extract/sentences';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('does not split after abbreviations, initials or acronyms inside a sentence', () => {
    const t = 'Mr. Okafor met Gen. Alvarez and J. Smith at the U.N. Security Council. They spoke for an hour.';
    expect(texts(t)).toEqual(['Mr. Okafor met Gen. Alvarez and J. Smith at the U.N. Security Council.', 'They spoke for an hour.']);
  });

  it('splits after an acronym when the next word opens a sentence', () => {
    expect(texts('The envoy flew back to the U.S. The talks resumed a week later.')).toEqual([
      'The envoy flew back to the U.S.',
      'The talks resumed a week later.',
    ]);
  });

  it('keeps closing curly quotes with the sentence they end', () => {
    const t = 'The minister said: “We will not attend.” Officials in Lagos disagreed.';
    expect(texts(t)).toEqual(['The minister said: “We will not attend.”', 'Officials in Lagos disagreed.']);
  });

  it('treats a newline as a paragraph break and does not split numbers or compounds', () => {
    const s = splitSentences('Ceasefire talks, day 3\nGrowth was 3.5 percent under U.S.-led rules. Prices rose.');
    expect(s.map((x) => x.text)).toEqual(['Ceasefire talks, day 3', 'Growth was 3.5 percent under U.S.-led rules.', 'Prices rose.']);
    expect(s.map((x) => x.paragraph)).toEqual([0, 1, 1]);
  });

  it('cuts overlong runs so later stages work on bounded sentences', () => {
    const t = 'word '.repeat(5000);
    const s = splitSentences(t);
    expect(s.length).toBeGreaterThan(1);
    for (const x of s) expect(x.end - x.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });

  it('gives offsets that slice back to each sentence, in order, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '!', '?', '\n', '“', '”', '"', 'U', 'S', 'Mr', '3') , maxLength: 200 }), (t) => {
        let last = 0;
        for (const s of splitSentences(t)) {
          expect(t.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.trim()).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(last);
          last = s.end;
        }
      }),
    );
  });
});
