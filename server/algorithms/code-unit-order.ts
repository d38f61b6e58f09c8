/**
 * Strings in the order `<` gives them (UTF-16 code units): the order of keys and ids wherever ties
 * are broken, the same on every machine and in every locale, unlike `localeCompare`.
 */
export const byCodeUnits = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
