/**
 * Data for rule `companionGroup` (server/domain/extraction-rules.ts, READING_RULES): plural nouns that
 * name others by their tie to a speaker ("our African partners", "its European allies", "Gulf
 * Partners", "regional counterparts"), several unnamed actors, no one actor. Written for the
 * eighteenth session's precision round (branch prec18) from dev false alarms; not "states",
 * "countries" or "nations", which head names of groups of states ("Gulf Arab states", a gazetteer actor).
 */
export const COMPANION_NOUNS: ReadonlySet<string> = new Set(['partners', 'allies', 'friends', 'neighbours', 'neighbors', 'counterparts', 'colleagues', 'donors']);
