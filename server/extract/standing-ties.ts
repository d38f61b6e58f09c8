/**
 * Rule `standingTies` (server/domain/extraction-rules.ts, READING_RULES): "between A and B" right
 * after a noun of a standing relationship — "discussed the strategic partnership between A and B",
 * "the importance of cooperation between A and B", "reaffirmed the ties between A and B" — says whose
 * tie it is, not who holds the talks a verb further back reports: the verb's own subject and object
 * talk (in a readout, the two officials), and a partnership is no meeting of the states named with it
 * (the corpus gold, dev parts h–m: "discussed the strategic partnership between the United States and
 * Egypt" records the officials' talks only). As rule `nearestNoun` reads a hostile noun's "between".
 * Found on dev false alarms of the eighteenth session (branch prec18).
 */
import { lemmas } from './lemma';
import type { Group } from './groups';
import type { Token } from './types';

/** Data: nouns of a standing relationship between two sides, written for this rule from the readouts of dev parts h–m. */
const TIES_NOUNS: ReadonlySet<string> = new Set(['partnership', 'relationship', 'relation', 'tie', 'cooperation', 'friendship', 'alliance']);

/** Whether the "between" group `g` hangs on a noun of a standing relationship right before its preposition. */
export function tiesNounBefore(tokens: readonly Token[], g: Group): boolean {
  if (g.governorAt === undefined) return false;
  const noun = tokens[g.governorAt - 1];
  return !!noun && noun.kind === 'word' && !noun.cap && lemmas(noun.norm).some((l) => TIES_NOUNS.has(l));
}
