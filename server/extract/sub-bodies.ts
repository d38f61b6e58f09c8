/**
 * Rule `subBody`: a known international body's name followed by capitalised words ending in a noun
 * of a working body ("the OSCE Minsk Group", "the African Union Peace and Security Council", "the
 * UN Human Rights Council") names that organ: an actor of its own, affiliated with the body, not
 * the body itself — a go-between named so ("under the auspices of the OSCE Minsk Group") is the
 * organ. Only with a word of its own between (not "the UN Commission", which is the body's), none
 * of them a known actor's name; "and"/"of" may join those words ("Peace and Security").
 */
import type { Actor } from '../domain/types';
import { slugify } from '../domain/slug';
import type { GazetteerMatch } from './gazetteer';
import { ORGAN_NOUNS } from './lexicon/international-bodies';
import type { Sentence, Token } from './types';

/** Most words between the body's name and the organ's noun ("Peace and Security"). */
const ORGAN_WORDS_MAX = 4;

/** The token after the organ's noun, when one follows the body's name at `from`; else undefined. */
function organEnd(toks: readonly Token[], gaz: readonly GazetteerMatch[], actors: ReadonlyMap<string, Actor>, from: number): number | undefined {
  let own = 0;
  for (let i = from; i < toks.length && i - from <= ORGAN_WORDS_MAX; i++) {
    const t = toks[i];
    if (t.kind !== 'word') return undefined;
    if (t.cap && ORGAN_NOUNS.has(t.norm)) return own ? i + 1 : undefined;
    const joint = !t.cap && (t.norm === 'and' || t.norm === 'of') && own > 0;
    if (!joint && !t.cap) return undefined;
    // A state or a person named inside ("the EU Ukraine Council") is no organ's own word; a body's
    // name may be ("African Union Peace and Security Council" holds "Security Council").
    if (!joint && gaz.some((g) => g.tokenStart <= i && i < g.tokenEnd && actors.get(g.actorId)?.kind !== 'organization')) return undefined;
    if (!joint) own++;
  }
  return undefined;
}

/** Organs of known bodies named in one sentence (its tokens carry document offsets). */
export function subBodies(toks: readonly Token[], gaz: readonly GazetteerMatch[], actors: ReadonlyMap<string, Actor>, sentence: Pick<Sentence, 'text' | 'start'>): Actor[] {
  const out: Actor[] = [];
  for (const g of gaz) {
    const body = actors.get(g.actorId);
    if (!body || body.kind !== 'organization' || g.via === 'demonym') continue;
    const end = organEnd(toks, gaz, actors, g.tokenEnd);
    if (end === undefined) continue;
    const name = sentence.text.slice(toks[g.tokenStart].start - sentence.start, toks[end - 1].end - sentence.start);
    const id = slugify(name);
    if (id && !actors.has(id)) out.push({ id, name, kind: body.kind, aliases: [], provisional: true, affiliation: body.id });
  }
  return out;
}
