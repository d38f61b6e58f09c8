/**
 * Rule `sovereigntyOwner` (server/domain/extraction-rules.ts, READING_RULES): a war, invasion or
 * aggression whose own phrase names its doer but not whom it is aimed at ("President X’s war of
 * choice", "in the face of Russian aggression", "holding Y accountable for his unlawful war") is
 * aimed at the one whose sovereignty, territorial integrity or independence the same sentence
 * defends ("support for Ukraine’s sovereignty and territorial integrity as President X’s war of
 * choice continues"): diplomatic statements name the victim of a war by the rights it violates.
 * Only one such owner in the sentence, never the act's doer, and only force (KINETIC_CUES).
 */
import { KINETIC_CUES } from './cues';
import type { Group } from './groups';
import type { CueMatch, Token } from './types';

/** Data: nouns of a state's rights that a war violates (the wording of UN Charter art. 2(4): "territorial integrity or political independence"). */
const RIGHTS: ReadonlySet<string> = new Set(['sovereignty', 'independence', 'integrity']);
/** Most tokens between the owner's possessive and the noun of a right ("'s sovereignty, independence, and territorial integrity"). */
const RIGHTS_GAP = 2;

/** Whether group `g` owns a noun of a right: "X's sovereignty", "X's territorial integrity". */
function ownsRight(tokens: readonly Token[], g: Group): boolean {
  if (tokens[g.tokenEnd]?.kind !== 'possessive') return false;
  for (let i = g.tokenEnd + 1; i <= g.tokenEnd + RIGHTS_GAP + 1 && i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.cap) return false;
    if (RIGHTS.has(t.norm)) return true;
  }
  return false;
}

/** The one whose sovereignty the sentence defends, as the target of the hostile noun `cue` done by `agent`; or undefined. */
export function sovereigntyOwner(tokens: readonly Token[], groups: readonly Group[], cue: CueMatch, agent: Group): Group | undefined {
  if (cue.pos !== 'noun' || cue.type !== 'opposes' || !KINETIC_CUES.has(cue.phrase)) return undefined;
  const owners = groups.filter((g) => g !== agent && !g.attribution && ownsRight(tokens, g));
  return owners.length === 1 ? owners[0] : undefined;
}
