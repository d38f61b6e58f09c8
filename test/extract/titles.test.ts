import type { Actor } from '../../server/domain/types';
import { extractRelations } from '../../server/extract';
import { GAZETTEER } from './fixtures';

function resolved(text: string, gazetteer: Actor[] = GAZETTEER): [string, string][] {
  return extractRelations(text, gazetteer, { discoverUnknown: false }).mentions.map((m) => [m.text, m.actorId]);
}

describe('titles', () => {
  it('resolves "<state>\'s <role>" to the holder by role and affiliation', () => {
    expect(resolved("Russia's foreign minister arrived.")).toEqual([["Russia's foreign minister", 'lavrov']]);
    expect(resolved('Ukraine’s president arrived.')).toEqual([['Ukraine’s president', 'zelensky']]);
  });

  it('resolves "the <demonym> <role>" and "the <role> of <state>"', () => {
    expect(resolved('the Ukrainian foreign minister')).toEqual([['Ukrainian foreign minister', 'sybiha']]);
    expect(resolved('the president of Ukraine')).toEqual([['president of Ukraine', 'zelensky']]);
  });

  it('folds a title before a name into one mention of the person', () => {
    expect(resolved('Russian Foreign Minister Sergei Lavrov spoke.')).toEqual([['Russian Foreign Minister Sergei Lavrov', 'lavrov']]);
    expect(resolved('FSB Director Alexander Bortnikov spoke.')).toEqual([['FSB Director Alexander Bortnikov', 'bortnikov']]);
  });

  it('reads interim, principal, caretaker and political bureau offices and commissioners, coordinators and superintendents as titles, not parts of the name', () => {
    const people = (text: string): string[] => extractRelations(text, GAZETTEER).provisionalActors.map((a) => a.name).sort();
    expect(people('Peruvian Interim President Juan Lopez spoke with Lavrov.')).toEqual(['Juan Lopez']);
    expect(people('Principal Deputy Envoy Jan Kos met with Lavrov.')).toEqual(['Jan Kos']);
    expect(people('Chief Superintendent Graciano Vega met with Lavrov.')).toEqual(['Graciano Vega']);
    expect(people('Caretaker Prime Minister Ana Ruiz met with Lavrov.')).toEqual(['Ana Ruiz']);
    // Without an office's head after it, such a word is part of a body's name.
    expect(people('The Interim Observer Team met with Lavrov.')).toEqual(['Interim Observer Team']);
    expect(extractRelations('Hamas political bureau chief Ismail Rafiq met with Lavrov.', GAZETTEER).provisionalActors.map((a) => [a.name, a.affiliation])).toEqual([['Ismail Rafiq', 'hamas']]);
  });

  it('reads abbreviated ranks and "Field Marshal" as titles, and the whole name after them', () => {
    const people = (text: string): string[] => extractRelations(text, GAZETTEER).provisionalActors.map((a) => a.name).sort();
    expect(people('Lt. Gen. Omar Hassan Dagane condemned Lavrov.')).toEqual(['Omar Hassan Dagane']);
    expect(people('Field Marshal Karim Nasser condemned Lavrov.')).toEqual(['Karim Nasser']);
    expect(people('Brig. Gen. Pat Rowe met with Lavrov.')).toEqual(['Pat Rowe']);
  });

  it('reads "President-elect" as a title of the person, not a mention of the state beside the person', () => {
    const r = extractRelations('Peruvian President-elect Karl Weber met with Lavrov.', GAZETTEER);
    expect(r.relations.map((x) => [x.source, x.target].sort().join(' '))).toEqual(['karl-weber lavrov']);
    expect(r.provisionalActors.map((a) => [a.name, a.affiliation])).toEqual([['Karl Weber', 'peru']]);
  });

  it('keeps the state for an office nobody in the gazetteer holds', () => {
    expect(resolved("Russia's defence minister spoke.")).toEqual([["Russia's defence minister", 'russia']]);
  });

  it('makes a provisional, affiliated person of an unknown name after a title', () => {
    const r = extractRelations('Saudi Foreign Minister Faisal Alnami met Sergei Lavrov.', GAZETTEER, { discoverUnknown: false });
    expect(r.provisionalActors).toEqual([
      { id: 'faisal-alnami', name: 'Faisal Alnami', kind: 'person', affiliation: 'saudi-arabia', role: 'Saudi Foreign Minister', aliases: [], provisional: true },
    ]);
  });

  it('knows the unknown person again by surname', () => {
    const r = extractRelations('Saudi Foreign Minister Faisal Alnami met Lavrov. Later, Alnami held talks with Sybiha.', GAZETTEER);
    expect(r.relations.map((x) => [x.source, x.type, x.target])).toEqual([
      ['faisal-alnami', 'negotiates', 'lavrov'],
      ['faisal-alnami', 'negotiates', 'sybiha'],
    ]);
    expect(r.provisionalActors.map((a) => a.id)).toEqual(['faisal-alnami']);
  });

  it('works from the gazetteer roles, not from names it knows', () => {
    const gaz: Actor[] = [
      { id: 'freedonia', name: 'Freedonia', kind: 'state', aliases: ['Freedonian'] },
      { id: 'sylvania', name: 'Sylvania', kind: 'state', aliases: [] },
      { id: 'firefly', name: 'Rufus T. Firefly', kind: 'person', affiliation: 'freedonia', role: 'Freedonian Chancellor', aliases: [] },
    ];
    expect(resolved("Freedonia's chancellor denounced Sylvania.", gaz)).toEqual([
      ["Freedonia's chancellor", 'firefly'],
      ['Sylvania', 'sylvania'],
    ]);
  });
});

describe('long office titles (rule portfolioTitle)', () => {
  const people = (text: string): [string, string | undefined, string | undefined][] =>
    extractRelations(text, GAZETTEER).provisionalActors.filter((a) => a.kind === 'person').map((a) => [a.name, a.affiliation, a.role]);

  it('reads past a capitalised portfolio to the holder\'s name, with the state as affiliation', () => {
    expect(people('Ghana Special Representative for Coastal Peace and Security Affairs Kofi Mensah met Lavrov.')).toEqual([
      ['Kofi Mensah', 'ghana', 'Ghana Special Representative for Coastal Peace and Security Affairs'],
    ]);
  });

  it('reads a body after the link word ("for the DPRK") and a rank before the name', () => {
    expect(people('Ghana Special Envoy for the Togo Ambassador Kofi Mensah met Lavrov.')).toEqual([['Kofi Mensah', 'ghana', 'Ghana Special Envoy for the Togo Ambassador']]);
  });

  it('keeps the portfolio in the role of an appositive title ("X, Ghana\'s Special Representative for … Affairs,")', () => {
    expect(people("Kofi Mensah, Ghana's Special Representative for Coastal Peace Affairs, met Lavrov.")).toEqual([
      ['Kofi Mensah', 'ghana', 'Special Representative for Coastal Peace Affairs'],
    ]);
  });

  it('reads a bracketed acronym after the state and a ministry named with "of" inside the title', () => {
    expect(people('Republic of Ghana (ROG) Special Representative Kofi Mensah met Lavrov.')).toEqual([['Kofi Mensah', 'ghana', 'Republic of Ghana (ROG) Special Representative']]);
    const r = extractRelations('Togolese Ministry of Foreign Affairs Director General for Coastal Affairs Ama Sika met Lavrov.', GAZETTEER);
    expect(r.relations.map((x) => [x.source, x.target])).toEqual([['ama-sika', 'lavrov']]);
  });
});
