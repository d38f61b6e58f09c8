/**
 * Rule `stateChamber`: a legislative chamber named right after a state's name or abbreviation
 * ("the U.S. Senate", "the United States House of Representatives", "the Kenyan … " is a demonym's
 * and read by withDemonym) is that state's body, not the state: an actor of its own named with the
 * state's canonical name ("United States Senate"), the written form as its alias, affiliated with
 * the state. Not when a capitalised word other than a day or month follows, nor an office's word in
 * any case: the chamber is then part of a longer name or a title ("U.S. Senate Foreign Relations
 * Committee", "U.S. House Speaker X", "the U.S. House speaker X", whose holder is the actor); "the
 * U.S. Congress Tuesday condemned …" is the chamber.
 */
import type { Actor } from '../domain/types';
import { slugify } from '../domain/slug';
import type { GazetteerMatch } from './gazetteer';
import { TIME_WORDS } from './cues';
import { CHAMBER_NAMES, CHAMBER_OFFICES } from './lexicon/chambers';
import type { RoleIndex } from './titles';
import type { Sentence, Token } from './types';

/** Chamber names as folded token sequences, longest first, so that "House of Representatives" wins over "House". */
const CHAMBERS: readonly string[][] = CHAMBER_NAMES.map((c) => c.toLowerCase().split(' ')).sort((a, b) => b.length - a.length);

/** The number of tokens of the chamber name starting at `i`, or 0. */
function chamberAt(toks: readonly Token[], i: number): number {
  const first = toks[i];
  if (!first || first.kind !== 'word' || !first.cap) return 0;
  for (const words of CHAMBERS) {
    if (words.every((w, k) => toks[i + k]?.kind === 'word' && toks[i + k].norm === w)) return words.length;
  }
  return 0;
}

/** Chambers of states named in one sentence (its tokens carry document offsets). */
export function stateChambers(toks: readonly Token[], gaz: readonly GazetteerMatch[], actors: ReadonlyMap<string, Actor>, sentence: Pick<Sentence, 'text' | 'start'>, roles: RoleIndex): Actor[] {
  const out: Actor[] = [];
  for (const g of gaz) {
    const state = actors.get(g.actorId);
    if (!state || state.kind !== 'state' || g.via === 'demonym') continue;
    const size = chamberAt(toks, g.tokenEnd);
    if (!size) continue;
    const after = toks[g.tokenEnd + size];
    if (after && after.kind === 'word' && ((after.cap && !TIME_WORDS.has(after.norm)) || roles.words.has(after.norm) || CHAMBER_OFFICES.has(after.norm))) continue;
    const chamber = toks.slice(g.tokenEnd, g.tokenEnd + size).map((t) => t.text).join(' ');
    const written = sentence.text.slice(toks[g.tokenStart].start - sentence.start, toks[g.tokenEnd + size - 1].end - sentence.start);
    const name = `${state.name} ${chamber}`;
    const id = slugify(name);
    if (!id || actors.has(id) || out.some((a) => a.id === id)) continue;
    out.push({ id, name, kind: 'organization', aliases: written === name ? [] : [written], provisional: true, affiliation: state.id });
  }
  return out;
}
