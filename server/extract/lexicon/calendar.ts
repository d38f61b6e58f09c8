/**
 * Data: the English calendar's words — weekdays, months and the months' abbreviations — which
 * several readings need: a time adjunct ("on Sunday", cues.ts), a name that is only a date
 * (junk.ts), and a person's name cut where the name tagger read a month (discover.ts, "Zin Mar Aung").
 */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] as const;
