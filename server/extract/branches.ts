/**
 * Rule `splinterGroup`: a known group's name joined by a hyphen, without spaces, to a capitalised
 * word or letter ("ISIS-K", "ISIS-Mozambique", "AQ-Yemen") names a branch of that group: an actor
 * of its own, affiliated with the group, not the group itself. A state's name never has branches
 * so ("US-Iran"), and a compound of two known actors before a noun is a pair ("Hamas-Israel war").
 */
import type { Actor } from '../domain/types';
import { slugify } from '../domain/slug';
import type { GazetteerMatch } from './gazetteer';
import type { Sentence, Token } from './types';

/** Kinds of actor that split into branches named so. */
const BRANCHING: ReadonlySet<Actor['kind']> = new Set(['organization', 'military']);

/** Branches named in one sentence (its tokens carry document offsets). */
export function branchActors(toks: readonly Token[], gaz: readonly GazetteerMatch[], actors: ReadonlyMap<string, Actor>, sentence: Pick<Sentence, 'text' | 'start'>): Actor[] {
  const out: Actor[] = [];
  for (const g of gaz) {
    const parent = actors.get(g.actorId);
    const dash = toks[g.tokenEnd];
    const part = toks[g.tokenEnd + 1];
    if (!parent || !BRANCHING.has(parent.kind) || !dash || !part || dash.text !== '-' || dash.start !== toks[g.tokenEnd - 1].end) continue;
    if (part.kind !== 'word' || !part.cap || part.start !== dash.end) continue;
    const after = toks[g.tokenEnd + 2];
    // "Hamas-Israel war": the part is another known actor and a noun follows: a pair, no branch.
    const partKnown = gaz.some((x) => x.tokenStart === g.tokenEnd + 1);
    if (partKnown && after && after.kind === 'word' && after.norm !== 'and' && after.norm !== 'or') continue;
    if (after?.text === '-' && after.start === part.end) continue;
    const name = sentence.text.slice(toks[g.tokenStart].start - sentence.start, part.end - sentence.start);
    const id = slugify(name);
    if (id && !actors.has(id)) out.push({ id, name, kind: parent.kind, aliases: [], provisional: true, affiliation: parent.id });
  }
  return out;
}
