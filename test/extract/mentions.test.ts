import type { Actor } from '../../server/domain/types';
import { extractRelations } from '../../server/extract';
import { GAZETTEER } from './fixtures';

function mentions(text: string, gazetteer: Actor[] = GAZETTEER): [string, string][] {
  const r = extractRelations(text, gazetteer, { discoverUnknown: false });
  for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return r.mentions.filter((m) => m.via !== 'pronoun').map((m) => [m.text, m.actorId]);
}

describe('gazetteer mentions', () => {
  it('matches U.S., US and United States, but not the pronoun "us"', () => {
    expect(mentions('The U.S., the US and the United States asked us to wait.')).toEqual([
      ['U.S.', 'united-states'],
      ['US', 'united-states'],
      ['United States', 'united-states'],
    ]);
  });

  it('matches possessives written with either apostrophe', () => {
    const r = extractRelations("Ukraine's army and Ukraine’s navy", GAZETTEER, { discoverUnknown: false });
    expect(r.mentions.map((m) => [m.text, m.actorId, m.possessive])).toEqual([
      ['Ukraine', 'ukraine', true],
      ['Ukraine', 'ukraine', true],
    ]);
  });

  it('finds Türkiye in every spelling although the gazetteer lists only "Turkey"', () => {
    expect(mentions('Türkiye, TURKIYE, Turkiye and Turkey').map((m) => m[1])).toEqual(['turkey', 'turkey', 'turkey', 'turkey']);
  });

  it('folds diacritics both ways', () => {
    const gaz: Actor[] = [{ id: 'erdogan', name: 'Recep Tayyip Erdoğan', kind: 'person', aliases: ['Erdoğan'] }];
    expect(mentions('Erdogan spoke; ERDOĞAN left.', gaz)).toEqual([
      ['Erdogan', 'erdogan'],
      ['ERDOĞAN', 'erdogan'],
    ]);
  });

  it('prefers the longest name', () => {
    expect(mentions('Russian forces crossed into Ukraine.')).toEqual([
      ['Russian forces', 'russian-army'],
      ['Ukraine', 'ukraine'],
    ]);
  });

  it('maps adjectival forms to the state from the demonym table', () => {
    expect(mentions('Ukrainian drones and Saudi diplomats')).toEqual([
      ['Ukrainian', 'ukraine'],
      ['Saudi', 'saudi-arabia'],
    ]);
  });

  it('recognises a person by surname only when capitalised and unambiguous', () => {
    expect(mentions('Lavrov said so.')).toEqual([['Lavrov', 'lavrov']]);
    expect(mentions('the lavrov doctrine')).toEqual([]);
  });
});
