/**
 * Filter `multilateralMeeting` (server/domain/extraction-rules.ts): a meeting of three or more
 * parties named together ("A, B and C met in Cairo", "talks between A, B and C") is one
 * multilateral event, not every pair of them negotiating with each other. The annotation guide
 * (test/fixtures/corpus/README.md, "Meetings of three or more co-signers … are not expanded into
 * pairwise negotiates") counts no pairwise relation there, so none is reported.
 */
import type { Actor } from '../domain/types';
import { topState } from './affiliation';
import type { Candidate } from './relations';

/** Rules that relate every member of one named group to every other ("A, B and C met"). */
const WITHIN_GROUP_RULES: ReadonlySet<string> = new Set(['negotiates.pairInGroup', 'negotiates.frame']);
/** Fewest sides (states, or actors without one) that make a meeting multilateral. */
const MULTILATERAL_SIDES = 3;

/** The negotiations read from one cue occurrence as every pair of one group, keyed by the cue. */
function withinGroups(cands: readonly Candidate[]): Map<string, Candidate[]> {
  const byCue = new Map<string, Candidate[]>();
  for (const c of cands) {
    if (!WITHIN_GROUP_RULES.has(c.rule)) continue;
    const key = `${c.rule}\u0000${c.spans.cue[0]}`;
    const list = byCue.get(key);
    if (list) list.push(c);
    else byCue.set(key, [c]);
  }
  return byCue;
}

/**
 * The candidates without the pairs of multilateral meetings: a cue whose pairs cover every pair of
 * three or more actors (a group read as a whole, not "A met B and C") standing for three or more
 * sides. "Trump, Vance and Zelensky met" is two sides and stays, but Trump and Vance, one side,
 * are one delegation there (filter `oneDelegation`): only each of them with Zelensky.
 */
export function dropMultilateralPairs(cands: readonly Candidate[], actors: ReadonlyMap<string, Actor>): Candidate[] {
  const drop = new Set<Candidate>();
  for (const list of withinGroups(cands).values()) {
    const members = new Set(list.flatMap((c) => [c.source, c.target]));
    const pairs = new Set(list.map((c) => [c.source, c.target].sort().join('\u0000')));
    const complete = pairs.size === (members.size * (members.size - 1)) / 2;
    const sides = new Set([...members].map((id) => topState(id, actors)));
    if (members.size >= MULTILATERAL_SIDES && complete && sides.size >= MULTILATERAL_SIDES) for (const c of list) drop.add(c);
    // Filter `oneDelegation`: "Blinken, Kosovo President Osmani and Kosovo Prime Minister Kurti met":
    // two of one side meeting a third side together are one delegation, not negotiating with each other.
    else if (sides.size >= 2 && sides.size < members.size) for (const c of list) if (topState(c.source, actors) === topState(c.target, actors)) drop.add(c);
  }
  return drop.size ? cands.filter((c) => !drop.has(c)) : [...cands];
}
