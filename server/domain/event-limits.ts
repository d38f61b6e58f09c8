/**
 * Bounds of an event relation's evidence. Apart from the schema (schema.ts) so that code that
 * only checks them, such as the GDELT parsing threads, does not load the schema library.
 */

/** Longest source URL kept as an event relation's evidence. */
export const MAX_URL_LENGTH = 2000;

/** Most source URLs kept per event relation. */
export const MAX_EVENT_URLS = 100;
