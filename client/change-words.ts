/**
 * What someone else changed in an actor or a relation record shown in the panel, in words, for the
 * curation controls' note (so the user knows before sending against it). No DOM: tested in node.
 */
import type { RelationDetail } from '../server/domain/curation';
import type { ActorDetail, ActorKind } from './api-types';
import { KIND_STYLES } from './encodings';

export const kindLabel = (k: ActorKind): string => KIND_STYLES[k]?.label ?? k;

/** What differs between two readings of an actor, in words, for the "changed by someone else" note. */
export function actorChanges(was: ActorDetail, now: ActorDetail): string[] {
  const out: string[] = [];
  if (was.name !== now.name) out.push(`renamed “${was.name}” → “${now.name}”`);
  if (was.kind !== now.kind) out.push(`kind ${kindLabel(was.kind)} → ${kindLabel(now.kind)}`);
  if (was.affiliation !== now.affiliation) out.push(`acts for ${was.affiliation ?? 'none'} → ${now.affiliation ?? 'none'}`);
  if (was.provisional && !now.provisional) out.push('confirmed');
  // A rename keeps the old name as an alias: the names themselves are not news as aliases.
  const gained = now.aliases.filter((x) => !was.aliases.includes(x) && x !== was.name && x !== now.name);
  if (gained.length) out.push(`new aliases ${gained.join(', ')}`);
  return out;
}

/** A record as a short line: "egypt opposes ethiopia". */
const describeRecord = (r: RelationDetail): string => `${r.source} ${r.type}${r.target ? ` ${r.target}` : ''}`;

/** What differs between two readings of a record, in words. */
export function recordChanges(was: RelationDetail, now: RelationDetail): string[] {
  const out: string[] = [];
  if (describeRecord(was) !== describeRecord(now)) out.push(`now ${describeRecord(now)}`);
  if (was.reviewed !== now.reviewed) out.push(now.reviewed ? 'accepted' : 'no longer reviewed');
  return out;
}

