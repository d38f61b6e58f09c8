/**
 * Affiliation chains: an official acts for a body, which may act for a state. Used to resolve
 * titles ("Iran's foreign minister"), to credit the body a leader heads, and to roll relations up.
 */
import type { Actor } from '../domain/types';
import { isCollegialBody } from './collegial-bodies';

/** The actor followed by its affiliations, outermost last; stops at cycles and unknown ids. */
export function affiliationChain(id: string, actors: ReadonlyMap<string, Actor>): string[] {
  const chain = [id];
  let cur = actors.get(id)?.affiliation;
  while (cur && !chain.includes(cur) && chain.length < 16) {
    chain.push(cur);
    cur = actors.get(cur)?.affiliation;
  }
  return chain;
}

/** The outermost state in the actor's chain, or the actor itself when none is a state. */
export function topState(id: string, actors: ReadonlyMap<string, Actor>): string {
  const chain = affiliationChain(id, actors);
  for (let i = chain.length - 1; i >= 0; i--) {
    if (actors.get(chain[i])?.kind === 'state') return chain[i];
  }
  return id;
}

/** Words of a role that make its holder the head of the body they belong to. */
const LEADER_ROLE = /\b(?:president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|monarch|supreme leader|leader|head|chief|director|director-general|secretary-general|general secretary|commander|chairman|chairwoman|chair|ceo)\b/i;
/**
 * Not the head: deputies, aides, an office for one portfolio of the body ("Director General for
 * Asian Affairs"), and a member of it, whatever else they hold ("Politburo Member and Director of
 * the Office of …": rule `chainedTitles`).
 */
const NOT_LEADER = /\b(?:vice|deputy|assistant|former|ex|acting|adviser|advisor|spokes\w*|aide|of staff|for|member)\b/i;

/**
 * The organisation an actor heads according to its role, if any ("Mossad Director" → Mossad).
 * Never a state: "Nigerian President Bola Tinubu" is affiliated with Nigeria, and what he does is
 * his act; crediting the state is the roll-up view's business (rollUpToStates), not extraction's.
 */
export function ledBody(id: string, actors: ReadonlyMap<string, Actor>): string | undefined {
  const a = actors.get(id);
  if (!a?.role || !a.affiliation) return undefined;
  const body = actors.get(a.affiliation);
  // Rule `collegialBody` (collegial-bodies.ts): a council's president meets as themselves.
  if (!body || body.kind === 'state' || isCollegialBody(body)) return undefined;
  const role = a.role.replace(/\([^)]*\)/g, ' ');
  return LEADER_ROLE.test(role) && !NOT_LEADER.test(role) ? a.affiliation : undefined;
}
