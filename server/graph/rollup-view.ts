/**
 * The rolled-up view: people and bodies folded into the state they act for (the state at the top
 * of their affiliation chain), their relations merged into that state's and every quote kept.
 * Relations between two actors of one state vanish (they would join the state to itself).
 */
import type { Dataset, Relation } from '../domain/types';
import { topState } from '../extract/affiliation';

export function rolledUpDataset(ds: Dataset): Dataset {
  const byId = new Map(ds.actors.map((a) => [a.id, a]));
  const top = (id: string): string => topState(id, byId);
  const relations: Relation[] = [];
  for (const r of ds.relations) {
    const source = top(r.source);
    const target = top(r.target);
    if (source === target) continue;
    const between = r.between?.map(top) as [string, string] | undefined;
    const { between: _drop, ...rest } = r;
    // Record ids stay, so the rolled-up edge still names the records (and their quotes) behind it.
    relations.push({ ...rest, source, target, ...(between && between[0] !== between[1] && !between.includes(source) ? { between } : {}) });
  }
  const eventRelations = ds.eventRelations
    ?.map((e) => ({ ...e, source: top(e.source), target: top(e.target) }))
    .filter((e) => e.source !== e.target);
  return {
    ...ds,
    actors: ds.actors.filter((a) => top(a.id) === a.id),
    relations,
    ...(eventRelations ? { eventRelations } : {}),
  };
}
