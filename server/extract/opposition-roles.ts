/**
 * Rule `oppositionRole` (server/domain/extraction-rules.ts): one actor named by its hostility to
 * another — "Kremlin critic X", "X, Y's arch foe,", "X, one of Y's most vocal critics,", "X is an
 * outspoken critic of Y", "Y's rival X" — opposes it (foes, enemies, rivals: each other). News
 * writes this as a description of a person or state, not as a verb, so no cue's subject or object
 * reads it. Only the noun's own phrase is read: its owner (the one opposed) is named right before
 * it, with a possessive before it, or with "of" after it (each name of a list there); its holder is
 * the name right after it, the name before the comma of an apposition, or the subject before a
 * copula. Only the copula's reading is asserted by its clause, which may deny it (relations.ts).
 */
import { POSSESSIVE_PRONOUNS } from './cues';
import { OPPOSITION_ROLES } from './lexicon/opposition-roles';
import { namingVerb, predicateStart } from './naming-call';
import type { Mention, Token } from './types';

/**
 * How the role is given to its holder: predicated with a copula ("X is an enemy of Y", which a
 * clause may deny or make only possible), or as a description the clause does not assert — an
 * apposition ("X, one of Y's critics,") or a title before the name ("Kremlin critic X"); or the
 * predicate of a verb of naming ("A called X an enemy of Y"), which is A's claim, not a fact.
 */
export type RoleForm = 'copula' | 'apposition' | 'title' | 'naming';

/** One reading: the holder of the role opposes its owner (and the other way for mutual roles). */
export interface RoleReading {
  holder: Mention;
  owner: Mention;
  /** Token index of the role noun. */
  at: number;
  mutual: boolean;
  form: RoleForm;
  /** Form `naming`: token index of the verb of naming, whose subject names the holder so. */
  namer?: number;
}

/**
 * The verb of naming right before the named one (over a title: "called Russian President X"), if
 * any, whose predicate starts at `predicate` ("branded X an enemy of Y", "described X as a rival of
 * Y": rule `namingVerbs`).
 */
function namingVerbBefore(tokens: readonly Token[], named: Mention, predicate: number): number | undefined {
  for (let i = named.tokenStart - 1; i >= 0 && i >= named.tokenStart - 1 - OWNER_TITLE_MAX; i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return undefined;
    if (namingVerb(t)) return predicateStart(tokens, i, false) === predicate ? i : undefined;
  }
  return undefined;
}

/** Most lower-case words describing the role noun ("most vocal", "outspoken", "arch"). */
const ADJECTIVES_MAX = 3;
/** Words that may open the role's noun phrase before its owner and description ("one of the Kremlin’s …", "an outspoken …"). */
const OPENING_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'one', 'of', 'among', 'some', 'his', 'her', 'its', 'their', 'longtime', 'long-time']);
/** Lower-case words that end a noun phrase: a clause or another phrase starts there, no adjective of the role. */
const PHRASE_BREAKS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that', 'and', 'or', 'but', 'to', 'with', 'by', 'for', 'in', 'on', 'at', 'from', 'as', 'than', 'against']);
/** Most tokens between "of" and its owner's name ("critic of Russian president X"). */
const OWNER_TITLE_MAX = 3;
/** Copulas before a role that describes the subject ("X is an outspoken critic of Y"). */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'remains', 'remained', 'became', 'becomes']);
/** Punctuation that opens an apposition on the name before it. */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set([',', '—', '–', '(']);
/** Words that negate a description ("X is no enemy of Y", "not a critic"). */
const NEGATORS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nor']);

const isAdjective = (t: Token | undefined): boolean =>
  !!t && ((t.kind === 'word' && !t.cap && !PHRASE_BREAKS.has(t.norm) && !OPENING_WORDS.has(t.norm) && !COPULAS.has(t.norm)) || t.text === '-');

/**
 * The owners named with "of" after the role: the last name of the noun phrase after it ("critic of
 * Russian opposition leader X"), and each name listed after it ("a rival of A, B and C").
 */
function ownersAfterOf(tokens: readonly Token[], byStart: ReadonlyMap<number, Mention>, at: number): Mention[] {
  const first = ownerAfterOf(tokens, byStart, at);
  if (!first) return [];
  const out = [first];
  for (let i = first.tokenEnd; ; ) {
    // A list goes on over a comma and/or "and" to the next name ("A, B and C", "A, B, and C").
    let j = i;
    if (tokens[j]?.text === ',') j++;
    if (tokens[j]?.norm === 'and') j++;
    const m = j > i ? byStart.get(j) : undefined;
    // A demonym or a possessive starts another noun ("rival of Egypt and Turkish officials"): the list ends.
    if (!m || m.via === 'demonym' || m.possessive || tokens[m.tokenEnd]?.kind === 'possessive') break;
    out.push(m);
    i = m.tokenEnd;
  }
  return out;
}

/** The first owner named with "of" after the role: the last name of the noun phrase after it. */
function ownerAfterOf(tokens: readonly Token[], byStart: ReadonlyMap<number, Mention>, at: number): Mention | undefined {
  if (tokens[at + 1]?.norm !== 'of') return undefined;
  let found: Mention | undefined;
  for (let i = at + 2, skipped = 0; i < tokens.length; ) {
    const m = byStart.get(i);
    if (m) {
      // A possessive owns another noun ("critic of Y’s policies"): no owner here.
      if (m.possessive || tokens[m.tokenEnd]?.kind === 'possessive') return undefined;
      found = m;
      i = m.tokenEnd;
      continue;
    }
    const t = tokens[i];
    // A demonym describes the name after it ("critic of Russian opposition leader X"): read on to that name.
    if ((found && found.via !== 'demonym') || skipped >= OWNER_TITLE_MAX || t.kind !== 'word' || (found && t.cap)) break;
    skipped++;
    i++;
  }
  return found;
}

