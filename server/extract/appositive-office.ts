/**
 * "Adil Abdul-Mahdi, the acting Prime Minister of Iraq, said …": an office of a state written as
 * an appositive after a name is that person's office. The two are one mention of the person, and the
 * person learns the state as affiliation, so that they are never related to their own state
 * (index.ts drops relations between an actor and its affiliation): "calling it an aggression on
 * Iraq" is the Iraqi prime minister speaking for Iraq, not against it.
 */
import { normalizeName } from '../domain/names';
import type { Actor } from '../domain/types';
import { DETERMINERS } from './cues';
import type { RoleIndex } from './titles';
import type { Mention, Token } from './types';

/** What closes an appositive. */
const CLOSERS = new Set([',', '.', ';', ':', ')']);

export interface AppositiveResult {
  mentions: Mention[];
  /** People who learned their office and state here. */
  learned: Actor[];
}

/**
 * The mentions with each "<name>, the <office> of <state>," read as one mention of the person.
 * `mentions` come sorted; an office mention is a state mention that takes in its title words
 * (via "title", first word a title word), as "the President of France" is read.
 */
export function appositiveOffices(mentions: readonly Mention[], tokens: readonly Token[], text: string, actors: ReadonlyMap<string, Actor>, roles: RoleIndex): AppositiveResult {
  const out = [...mentions];
  const learned: Actor[] = [];
  for (let k = 1; k < out.length; k++) {
    const office = out[k];
    const state = actors.get(office.actorId);
    if (office.via !== 'title' || state?.kind !== 'state' || !roles.words.has(tokens[office.tokenStart].norm)) continue;
    if (office.tokenEnd < tokens.length && !CLOSERS.has(tokens[office.tokenEnd].text)) continue;
    // Back over lower-case title words and an article ("the acting"), to the comma after the name.
    let p = office.tokenStart - 1;
    while (p >= 0 && tokens[p].kind === 'word' && !tokens[p].cap && (roles.words.has(tokens[p].norm) || DETERMINERS.has(tokens[p].norm) || tokens[p].norm === 'former')) p--;
    if (tokens[p]?.text !== ',') continue;
    const person = out[k - 1];
    const who = actors.get(person.actorId);
    // A person, or a name discovery has not placed yet (compromise may tag a person a place).
    if (person.tokenEnd !== p || !who || (who.kind !== 'person' && !who.provisional)) continue;
    if (!who.affiliation) {
      let r = p + 1;
      while (DETERMINERS.has(tokens[r].norm)) r++;
      const role = normalizeName(text.slice(tokens[r].start, office.end));
      learned.push({ ...who, kind: 'person', affiliation: office.actorId, role });
    }
    const end = office.end;
    out.splice(k - 1, 2, { ...person, end, text: text.slice(person.start, end), tokenEnd: office.tokenEnd, possessive: office.possessive });
    k--;
  }
  return { mentions: out, learned };
}
