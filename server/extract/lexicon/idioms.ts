/**
 * Data for rule `cueIdiom` (server/domain/extraction-rules.ts, READING_RULES): fixed phrases in which
 * a cue word names no act of its kind, as the cue word and the words after it ("into harm’s way":
 * danger one is sent into, no one harmed by anyone). Written for the eighteenth session's precision
 * round (branch prec18) from a dev false alarm ("opposed sending forces into harm’s way in X": read as
 * harming X); the idioms are those of English dictionaries (Merriam-Webster "harm's way").
 */
export const CUE_IDIOMS: readonly (readonly string[])[] = [['harm', "'s", 'way']];
