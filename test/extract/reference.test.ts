/** The reference gazetteer: any state or main international body is recognised in a store that lacks it. */
import { extractRelations } from '../../server/extract';
import { withReference } from '../../server/extract/reference';
import type { Actor } from '../../server/domain/types';
import { planIngest } from '../../server/ingest/plan';
import { tripleOf } from './helpers';

const triplesIn = (text: string, gazetteer: Actor[] = []): string[] => extractRelations(text, gazetteer).relations.map(tripleOf).sort();

describe('states from the reference gazetteer', () => {
  it('recognises states an empty store has never heard of, by common or official name', () => {
    expect(triplesIn('Ghana and Togo signed a border agreement on Friday.')).toEqual(['ghana negotiates togo']);
    expect(triplesIn('The Republic of Ghana condemned the Togolese Republic.')).toEqual(['ghana opposes togo']);
  });

  it('takes a capital or a seat of power for its state (written with a capital letter)', () => {
    expect(triplesIn('Accra accused Lomé of stoking unrest.')).toEqual(['ghana opposes togo']);
    expect(triplesIn('The Kremlin condemned Downing Street.')).toEqual(['russia opposes united-kingdom']);
  });

  it('takes a department of one state\'s government for that state (lexicon/state-agencies.ts)', () => {
    expect(triplesIn('The Office of Foreign Assets Control sanctioned Bolivia.')).toEqual(['united-states opposes bolivia']);
    expect(triplesIn('The Pentagon accused Chile of stoking unrest. The State Department condemned Peru.')).toEqual(['united-states opposes chile', 'united-states opposes peru']);
    expect(triplesIn('The Foreign Office condemned Bolivia.')).toEqual(['united-kingdom opposes bolivia']);
  });

  it('reads a name national bodies share ("Security Council") as the international body only when it stands alone', () => {
    expect(triplesIn('The Security Council condemned Bolivia.')).toEqual(['un-security-council opposes bolivia']);
    expect(triplesIn('The National Security Council met with Peruvian officials.')).not.toContain('peru negotiates un-security-council');
    expect(triplesIn('The Bolivian Red Cross condemned Chile.')).not.toContain('icrc opposes chile');
  });

  it('reports the states it used as new actors that are not provisional, and the ingest stores them so', () => {
    const r = extractRelations('Ghana and Togo signed a border agreement on Friday.', [], { documentId: 'd' });
    expect(r.referenceActors.map((a) => a.id).sort()).toEqual(['ghana', 'togo']);
    expect(r.provisionalActors).toEqual([]);
    const doc = { id: 'd', title: 't', outlet: 'o', date: '2026-01-01', text: 'Ghana and Togo signed a border agreement on Friday.' };
    const plan = planIngest({ actors: [], relations: [], documents: [] } as never, doc, r, false);
    expect(plan.change.actors.map((a) => [a.id, a.kind, a.provisional ?? false]).sort()).toEqual([
      ['ghana', 'state', false],
      ['togo', 'state', false],
    ]);
  });

  it('lends its names to the store\'s own actor instead of making a second one', () => {
    const store: Actor[] = [{ id: 'turkey', name: 'Turkey', kind: 'state', aliases: [] }];
    expect(triplesIn('Türkiye condemned Greece.', store)).toEqual(['turkey opposes greece']);
    expect(triplesIn('Ankara condemned Athens.', store)).toEqual(['turkey opposes greece']);
    expect(withReference(store).added.has('turkiye')).toBe(false);
  });

  it("copies only the store's actors that take reference names, leaving the caller's unchanged and sharing the rest", () => {
    const store: Actor[] = [
      { id: 'turkey', name: 'Turkey', kind: 'state', aliases: [] },
      { id: 'ada-kaya', name: 'Ada Kaya', kind: 'person', aliases: ['Kaya'] },
    ];
    const { actors } = withReference(store);
    const turkey = actors.find((a) => a.id === 'turkey')!;
    expect(turkey).not.toBe(store[0]);
    expect(turkey.aliases).toContain('Türkiye');
    expect(store[0].aliases).toEqual([]);
    expect(actors.find((a) => a.id === 'ada-kaya')).toBe(store[1]);
  });

  it('never takes a capital written in lower case, nor a two-letter country code', () => {
    expect(triplesIn('Officials in male dominated ministries condemned Greece.')).toEqual([]);
    const names = withReference([]).actors.find((a) => a.id === 'saudi-arabia')!.aliases;
    expect(names).not.toContain('SA');
  });
});

describe('international bodies from the reference gazetteer', () => {
  it('recognises them by name and by acronym in capitals, within their parent body', () => {
    expect(triplesIn('The African Union mediated between Ethiopia and Eritrea.')).toEqual(['african-union mediates eritrea', 'african-union mediates ethiopia']);
    expect(triplesIn('The IAEA criticised Iran.')).toEqual(['iaea opposes iran']);
    expect(withReference([]).actors.find((a) => a.id === 'unhcr')?.affiliation).toBe('united-nations');
  });

  it('keeps the store\'s own actor for a body it already has', () => {
    const store: Actor[] = [{ id: 'eu', name: 'European Union', kind: 'organization', aliases: [] }];
    expect(triplesIn('The EU condemned Belarus.', store)).toEqual(['eu opposes belarus']);
  });
});
