/**
 * Data: names of legislative chambers that news writes after a state's name ("the U.S. Senate",
 * "the United States House of Representatives"), read by rule `stateChamber`
 * (server/extract/state-chambers.ts). Source: the generic names of national legislatures and their
 * chambers in Wikipedia, "List of legislatures by country" (general English usage, not written
 * from the corpus' articles); one state's own name for its chamber is included where English news
 * keeps it untranslated (Duma, Knesset, Bundestag, Majlis, Rada).
 */
export const CHAMBER_NAMES: readonly string[] = [
  'Senate', 'House of Representatives', 'House of Commons', 'House of Lords', 'House', 'Congress', 'Parliament',
  'National Assembly', 'Legislature', 'State Duma', 'Duma', 'Knesset', 'Bundestag', 'Majlis', 'Verkhovna Rada', 'Rada',
];

/**
 * Data: the offices of a chamber written after its name before their holder ("the U.S. House
 * speaker X", "the Senate majority leader Y"); their holder is the actor, not the chamber. The
 * general offices of legislatures (same source), beside the title words extraction already knows.
 */
export const CHAMBER_OFFICES: ReadonlySet<string> = new Set(['speaker', 'majority', 'minority', 'leader', 'whip', 'chair', 'chairman', 'chairwoman', 'member', 'members', 'deputy', 'president']);
