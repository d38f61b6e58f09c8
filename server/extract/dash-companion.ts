/**
 * Rule `dashCompanion` (issue #12, twentieth session, branch args20): "U.S. forces—together with
 * the United Kingdom—conducted strikes on X", "Israel – along with France – struck Y": a companion
 * named in a phrase inserted between dashes acts with the subject before the dashes, as one named
 * between commas does ("Israel, together with the United Kingdom, struck Y", a list of groups.ts).
 * The dash opened a clause of its own (rule `dashInsertion`), so the companion was read as nobody's
 * subject. Only the first name after the connector: "and with support from Z" after it names a
 * helper, no co-agent.
 */
import type { Clause, Token } from './types';
import { DETERMINERS } from './cues';
import type { Group } from './groups';

/** Connectors that name a companion acting with the subject ("together with", "along with", "alongside"). */
const COMPANION_CONNECTORS: readonly (readonly string[])[] = [['together', 'with'], ['along', 'with'], ['alongside']];

/**
 * The group right after a companion connector that opens the dash insertion `inserted`, when the
 * clause `resumed` picks up after it; else undefined.
 */
export function companionInDashes(tokens: readonly Token[], groups: readonly Group[], inserted: Clause | undefined, resumed: Clause): Group | undefined {
  if (!inserted || inserted.tokenEnd !== resumed.tokenStart) return undefined;
  const open = inserted.tokenStart;
  if (!['–', '—'].includes(tokens[open]?.text ?? '')) return undefined;
  const connector = COMPANION_CONNECTORS.find((words) => words.every((w, k) => tokens[open + 1 + k]?.norm === w));
  if (!connector) return undefined;
  let at = open + 1 + connector.length;
  while (DETERMINERS.has(tokens[at]?.norm ?? '')) at++;
  return groups.find((g) => (g.tokenStart === at || g.governorAt === at - 1 || g.governorAt === open + connector.length) && g.tokenStart >= at && g.tokenEnd < inserted.tokenEnd && !g.attribution);
}
