/**
 * The one slug rule for ids made from names (actors found by extraction, GDELT actors, the outlet
 * part of document ids): folded, apostrophes dropped, everything else that is not a letter or a
 * digit collapsed to single hyphens. The same name always gives the same id, so a later ingest
 * naming the same actor resolves to it.
 *
 * A slug that would be a member of every JavaScript object ("constructor": the only one of them
 * that is a lowercase word) takes the suffix `_id`. Slugs of names never contain `_`, so no other
 * name can give the same id.
 */
import { APOSTROPHE_RE, fold } from '../extract/normalize';
import { isReservedKey } from './reserved-keys';

/** Longest id the dataset schema accepts. */
export const MAX_ID_LENGTH = 120;

/** Appended to a reserved id; `_` never occurs in a slug of a name. */
const RESERVED_ID_SUFFIX = '_id';

/** `id`, or `id` + `_id` when it would collide with a member of Object.prototype. */
export function safeId(id: string): string {
  return isReservedKey(id) ? `${id}${RESERVED_ID_SUFFIX}` : id;
}

/** Slug of a name, at most `maxLength` characters; empty when the name has no letter or digit. */
export function slugify(name: string, maxLength = MAX_ID_LENGTH): string {
  const slug = fold(name)
    .replace(APOSTROPHE_RE, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return safeId(slug);
}

/**
 * The actor id meant by an id given by a user: itself, or, for a reserved name ("constructor",
 * "toString", an id an older version stored), the id the slug rule gives that name.
 */
export function actorIdFor(given: string): string {
  return isReservedKey(given) ? slugify(given) : given;
}
