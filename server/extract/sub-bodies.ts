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
import { MONTH_WORDS, WEEKDAYS } from './lexicon/calendar';
import type { Sentence, Token } from './types';

/** Most words between the body's name and the organ's noun ("Peace and Security"). */
const ORGAN_WORDS_MAX = 4;

/** The token after the organ's noun, when one follows the body's name at `from`; else undefined. */
function organEnd(toks: readonly Token[], gaz: readonly GazetteerMatch[], actors: ReadonlyMap<string, Actor>, from: number): number | undefined {
  let own = 0;
  for (let i = from; i < toks.length && i - from <= ORGAN_WORDS_MAX; i++) {
    const t = toks[i];
    if (t.kind !== 'word') return undefined;
    if (t.cap && ORGAN_NOUNS.has(t.norm)) return own ? i + 1 : ownAfter(toks, gaz, actors, i + 1);
    const joint = !t.cap && (t.norm === 'and' || t.norm === 'of') && own > 0;
    if (!joint && !t.cap) return undefined;
    // A state or a person named inside ("the EU Ukraine Council") is no organ's own word; a body's
    // name may be ("African Union Peace and Security Council" holds "Security Council").
    if (!joint && gaz.some((g) => g.tokenStart <= i && i < g.tokenEnd && actors.get(g.actorId)?.kind !== 'organization')) return undefined;
    if (!joint) own++;
  }
  return undefined;
}

/** Days and months: capitalised, never an organ's own words ("the UN Commission on Monday"). */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTH_WORDS]);

/** A capitalised word that is no state's or person's name (a body's may be inside an organ's name), nor a day or month. */
function isOwnWord(toks: readonly Token[], gaz: readonly GazetteerMatch[], actors: ReadonlyMap<string, Actor>, i: number): boolean {
  const t = toks[i];
  return !!t && t.kind === 'word' && t.cap && !CALENDAR_WORDS.has(t.norm) && !gaz.some((g) => g.tokenStart <= i && i < g.tokenEnd && actors.get(g.actorId)?.kind !== 'organization');
}

/**
 * Rule `subBodyOf` (dev actor-stage misses, sixteenth session: "the UN Commission of Inquiry" read
 * as the UN): the organ's own words may follow its noun with "of" or "on" ("the UN Commission of
 * Inquiry", "the UN Commission on Missing Persons"): the token after them, else undefined ("the UN
 * Commission" alone is the body's, "the UN Commission of Sudan" names a state).
 */
function ownAfter(toks: readonly Token[], gaz: readonly GazetteerMatch[], actors: ReadonlyMap<string, Actor>, at: number): number | undefined {
  if (toks[at]?.kind !== 'word' || (toks[at].norm !== 'of' && toks[at].norm !== 'on') || toks[at].cap) return undefined;
  let i = at + 1;
  while (i < toks.length && i - at <= ORGAN_WORDS_MAX && isOwnWord(toks, gaz, actors, i)) i++;
  // The run must end the name: a capitalised word the rule refused (a state's name) ends nothing.
  return i > at + 1 && !toks[i]?.cap ? i : undefined;
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
