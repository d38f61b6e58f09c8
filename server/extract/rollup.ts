/**
 * Roll-up to states: a relation reported for an official or a service counts for the state at
 * the top of its affiliation chain ("Witkoff negotiates Araghchi" → "United States negotiates
 * Iran"). Self-loops (two officials of one state) are dropped and duplicates merged.
 */
import type { Actor, RelationType } from '../domain/types';
import { topState } from './affiliation';

/** The fields roll-up reads; extracted and curated relations both have them. */
export interface RelationLike {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  between?: [string, string];
  confidence?: number;
  evidence: readonly { document: string; start: number; end: number }[];
}

function evidenceKey(e: { document: string; start: number; end: number }): string {
  return `${e.document}\u0000${e.start}\u0000${e.end}`;
}

/** Key of a relation: negotiation is symmetric, so its ends are sorted. */
export function relationKey(source: string, target: string, type: RelationType): string {
  const [a, b] = type === 'negotiates' && target < source ? [target, source] : [source, target];
  return `${type}\u0000${a}\u0000${b}`;
}

/** Each endpoint replaced by its top state (when its chain has one); self-loops dropped, duplicates merged. */
export function rollUpToStates<R extends RelationLike>(relations: readonly R[], actors: Iterable<Actor> | ReadonlyMap<string, Actor>): R[] {
  const byId: ReadonlyMap<string, Actor> = actors instanceof Map ? actors : new Map([...(actors as Iterable<Actor>)].map((a) => [a.id, a]));
  const merged = new Map<string, R>();
  for (const r of relations) {
    const source = topState(r.source, byId);
    const target = topState(r.target, byId);
    if (source === target) continue;
    let between = r.between?.map((id) => topState(id, byId)) as [string, string] | undefined;
    if (between && between[0] === between[1]) between = undefined;
    const key = relationKey(source, target, r.type);
    const prev = merged.get(key);
    if (!prev) {
      merged.set(key, { ...r, id: `${source}-${r.type}-${target}`, source, target, between, evidence: [...r.evidence] });
      continue;
    }
    const seen = new Set(prev.evidence.map(evidenceKey));
    const evidence = [...prev.evidence, ...r.evidence.filter((e) => !seen.has(evidenceKey(e)))];
    const confidence = prev.confidence === undefined && r.confidence === undefined ? undefined : Math.max(prev.confidence ?? 0, r.confidence ?? 0);
    merged.set(key, { ...prev, evidence, between: prev.between ?? between, ...(confidence === undefined ? {} : { confidence }) });
  }
  return [...merged.values()];
}
