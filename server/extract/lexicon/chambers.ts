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