/**
 * Where the role's noun phrase starts, backwards over its adjectives, its owner ("the Kremlin’s",
 * or a name right before the noun: "Kremlin critic") and its opening words ("one of").
 */
function phraseBefore(tokens: readonly Token[], byEnd: ReadonlyMap<number, Mention>, at: number): { start: number; owner?: Mention } {
  let i = at;
  let owner = byEnd.get(at);
  if (owner?.possessive) owner = undefined;
  if (owner) i = owner.tokenStart;
  else {
    for (let k = 0; k < ADJECTIVES_MAX && isAdjective(tokens[i - 1]); k++) i--;
    if (tokens[i - 1]?.kind === 'possessive') {
      owner = byEnd.get(i - 1);
      if (!owner) return { start: at };
      i = owner.tokenStart;
    }
  }
  while (i > 0 && tokens[i - 1].kind === 'word' && OPENING_WORDS.has(tokens[i - 1].norm)) i--;
  return { start: i, owner };
}

/** Words that, between a name and a role after it, say the role is someone else's ("hosted talks with rival X"). */
const FOREIGN_ROLE: ReadonlySet<string> = new Set([...PHRASE_BREAKS].filter((w) => w !== 'and'));

/**
 * "Pakistan cautioned rival India", "Iran and its rival Saudi Arabia": a mutual role with no owner
 * named is the rival of the last name before it, when only a verb, "and" and a possessive pronoun
 * stand between (no preposition, no punctuation: "hosted talks with rival X" is another's rival).
 */
function rivalOfSubject(tokens: readonly Token[], mentions: readonly Mention[], start: number): Mention | undefined {
  const last = [...mentions].reverse().find((m) => m.tokenEnd <= start);
  if (!last || last.possessive) return undefined;
  const between = tokens.slice(last.tokenEnd, start);
  // "and" only before the pronoun that owns the role ("Iran and its rival"), not in a list ("A, B and rival C").
  const joined = (t: Token, k: number): boolean => t.norm !== 'and' || POSSESSIVE_PRONOUNS.has(tokens[last.tokenEnd + k + 1]?.norm ?? '');
  return between.length <= 3 && between.every((t, k) => t.kind === 'word' && !t.cap && !FOREIGN_ROLE.has(t.norm) && joined(t, k)) ? last : undefined;
}

/**
 * Whether a sentence names a role of opposition, so that discovery reads its unknown names as it
 * reads a cue sentence's. The role nouns are no cues: a cue's rules would read the noun's
 * prepositions ("Y's enemies … in Germany") where only the noun's own phrase names its parties.
 */
export function hasOppositionRole(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'word' && !t.cap && OPPOSITION_ROLES.has(t.norm));
}

/** Readings of the role nouns of one sentence. */
export function oppositionRoles(tokens: readonly Token[], mentions: readonly Mention[]): RoleReading[] {
  const out: RoleReading[] = [];
  let byStart: Map<number, Mention> | undefined;
  let byEnd: Map<number, Mention> | undefined;
  for (let at = 0; at < tokens.length; at++) {
    const t = tokens[at];
    const role = t.kind === 'word' && !t.cap ? OPPOSITION_ROLES.get(t.norm) : undefined;
    if (!role) continue;
    if (!byStart || !byEnd) {
      byStart = new Map(mentions.map((m) => [m.tokenStart, m]));
      byEnd = new Map(mentions.map((m) => [m.tokenEnd, m]));
    }
    const before = phraseBefore(tokens, byEnd, at);
    // The holder: the name right after a singular role ("critic Alexei Navalny"), else the name an
    // apposition or a copula describes ("X, a Kremlin critic", "X is an outspoken critic of Y").
    // A demonym after the role is an adjective of the noun after it ("the rival Egyptian delegation"), no holder.
    let holder = role.plural ? undefined : byStart.get(at + 1);
    if (holder?.via === 'demonym') holder = undefined;
    let form: RoleForm = 'title';
    const rival = role.mutual && holder ? rivalOfSubject(tokens, mentions, before.start) : undefined;
    const owners = before.owner ? [before.owner] : ownersAfterOf(tokens, byStart, at);
    if (!owners.length && rival) owners.push(rival);
    if (!owners.length) continue;
    let namer: number | undefined;
    if (!holder) {
      const opener = tokens[before.start - 1];
      if (opener && (APPOSITION_OPENERS.has(opener.text) || COPULAS.has(opener.norm))) {
        let end = before.start - 1;
        form = COPULAS.has(opener.norm) ? 'copula' : 'apposition';
        // "X has been a critic": back over the auxiliary before a copula.
        if (form === 'copula' && ['has', 'have', 'had'].includes(tokens[end - 1]?.norm ?? '')) end--;
        holder = byEnd.get(end);
      } else {
        // "A called X an enemy of Y": X is the object of a verb of naming, the role its predicate.
        // "described X as an enemy of Y": the named one before "as".
        const named = byEnd.get(before.start) ?? (tokens[before.start - 1]?.norm === 'as' ? byEnd.get(before.start - 1) : undefined);
        namer = named && !named.possessive ? namingVerbBefore(tokens, named, before.start) : undefined;
        if (namer !== undefined) {
          holder = named;
          form = 'naming';
        }
      }
    }
    if (!holder) continue;
    const span = tokens.slice(Math.min(holder.tokenEnd, before.start), at);
    if (span.some((w) => NEGATORS.has(w.norm))) continue;
    for (const owner of owners) if (holder.actorId !== owner.actorId) out.push({ holder, owner, at, mutual: role.mutual, form, ...(namer !== undefined ? { namer } : {}) });
  }
  return out;
}
