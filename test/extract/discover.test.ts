import { extractRelations } from '../../server/extract';
import { isJunkName } from '../../server/extract/junk';
import { discoverNames } from '../../server/extract/discover';
import { buildMatcher } from '../../server/extract/gazetteer';
import { buildRoleIndex } from '../../server/extract/titles';
import { GAZETTEER } from './fixtures';
import { triples } from './helpers';

describe('unknown actors', () => {
  it('creates provisional people found by compromise, without their titles', () => {
    const r = extractRelations('Hungarian Prime Minister Viktor Orban criticised NATO on Friday.', GAZETTEER);
    expect(r.relations.map((x) => `${x.source} ${x.type} ${x.target}`)).toEqual(['viktor-orban opposes nato']);
    // Hungary comes from the reference gazetteer, so the title also records whom he acts for.
    expect(r.provisionalActors).toEqual([{ id: 'viktor-orban', name: 'Viktor Orban', kind: 'person', aliases: [], provisional: true, affiliation: 'hungary', role: 'Prime Minister' }]);
  });

  it('creates provisional organisations; states come from the reference gazetteer, not provisional', () => {
    expect(triples('Israeli jets struck Hezbollah positions overnight.')).toEqual(['israel opposes hezbollah']);
    const r = extractRelations('Ukraine and Russia signed a deal mediated by the United Arab Emirates.', GAZETTEER);
    expect(r.provisionalActors).toEqual([]);
    expect(r.referenceActors.map((a) => [a.id, a.kind, a.provisional])).toEqual([['united-arab-emirates', 'state', undefined]]);
    expect(r.relations.filter((x) => x.type === 'mediates').map((x) => x.between)).toEqual([
      ['ukraine', 'russia'],
      ['ukraine', 'russia'],
    ]);
  });

  it('never lets a discovered name override a gazetteer name', () => {
    const r = extractRelations('Volodymyr Zelensky met Sergei Lavrov.', GAZETTEER);
    expect(r.provisionalActors).toEqual([]);
  });

  it('filters junk', () => {
    for (const junk of ['Monday', 'he', 'President', 'Arabian Sea', 'officials', 'March 3', 'Strait of Hormuz', 'Royal', 'Court', 'Council']) expect(isJunkName(junk)).toBe(true);
    for (const name of ['Royal Thai Army', 'Supreme Court of Ruritania']) expect(isJunkName(name)).toBe(false);
    for (const name of ['Viktor Orban', 'Hezbollah', 'Wagner Group']) expect(isJunkName(name)).toBe(false);
  });

  it('can be switched off', () => {
    expect(triples('Viktor Orban criticised NATO.')).toEqual(['viktor-orban opposes nato']);
    expect(triples('Viktor Orban criticised NATO.', { discoverUnknown: false })).toEqual([]);
  });
});

describe('the NLP budget', () => {
  it('spends nothing on a sentence written again, so later sentences still get discovery', () => {
    const repeated = 'Talks between Russia and Ukraine resumed as Marek Volny criticised NATO. ';
    const last = 'Later, Ilsa Korhonen condemned Russia.';
    const doc = `${repeated.repeat(20)}${last}`;
    // Room for the repeated sentence twice less one character and the last one: spent once, the last fits.
    const budget = repeated.trim().length * 2 + last.length - 1;
    const found = triples(doc, { nlpBudgetChars: budget });
    expect(found).toContain('ilsa-korhonen opposes russia');
  });
});

describe('which sentences get NLP time', () => {
  it('spends none on a cue sentence with room for only one party', () => {
    const lonely = 'the talks went on for hours in the old palace of Marek Volny.';
    const last = 'Later, Ilsa Korhonen condemned Russia.';
    const doc = `${lonely} ${last}`;
    // Room for both sentences less one character: only skipping the first leaves room for the last.
    expect(triples(doc, { nlpBudgetChars: lonely.length + last.length - 1 })).toContain('ilsa-korhonen opposes russia');
  });
});

describe('rule institutionOf: "<Head> of <Name>" is one name', () => {
  it('keeps "League of Arab States" and "Council of Europe" whole, without their parts', () => {
    const roles = buildRoleIndex(buildMatcher([], []));
    const names = discoverNames('The Speaker met the League of Arab States and the Council of Europe.', 0, roles).map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['League of Arab States', 'Council of Europe']));
    expect(names).not.toContain('League');
    expect(names).not.toContain('Arab States');
  });
});
