/** The actors one document sees: the same answers as a copied map, without copying the gazetteer. */
import type { Actor } from '../../server/domain/types';
import { DocumentActors } from '../../server/extract/document-actors';

const actor = (id: string, name: string, provisional = false): Actor => ({ id, name, kind: 'person', aliases: [], ...(provisional ? { provisional: true } : {}) });

describe('DocumentActors', () => {
  const gazetteer = new Map([
    ['a', actor('a', 'Ann Arbo')],
    ['b', actor('b', 'Bo Brel', true)],
    ['c', actor('c', 'Cy Cole')],
  ]);
  const found = new Map([
    ['b', actor('b', 'Found Bo', true)],
    ['x', actor('x', 'Xan Xu', true)],
  ]);

  it('reads, writes and deletes as a map copied from the found actors and the gazetteer, leaving the gazetteer as it was', () => {
    const copy = new Map<string, Actor>([...found, ...gazetteer]);
    const layered = new DocumentActors(gazetteer, found);
    const both = (op: (m: Map<string, Actor> | DocumentActors) => unknown): void => expect(op(layered)).toEqual(op(copy));
    const same = (): void => {
      for (const id of ['a', 'b', 'c', 'x', 'y']) {
        expect(layered.get(id)).toEqual(copy.get(id));
        expect(layered.has(id)).toBe(copy.has(id));
      }
      expect(layered.size).toBe(copy.size);
      expect(new Map(layered)).toEqual(new Map([...copy].sort(([p], [q]) => (p < q ? -1 : 1))));
      expect([...layered.keys()].sort()).toEqual([...copy.keys()].sort());
    };
    same();
    const renamedB = actor('b', 'Bo Brell', true);
    both((m) => m.set('b', renamedB).get('b'));
    both((m) => m.set('y', actor('y', 'Yul Yen', true)).has('y'));
    same();
    both((m) => m.delete('c'));
    both((m) => m.delete('x'));
    both((m) => m.delete('nobody'));
    same();
    both((m) => m.set('c', actor('c', 'Cy Coles')).get('c')?.name);
    same();
    expect([...gazetteer.keys()]).toEqual(['a', 'b', 'c']);
    expect(gazetteer.get('c')?.name).toBe('Cy Cole');
  });
});
