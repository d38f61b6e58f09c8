import type { Actor } from '../../server/domain/types';
import { DiscoveredMatcher } from '../../server/extract/discovered-matcher';
import { buildMatcher, matchGazetteer, type Matcher } from '../../server/extract/gazetteer';
import { tokenize } from '../../server/extract/tokens';

const provisional = (id: string, name: string, kind: Actor['kind'], extra: Partial<Actor> = {}): Actor => ({ id, name, kind, aliases: [], provisional: true, ...extra });

/** What a matcher reads in a made-up sentence, as "actor:matched words". */
function reads(matcher: Matcher, sentence: string): string[] {
  const toks = tokenize(sentence);
  return matchGazetteer(toks, matcher).map((g) => `${g.actorId}:${toks.slice(g.tokenStart, g.tokenEnd).map((t) => t.text).join(' ')}`);
}

/** JSON of a trie with its maps written as lists of pairs. */
const mapsAsLists = (_key: string, value: unknown): unknown => (value instanceof Map ? [...value.entries()] : value);

const SENTENCE = 'Ravel Ostrander met the Blue Lantern Front and Ostrander thanked Mira Quell, Quell and the BLF.';

describe('the document matcher of discovered names', () => {
  it('is none while the document has no provisional actor and no acronym', () => {
    expect(new DiscoveredMatcher(new Map(), []).current()).toBeUndefined();
  });

  it('grows in place as names are learned, matching as a matcher built afresh', () => {
    const found = new Map<string, Actor>([['ravel-ostrander', provisional('ravel-ostrander', 'Ravel Ostrander', 'person')]]);
    const acronyms = [provisional('blue-lantern-front', 'BLF', 'organization')];
    const discovered = new DiscoveredMatcher(found, acronyms);
    const first = discovered.current()!;
    found.set('blue-lantern-front-wing', provisional('blue-lantern-front-wing', 'Blue Lantern Front', 'military'));
    found.set('mira-quell', provisional('mira-quell', 'Mira Quell', 'person'));
    // Only an affiliation added: the names the matcher reads are the same.
    found.set('ravel-ostrander', provisional('ravel-ostrander', 'Ravel Ostrander', 'person', { affiliation: 'blue-lantern-front' }));
    const grown = discovered.current()!;
    expect(grown).toBe(first);
    expect(reads(grown, SENTENCE)).toEqual(reads(buildMatcher([], [...found.values(), ...acronyms]), SENTENCE));
    expect(reads(grown, SENTENCE)).toEqual([
      'ravel-ostrander:Ravel Ostrander',
      'blue-lantern-front-wing:Blue Lantern Front',
      'ravel-ostrander:Ostrander',
      'mira-quell:Mira Quell',
      'mira-quell:Quell',
      'blue-lantern-front:BLF',
    ]);
  });

  it('is rebuilt when a held actor changes its names or kind', () => {
    const found = new Map<string, Actor>([['quell', provisional('quell', 'Mira Quell', 'organization')]]);
    const discovered = new DiscoveredMatcher(found, []);
    const first = discovered.current()!;
    expect(reads(first, SENTENCE)).toEqual(['quell:Mira Quell']);
    // An organisation found a person (a title named her): her surname now stands alone.
    found.set('quell', provisional('quell', 'Mira Quell', 'person'));
    const rebuilt = discovered.current()!;
    expect(rebuilt).not.toBe(first);
    expect(reads(rebuilt, SENTENCE)).toEqual(['quell:Mira Quell', 'quell:Quell']);
  });

  it('grows when a second person shares a surname that stood alone, which then stands alone no more, as in a rebuild', () => {
    const found = new Map<string, Actor>([['mira-quell', provisional('mira-quell', 'Mira Quell', 'person')]]);
    const discovered = new DiscoveredMatcher(found, []);
    const first = discovered.current()!;
    expect(reads(first, SENTENCE)).toEqual(['mira-quell:Mira Quell', 'mira-quell:Quell']);
    found.set('dan-quell', provisional('dan-quell', 'Dan Quell', 'person'));
    const again = discovered.current()!;
    expect(again).toBe(first);
    expect(reads(again, SENTENCE)).toEqual(['mira-quell:Mira Quell']);
    // The surname's node went with its entry: the trie is the one a build makes.
    expect(again.root.next?.has('quell')).toBe(false);
    expect(JSON.stringify(again.root, mapsAsLists)).toBe(JSON.stringify(buildMatcher([], [...found.values()]).root, mapsAsLists));
  });

  it('keeps a surname a person also bears as a name of their own when another person with it joins', () => {
    const found = new Map<string, Actor>([['mira-quell', provisional('mira-quell', 'Mira Quell', 'person', { aliases: ['Quell'] })]]);
    const discovered = new DiscoveredMatcher(found, []);
    discovered.current();
    found.set('dan-quell', provisional('dan-quell', 'Dan Quell', 'person'));
    expect(reads(discovered.current()!, SENTENCE)).toEqual(['mira-quell:Mira Quell', 'mira-quell:Quell']);
    expect(reads(discovered.current()!, SENTENCE)).toEqual(reads(buildMatcher([], [...found.values()]), SENTENCE));
  });
});
