/**
 * A place after a locative preposition is where something happened, not a party to it; a place
 * named as an actor by the cue's own preposition ("talks between Yerevan and Baku", "mediation
 * by Turkey") is a party.
 */
import { confidenceOf, triples } from './helpers';

describe('a place after "in"/"at" is a venue', () => {
  it('is not a party when the people meeting are unknown names', () => {
    expect(triples('Envoy Tom Berg met Minister Ivan Koval in Kyiv on Sunday.')).toEqual(['ivan-koval negotiates tom-berg']);
    // Names after a title are read without discovery too (rule titledName): still no Kyiv.
    expect(triples('Envoy Tom Berg met Minister Ivan Koval in Kyiv on Sunday.', { discoverUnknown: false })).toEqual(['ivan-koval negotiates tom-berg']);
  });

  it('is not the partner of a meeting', () => {
    expect(triples('Pashinyan met Aliyev in Berlin on Friday.')).toEqual(['aliyev negotiates pashinyan']);
    expect(triples('Lavrov met Chinese officials in Paris.')).toEqual(['china negotiates lavrov']);
    expect(triples('Armenian and Azerbaijani diplomats met in Doha.')).toEqual(['armenia negotiates azerbaijan']);
  });

  it('is not a party of talks or a summit', () => {
    expect(triples('Envoys of Armenia and Azerbaijan held talks in Washington.')).toEqual(['armenia negotiates azerbaijan']);
    expect(triples('Russia and Ukraine agreed a truce at a summit in Riyadh.')).toEqual(['russia negotiates ukraine']);
    expect(triples('Putin and Zelensky will hold a summit at Ankara next month.')).toEqual(['putin negotiates zelensky']);
  });

  it('sees the place in "the <demonym> capital, <city>," and "central <city>"', () => {
    expect(triples('Lavrov met Chinese officials in the Turkish capital, Ankara, on Monday.')).toEqual(['china negotiates lavrov']);
    expect(triples('Rubio held talks with Lavrov in the Saudi capital Riyadh.')).toEqual(['lavrov negotiates rubio']);
    expect(triples('Sybiha met Wang Lei in central Beijing.', { discoverUnknown: false })).toEqual([]);
  });

  it('takes a destination of travel for a place', () => {
    expect(triples('Sybiha held talks with Lavrov during a visit to Beijing.')).toEqual(['lavrov negotiates sybiha']);
    expect(triples('Pashinyan held talks on a trip to Paris.')).toEqual([]);
  });

  it('finds the partner after the place and the time', () => {
    expect(triples('Sybiha met in Paris on Monday with Lavrov.')).toEqual(['lavrov negotiates sybiha']);
  });

  it('is no target of words and decisions, only of force', () => {
    expect(triples('Russia condemned the vote in Berlin.')).toEqual([]);
    expect(triples('Iran criticised the decision at a summit in Beijing.')).toEqual([]);
    expect(triples('Russia struck targets in Ukraine.')).toEqual(['russia opposes ukraine']);
    expect(triples("Russia's war in Ukraine dragged on.")).toEqual(['russia opposes ukraine']);
  });
});

describe('a place named by the cue’s own preposition is a party', () => {
  it('"between" and "with" name the parties', () => {
    expect(triples('Talks between Yerevan and Baku resumed in Paris.')).toEqual(['armenia negotiates azerbaijan']);
    expect(triples('Ankara held talks with Kyiv in Doha.')).toEqual(['turkey negotiates ukraine']);
  });

  it('"by" names the mediator', () => {
    expect(triples('Russia and Ukraine resumed talks after mediation by Turkey.')).toEqual([
      'russia negotiates ukraine',
      'turkey mediates russia',
      'turkey mediates ukraine',
    ]);
    expect(triples('Armenia and Azerbaijan signed a deal. The deal followed facilitation by Qatar.')).toEqual([
      'armenia negotiates azerbaijan',
      'qatar mediates armenia',
      'qatar mediates azerbaijan',
    ]);
  });

  it('a host of talks in its own capital mediates, the capital adds nothing', () => {
    expect(triples('Germany hosted talks between Armenia and Azerbaijan in Berlin.')).toEqual([
      'armenia negotiates azerbaijan',
      'germany mediates armenia',
      'germany mediates azerbaijan',
    ]);
  });

  it('a venue fallback for force stays weaker than a direct object', () => {
    expect(confidenceOf('Russia struck targets in Ukraine.', 'russia opposes ukraine')).toBeLessThan(confidenceOf('Russia struck Ukraine.', 'russia opposes ukraine'));
  });
});
