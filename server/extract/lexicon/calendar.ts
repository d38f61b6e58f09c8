/**
 * Data: the English calendar's words — weekdays, months and the months' abbreviations — which
 * several readings need: a time adjunct ("on Sunday", cues.ts), a name that is only a date
 * (junk.ts), and a person's name cut where the name tagger read a month (discover.ts, "Zin Mar Aung").
 */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] as const;
/** The months and their abbreviations, folded. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...MONTH_ABBREVIATIONS]);
/**
 * Words right before a month that make it a time ("in May", "since May", "early May", "last May"),
 * where "May" would otherwise be a name as well ("Theresa May"); not "by" nor "from", which stand
 * before people too ("condemned by May", "a letter from May").
 */
export const MONTH_TIME_WORDS = ['in', 'since', 'until', 'till', 'through', 'throughout', 'during', 'early', 'late', 'mid', 'last', 'next', 'this', 'mid'] as const;
