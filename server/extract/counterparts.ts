/**
 * Rule `ownCounterparts` (server/domain/extraction-rules.ts READING_RULES): "X and his counterparts
 * condemned …", "her counterpart said …" — a possessive "counterpart(s)" with no demonym, name or
 * "of" phrase of its own stands for the ones the owner met or spoke with in the document: the other
 * party of each of the owner's negotiations, as a reader takes "his counterparts" after "X held
 * calls with A and B". The owner is the nearest person named before it in the sentence; the singular
 * needs exactly one partner, the plural two or more. Before this rule the phrase named nobody, and
 * what the counterparts did with the owner was read as the owner's alone.
 */
import type { Group } from './groups';
import type { Candidate } from './relations';
import type { CueMatch, Mention, Token } from './types';

/** How sure the identification is: as a role noun's (analyze.ts ROLE_NOUN_CONFIDENCE). */
const COUNTERPART_CONFIDENCE = 0.8;
/** Least confidence of a negotiation whose parties count as each other's counterparts (a reported fact, not a wish). */
const MIN_PARTNER_CONFIDENCE = 0.5;

const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Each actor's partners in the document's negotiations (of `cands`, at a reported fact's confidence). */
export function negotiationPartners(cands: readonly Candidate[]): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, Set<string>>();
  const add = (a: string, b: string): void => void out.set(a, (out.get(a) ?? new Set()).add(b));
  for (const c of cands) {
    if (c.type !== 'negotiates' || c.confidence < MIN_PARTNER_CONFIDENCE || c.source === c.target) continue;
    add(c.source, c.target);
    add(c.target, c.source);
  }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}

/**
 * Mentions for the sentence's possessive "counterpart(s)": one per partner of its owner, all on the
 * noun (not on the possessive, which groups.ts reads as an owner of what follows), so "X and his
 * counterparts" is one list. `partnersOf` gives an actor's partners; `isPerson` tells an owner.
 */
export function counterpartMentions(tokens: readonly Token[], mentions: readonly Mention[], partnersOf: (id: string) => readonly string[], isPerson: (id: string) => boolean): Mention[] {
  const out: Mention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || (t.norm !== 'counterpart' && t.norm !== 'counterparts') || !POSSESSIVES.has(tokens[i - 1].norm)) continue;
    const next = tokens[i + 1];
    // "his counterpart, X" (rule roleApposition), "counterparts of X", "counterpart X": named there.
    if (next && (next.text === ',' || next.norm === 'of' || next.kind === 'possessive' || (next.kind === 'word' && next.cap))) continue;
    if (mentions.some((m) => m.tokenStart <= i && i - 1 < m.tokenEnd)) continue;
    const owner = [...mentions].reverse().find((m) => m.tokenEnd <= i - 1 && isPerson(m.actorId));
    if (!owner) continue;
    const partners = partnersOf(owner.actorId).filter((id) => id !== owner.actorId);
    if (t.norm === 'counterpart' ? partners.length !== 1 : partners.length < 2) continue;
    for (const actorId of partners) out.push({ actorId, start: t.start, end: t.end, text: t.text, tokenStart: i, tokenEnd: i + 1, via: 'pronoun', possessive: false, confidence: COUNTERPART_CONFIDENCE });
  }
  return out;
}


/** Words after which "they" opens a clause of its own ("… and they condemned", "where they agreed"). */
const THEY_OPENERS: ReadonlySet<string> = new Set(['and', 'where', 'after', 'when']);

/**
 * Rule `meetingThey`: "X held calls with A and B and they jointly condemned Y", "X met A, where they
 * agreed …": "they" opening a clause after a cue of talks in its sentence stands for all of the
 * talks' parties — the group right before the cue and the groups after it up to the pronoun — as a
 * reader takes the people just said to have met. Only a "they" no earlier reading resolved, out of
 * quoted speech (`inSpeech`), with two or more parties.
 */
export function meetingTheyMentions(tokens: readonly Token[], groups: readonly Group[], cues: readonly CueMatch[], taken: readonly Mention[], inSpeech: (i: number) => boolean): Mention[] {
  const out: Mention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.norm !== 'they' || t.cap || !THEY_OPENERS.has(tokens[i - 1].norm) || inSpeech(i) || taken.some((m) => m.tokenStart === i)) continue;
    const cue = [...cues].reverse().find((c) => c.type === 'negotiates' && c.tokenEnd <= i);
    if (!cue) continue;
    const subject = [...groups].reverse().find((g) => g.tokenEnd <= cue.tokenStart && !g.attribution);
    const partners = groups.filter((g) => g.tokenStart >= cue.tokenEnd && g.tokenEnd <= i && !g.attribution);
    if (!subject || !partners.length) continue;
    const ids = [...new Set([subject, ...partners].flatMap((g) => g.members.map((m) => m.actorId)))];
    if (ids.length < 2) continue;
    for (const actorId of ids) out.push({ actorId, start: t.start, end: t.end, text: t.text, tokenStart: i, tokenEnd: i + 1, via: 'pronoun', possessive: false, confidence: COUNTERPART_CONFIDENCE });
  }
  return out;
}
