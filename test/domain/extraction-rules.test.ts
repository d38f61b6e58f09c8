/** The why line of a quote: built from its reading, in words; nothing for a quote without one. */
import { EXTRACTION_RULE_IDS, isExtractionRule, whyText } from '../../server/domain/extraction-rules';

// A made-up sentence standing at offset 100 of its document.
const START = 100;
const QUOTE = 'Elbonia mediated between Kurland and Latveria at the summit.';
const at = (words: string): [number, number] => [START + QUOTE.indexOf(words), START + QUOTE.indexOf(words) + words.length];

test('names the type, the cue as written, both arguments and the rule in words', () => {
  const q = { quote: QUOTE, start: START, rule: 'mediates.mediationPair' as const, cue: 'mediated', spans: { cue: at('mediated'), source: at('Elbonia'), target: at('Latveria') } };
  expect(whyText(q)).toBe('Why: mediates — cue “mediated”; “Elbonia” → “Latveria” (the mediator → the parties it works between, or those of the talks it brings about (“facilitated talks between A and B”))');
});

test('says nothing for a curated quote, or for a reading whose spans leave the quote', () => {
  expect(whyText({ quote: QUOTE, start: START })).toBeUndefined();
  const outside = { quote: QUOTE, start: START, rule: 'mediates.verb' as const, cue: 'mediated', spans: { cue: at('mediated'), source: [0, 7] as [number, number], target: at('Kurland') } };
  expect(whyText(outside)).toBeUndefined();
});

test('a rule name is a relation type and a declared rule', () => {
  expect(isExtractionRule('opposes.passive')).toBe(true);
  expect(isExtractionRule('opposes.hunch')).toBe(false);
  expect(isExtractionRule('befriends.verb')).toBe(false);
  expect(EXTRACTION_RULE_IDS).toContain('mediates.mediationThrough');
});

test('an end named in an earlier sentence has no span: the why line says so', () => {
  const q = { quote: QUOTE, start: START, rule: 'mediates.mediationPair' as const, cue: 'mediated', spans: { cue: at('mediated'), source: at('Elbonia') } };
  expect(whyText(q)).toBe('Why: mediates — cue “mediated”; “Elbonia” → named in an earlier sentence (the mediator → the parties it works between, or those of the talks it brings about (“facilitated talks between A and B”))');
});
