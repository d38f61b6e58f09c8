/**
 * "Adil Abdul-Mahdi, the acting Prime Minister of Iraq, said …": an office of a state (or of a known
 * body, rule `officeOfBody`: "X, the Special Envoy of NATO,") written as an appositive after a name
 * is that person's office. The two are one mention of the person, and the
 * person learns the state as affiliation, so that they are never related to their own state
 * (index.ts drops relations between an actor and its affiliation): "calling it an aggression on
 * Iraq" is the Iraqi prime minister speaking for Iraq, not against it.
 */
import { normalizeName } from '../domain/names';
import type { Actor } from '../domain/types';
import { DETERMINERS } from './cues';
import { slugify } from '../domain/slug';
import { CONNECTIVES, type RoleIndex } from './titles';
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
/**
 * The first word of a name discovery cut short at the start of a sentence ("Adil" of "Adil
 * Abdul-Mahdi"): a capitalised word right before a discovered name, first in its sentence or after
 * punctuation, that is no title, connective or other mention; or undefined.
 */
function givenNameBefore(person: Mention, tokens: readonly Token[], mentions: readonly Mention[], roles: RoleIndex): number | undefined {
  const i = person.tokenStart - 1;
  const t = tokens[i];
  if (person.via !== 'discovered' || !t || t.kind !== 'word' || !t.cap || t.upper) return undefined;
  if (i > 0 && tokens[i - 1].kind !== 'punct') return undefined;
  if (roles.words.has(t.norm) || CONNECTIVES.has(t.norm) || DETERMINERS.has(t.norm) || /ly$/.test(t.norm) || mentions.some((m) => m.tokenStart <= i && i < m.tokenEnd)) return undefined;
  return i;
}

/**
 * Whether an office named with "of" and this actor stands for it (analyze.ts withOfficeTitle): a
 * state ("the President of France"), or a body the gazetteer knows (rule `officeOfBody`: "the High
 * Representative of the European Union"); not a body the document only discovered, which may be the
 * one a person named before it works for ("X, the President of the Central Bank").
 */
export function hasOffices(a: Actor | undefined): boolean {
  return !!a && (a.kind === 'state' || (a.kind === 'organization' && !a.provisional));
}

export function appositiveOffices(mentions: readonly Mention[], tokens: readonly Token[], text: string, actors: ReadonlyMap<string, Actor>, roles: RoleIndex): AppositiveResult {
  const out = [...mentions];
  const learned: Actor[] = [];
  for (let k = 1; k < out.length; k++) {
    const office = out[k];
    const state = actors.get(office.actorId);
    if (office.via !== 'title' || !hasOffices(state) || !roles.words.has(tokens[office.tokenStart].norm)) continue;
    if (office.tokenEnd < tokens.length && !CLOSERS.has(tokens[office.tokenEnd].text)) continue;
    // Back over lower-case title words and an article ("the acting"), to the comma after the name.
    let p = office.tokenStart - 1;
    while (p >= 0 && tokens[p].kind === 'word' && !tokens[p].cap && (roles.words.has(tokens[p].norm) || DETERMINERS.has(tokens[p].norm) || tokens[p].norm === 'former')) p--;
    if (tokens[p]?.text !== ',') continue;
    const person = out[k - 1];
    const who = actors.get(person.actorId);
    // A person, or a name discovery has not placed yet (compromise may tag a person a place).
    if (person.tokenEnd !== p || !who || (who.kind !== 'person' && !who.provisional)) continue;
    const given = givenNameBefore(person, tokens, out, roles);
    if (given !== undefined) {
      // Rule `appositiveName`: "Adil Abdul-Mahdi, the acting Prime Minister of Iraq,": the office
      // vouches for the whole capitalised name, also its first word at the start of the sentence,
      // which discovery may leave out (a capital there is no sign of a name by itself).
      const start = tokens[given].start;
      const name = normalizeName(text.slice(start, person.end));
      let r = p + 1;
      while (DETERMINERS.has(tokens[r].norm)) r++;
      const whole: Actor = { id: slugify(name), name, kind: 'person', aliases: [], provisional: true, affiliation: office.actorId, role: normalizeName(text.slice(tokens[r].start, office.end)) };
      learned.push(whole);
      out.splice(k - 1, 2, { ...person, actorId: whole.id, start, tokenStart: given, end: office.end, text: text.slice(start, office.end), tokenEnd: office.tokenEnd, possessive: office.possessive });
      k--;
      continue;
    }
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
