/**
 * A demonym or a state before a title and a named person is that person's affiliation, not a
 * second party; a state is credited only through the separate roll-up view. A leader still
 * commits the organisation they head, and a demonym before a generic group noun is the state.
 */
import type { Actor } from '../../server/domain/types';
import { extractRelations, rollUpToStates } from '../../server/extract';
import { GAZETTEER } from './fixtures';
import { tripleOf, triples } from './helpers';

const GAZ: Actor[] = [
  ...GAZETTEER,
  { id: 'peru', name: 'Peru', kind: 'state', aliases: ['Lima'] },
  { id: 'kenya', name: 'Kenya', kind: 'state', aliases: ['Nairobi'] },
];

const of = (text: string): string[] => triples(text, {}, GAZ);

describe('a state before a title and a name is the person’s affiliation', () => {
  it('demonym + title + name: only the person acts', () => {
    expect(of('Peruvian Foreign Minister Elena Quispe held talks with Ukrainian officials in Kyiv.')).toEqual(['elena-quispe negotiates ukraine']);
    expect(of("Egyptian President Karim Mansour condemned Sudan's decision to close the border.")).toEqual(['karim-mansour opposes sudan']);
    expect(of('Kenyan President William Ruto met Sudanese officials on Tuesday.')).toEqual(['sudan negotiates william-ruto']);
  });

  it('learns the affiliation from the title', () => {
    const r = extractRelations('Peruvian Foreign Minister Elena Quispe held talks with Ukrainian officials.', GAZ);
    expect(r.provisionalActors).toEqual([expect.objectContaining({ id: 'elena-quispe', kind: 'person', affiliation: 'peru' })]);
  });

  it("possessive title with an appositive name, before or after it", () => {
    const mediators = ['emre-yildiz mediates armenia', 'emre-yildiz mediates azerbaijan'];
    expect(of("Turkey's president, Emre Yildiz, offered to mediate between Armenia and Azerbaijan.")).toEqual(mediators);
    expect(of("Emre Yildiz, Turkey's president, offered to mediate between Armenia and Azerbaijan.")).toEqual(mediators);
    expect(of('The Kenyan defence minister, Amina Otieno, met Sudanese officials on Tuesday.')).toEqual(['amina-otieno negotiates sudan']);
  });

  it('reads "<office> of <state> <name>" and "<office> to <state> <name>" as one person', () => {
    expect(of('President of Kenya William Ruto met Sudanese officials.')).toEqual(['sudan negotiates william-ruto']);
    // "to Sudan" is part of the title: neither the U.S. nor Sudan is a party here.
    expect(of('U.S. special envoy to Sudan Daniel Brooks met Qatari officials in Cairo.')).toEqual(['daniel-brooks negotiates qatar']);
  });

  it('keeps a gazetteer head of state to himself; the state comes from roll-up', () => {
    const r = extractRelations('Azerbaijani President Ilham Aliyev rejected Armenia’s proposal.', GAZ).relations;
    expect(r.map(tripleOf)).toEqual(['aliyev opposes armenia']);
    expect(rollUpToStates(r, GAZ).map(tripleOf)).toEqual(['azerbaijan opposes armenia']);
  });

  it('rolls a provisional person up to the state of the title', () => {
    const r = extractRelations("Turkey's president, Emre Yildiz, offered to mediate between Armenia and Azerbaijan.", GAZ);
    const actors = [...GAZ, ...r.provisionalActors];
    expect(rollUpToStates(r.relations, actors).map(tripleOf).sort()).toEqual(['turkey mediates armenia', 'turkey mediates azerbaijan']);
  });

  it('reads "<name>, a <demonym> <title>," and "<name> and his <demonym> counterpart"', () => {
    expect(of('Elena Quispe, a Peruvian diplomat, met Sudanese officials.')).toEqual(['elena-quispe negotiates sudan']);
    expect(of('Peruvian negotiator Elena Quispe and her Kenyan counterpart signed a deal.')).toEqual(['elena-quispe negotiates kenya']);
  });

  it('leaves a rank out of the appositive name, but not a first name that looks like one', () => {
    expect(of("Sudan's army chief, General Omar Hassan, warned Egypt against interference.")).toEqual(['omar-hassan opposes egypt']);
    expect(of("Sudan's army chief, Gen. Omar Hassan, warned Egypt against interference.")).toEqual(['omar-hassan opposes egypt']);
    expect(of("Kenya's defence minister, Gen Otieno, met Sudanese officials.")).toEqual(['gen-otieno negotiates sudan']);
  });

  it('reads an office inside the title ("Foreign Ministry spokesperson")', () => {
    expect(of('Egyptian Foreign Ministry spokesperson Tamer Saad accused Khartoum of provocation.')).toEqual(['tamer-saad opposes sudan']);
  });

  it('does not take a sentence adverb for a name', () => {
    expect(of("Meanwhile, Turkey's president, who spoke in Ankara, offered to mediate between Armenia and Azerbaijan.")).not.toContain('meanwhile mediates armenia');
  });
});

describe('what stays a state or an organisation', () => {
  it('a demonym before a group noun is the state', () => {
    expect(of('Qatari officials held talks with Egyptian officials.')).toEqual(['egypt negotiates qatar']);
    expect(of('Sudanese negotiators met Kenyan diplomats in Doha.')).toEqual(['kenya negotiates sudan']);
  });

  it('an unnamed office holder acts for the state', () => {
    expect(of("Kenya's foreign minister condemned Sudan's decision.")).toEqual(['kenya opposes sudan']);
  });

  it('a leader also commits the organisation they head', () => {
    expect(of('FSB Director Alexander Bortnikov threatened Ukraine.')).toEqual(['bortnikov opposes ukraine', 'fsb opposes ukraine']);
    expect(of("Hamas leader Yahya Karim rejected Israel's offer.")).toEqual(['hamas opposes israel', 'yahya-karim opposes israel']);
  });
});
