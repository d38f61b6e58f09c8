/**
 * Whether an actor of `these` is on the side of an actor of `those` — the same actor, or its state
 * or leader, by `side` (DocContext.side): a mediator is never a party of its own mediation, nor
 * mediates with its own state or leader.
 */
export function sharesSide(side: (id: string) => string, these: Iterable<string>, those: Iterable<string>): boolean {
  const sides = new Set<string>();
  for (const id of these) sides.add(side(id));
  for (const id of those) if (sides.has(side(id))) return true;
  return false;
}
