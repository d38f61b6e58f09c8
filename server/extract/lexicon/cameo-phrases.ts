/**
 * Data: verb phrases of hostility from the patterns of the CAMEO verb dictionary of the PETRARCH
 * event coder (Open Event Data Alliance, MIT licence): openeventdata/petrarch2 at commit
 * 676801cd9cb2924bbbad09f86d15c9323e7097bf, petrarch2/data/dictionaries/CAMEO.2.0.txt (the same file
 * as lexicon/cameo-verbs.ts, whose header gives the licence). The dictionary codes some verbs as
 * hostile only with a given object ("- * AMBASSADOR [161] # RECALL"): the verb alone has a peaceful
 * sense ("froze the budget"), the verb and its object do not, and the side acted against is
 * named after the phrase's preposition ("froze relations with X", "pinned the blame on X").
 *
 * Kept here (rule `cameoPhrases`), each with its pattern's code and block: FREEZE * RELATIONS
 * [160] (reduce relations) with "with"; FREEZE * ASSET [163] (embargo, sanctions) with "of"; PIN *
 * BLAME [112] (accuse; RECOVER block) with "on"; VOW * REVENGE [138] (threaten) with "against" or
 * "on". Each is written with and without an article before its object.
 * Left out: RECALL * AMBASSADOR [161] (written with a possessive, "recalled its ambassador from
 * X", which the clause reader takes for a new clause's subject: a later round), CLOSE * EMBASSY
 * [161] (an embassy is closed for its staff's safety as often as against its host), CANCEL *
 * TALKS [160] and FAIL * TALKS [164] (no side is acted against).
 */

/** [verb, object noun, preposition naming the side acted against, CAMEO code, block]. */
const CAMEO_HOSTILE_PATTERNS: readonly (readonly [string, string, string, string, string])[] = [
  ['freeze', 'relations', 'with', '160', 'FREEZE'],
  ['freeze', 'asset', 'of', '163', 'FREEZE'],
  ['pin', 'blame', 'on', '112', 'RECOVER'],
  ['vow', 'revenge', 'against', '138', 'VOW'],
  ['vow', 'revenge', 'on', '138', 'VOW'],
];

/** The article written between the verb and its object ("pinned the blame on"): a phrase's modifiers may not be determiners (cuematch.ts), so it is written out. */
const OBJECT_DETERMINERS = ['', 'the '];

export const cameoPhrases = (): string[] => CAMEO_HOSTILE_PATTERNS.flatMap(([verb, object, prep]) => OBJECT_DETERMINERS.map((d) => `${verb} ${d}${object} ${prep}`));
