/**
 * One test for "this word makes a name a body's": the kinds of organisation (organisation-kinds.ts),
 * the heads news writes alone for a body (body-head-nouns.ts) and the other nouns of bodies'
 * names (body-name-nouns.ts). Used where a name could be a person's or a place's.
 */
import { BODY_HEAD_NOUNS } from './lexicon/body-head-nouns';
import { BODY_NAME_NOUNS } from './lexicon/body-name-nouns';
import { ORGANISATION_KIND_SET } from './lexicon/organisation-kinds';

/** Whether a folded word (a token's norm) is a noun of a body's name. */
export function isBodyWord(norm: string): boolean {
  return ORGANISATION_KIND_SET.has(norm) || BODY_HEAD_NOUNS.has(norm) || BODY_NAME_NOUNS.has(norm);
}
