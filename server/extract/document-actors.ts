/**
 * The actors one document sees: the gazetteer's, shared and never copied (a 20,000-actor store
 * would otherwise be copied for every article), under the ones this document found, renamed or
 * dropped. Reads as one map; writes touch only this document's layer.
 */
import type { Actor } from '../domain/types';

export class DocumentActors implements ReadonlyMap<string, Actor> {
  private readonly own = new Map<string, Actor>();
  /** Gazetteer ids this document deleted. */
  private readonly hidden = new Set<string>();

  /** `found` are actors the document found before reading on; a gazetteer actor of the same id wins over them. */
  constructor(
    private readonly gazetteer: ReadonlyMap<string, Actor>,
    found: Iterable<[string, Actor]> = [],
  ) {
    for (const [id, a] of found) if (!gazetteer.has(id)) this.own.set(id, a);
  }

  get(id: string): Actor | undefined {
    if (this.own.has(id)) return this.own.get(id);
    return this.hidden.has(id) ? undefined : this.gazetteer.get(id);
  }

  has(id: string): boolean {
    return this.own.has(id) || (!this.hidden.has(id) && this.gazetteer.has(id));
  }

  set(id: string, actor: Actor): this {
    this.own.set(id, actor);
    this.hidden.delete(id);
    return this;
  }

  delete(id: string): boolean {
    const had = this.has(id);
    this.own.delete(id);
    if (this.gazetteer.has(id)) this.hidden.add(id);
    return had;
  }

  get size(): number {
    let n = this.own.size;
    for (const id of this.gazetteer.keys()) if (!this.own.has(id) && !this.hidden.has(id)) n++;
    return n;
  }

  /** This document's actors first, then the gazetteer's it did not replace or delete. */
  *entries(): MapIterator<[string, Actor]> {
    yield* this.own.entries();
    for (const [id, a] of this.gazetteer) if (!this.own.has(id) && !this.hidden.has(id)) yield [id, a];
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<Actor> {
    for (const [, a] of this.entries()) yield a;
  }

  [Symbol.iterator](): MapIterator<[string, Actor]> {
    return this.entries();
  }

  forEach(fn: (actor: Actor, id: string, map: ReadonlyMap<string, Actor>) => void): void {
    for (const [id, a] of this.entries()) fn(a, id, this);
  }
}
