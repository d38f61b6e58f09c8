/**
 * Data: head nouns of bodies' names that news writes alone, capitalised, for a body it has named in
 * full ("the International Court of Justice … the Court", "the UN Security Council … the
 * Council"). Alone, such a word names no actor of its own. Source: the names of the bodies in
 * international-bodies.ts and the short forms their own sites use ("the Court" on icj-cij.org,
 * "the Council" on un.org/securitycouncil, "the Commission" on commission.europa.eu).
 */
export const BODY_HEAD_NOUNS: ReadonlySet<string> = new Set(
  'court tribunal council commission committee assembly agency mission organization organisation union league fund bank'.split(' '),
);
