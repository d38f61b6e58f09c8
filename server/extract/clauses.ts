/**
 * Clause segmentation without a parser: boundaries at strong punctuation, speech quotes,
 * subordinators ("that", "whether", "as the..."), relative pronouns, finite verbs of saying, a
 * comma before a participle (", suggesting ..."), and "and" starting a new clause with its own
 * subject. Participial clauses and subject relatives ("a drone that approached") have no subject
 * of their own and borrow one; that is what `parent` records.
 */
import { inAcronymGloss } from './acronyms';
import { DETERMINERS, PREPOSITIONS, REPORTING_VERBS } from './cues';
import { isVerbInflection, lemmas } from './lemma';
import { DOUBLE_QUOTES } from './normalize';
import type { Clause, ClauseKind, Token } from './types';

const HARD = new Set([';', ':', '(', ')', '[', ']']);
const DASHES = new Set(['-', '–', '—', '‐']);
const SUBORDINATORS = new Set(['that', 'whether', 'whereby', 'where', 'when', 'while', 'whereas', 'although', 'though', 'because', 'unless', 'once', 'if', 'since', 'until']);
const RELATIVES = new Set(['which', 'who', 'whom', 'that']);
const AUX = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'can',
  'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do', 'not', 'also',
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** -ing words that are prepositions, not participles. */
const PREP_ING = new Set(['including', 'according', 'regarding', 'concerning', 'following', 'involving', 'excluding', 'during', 'pending', 'considering', 'notwithstanding', 'amid']);
const REPORTING = new Set(REPORTING_VERBS);
/** Objects of "claim" that make it the claimant's own act ("claimed responsibility", "claimed credit"). */
const OWNED_CLAIMS = new Set(['responsibility', 'credit']);

function verbLike(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap) return false;
  return AUX.has(t.norm) || /ly$/.test(t.norm) || /ed$/.test(t.norm);
}

/** A past form that is no "-ed" word ("met", "struck", "held", "led"): a finite verb after a relative pronoun. */
function irregularPast(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !t.cap && isVerbInflection(t.norm) && !/(?:ed|ing)$/.test(t.norm);
}

/**
 * Rule `subjectRelative`: "Qatar, which mediates between A and B, …", "X, who leads the delegation,
 * …": a present-tense verb right after ", who" / ", which" opens a relative clause on the name before.
 */
function presentAfterInsertedRelative(t: Token, prev: Token, next: Token | undefined): boolean {
  if (prev.text !== ',' || (t.norm !== 'who' && t.norm !== 'which') || !next || next.kind !== 'word' || next.cap) return false;
  return /[^s]s$/.test(next.norm) && lemmas(next.norm).some((l) => l !== next.norm);
}

function isParticiple(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !t.cap && isVerbInflection(t.norm) && !PREP_ING.has(t.norm) && t.norm.length > 4;
}

/** A finite verb of saying: its subject is a speaker ("said", "notes", "has confirmed"). */
function isReportingVerb(tokens: readonly Token[], i: number, np?: NpInfo): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || t.cap || /ing$/.test(t.norm) || np?.inNp(i)) return false;
  // The neighbours are read before the word's lemmas: a few small sets rule out a third of all words sooner.
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || DETERMINERS.has(prev.norm) || PREPOSITIONS.has(prev.norm) || next.norm === 'by') return false;
  // Rule `addressedNotReported`: "wrote to the embassy", "responded to Iran": the one addressed follows, no clause is reported (a contact: lexicon/news-contacts.ts).
  if (next.norm === 'to') return false;
  // "claimed responsibility for the attack on Y": the claim owns the act, it opens no speech.
  if (OWNED_CLAIMS.has(next.norm)) return false;
  if (!lemmas(t.norm).some((l) => REPORTING.has(l))) return false;
  if (!REPORTING.has(t.norm)) return true; // "said", "noted", "confirmed"
  // "states", "suggest": verbs only when a complement follows and a subject precedes.
  const complement = next.norm === 'that' || next.text === ',' || next.text === ':' || DOUBLE_QUOTES.has(next.text) || DETERMINERS.has(next.norm) || PRONOUNS.has(next.norm) || !!np && np.npEndAt(i + 1) > 0;
  const subject = AUX.has(prev.norm) || PRONOUNS.has(prev.norm) || /s$/.test(prev.norm) || !!np?.endsNp(i - 1);
  return complement && subject;
}

/** What clause segmentation needs to know about mentions. */
export interface NpInfo {
  /** Exclusive end of the mention phrase starting at token i, or -1. */
  npEndAt(i: number): number;
  /** Whether a mention phrase ends with token i. */
  endsNp(i: number): boolean;
  /** Whether token i is inside a mention. */
  inNp(i: number): boolean;
}

/** Kind of clause that token i starts, or undefined when it does not start one. */
function boundaryAt(tokens: readonly Token[], i: number, quotes: ReadonlySet<number>, np: NpInfo): ClauseKind | undefined {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (quotes.has(i) || (HARD.has(t.text) && !inAcronymGloss(tokens, i))) return 'hard';
  if (t.text === '—' || (DASHES.has(t.text) && ((prev && prev.end !== t.start) || (next && next.start !== t.end)))) return 'hard';
  if (t.kind !== 'word') return undefined;
  if (RELATIVES.has(t.norm) && prev && !PREPOSITIONS.has(prev.norm)) {
    // Rule `relativeVerb`: "Turkey, which met Russia, …", "Lavrov, who held talks with X, …": an irregular past is a verb too.
    if (verbLike(next) || irregularPast(next) || presentAfterInsertedRelative(t, prev, next)) return 'relative';
    if (t.norm !== 'that') return 'subordinate';
  }
  // "once again", "once more" are adverbs, not the subordinator "once".
  if (SUBORDINATORS.has(t.norm) && !(t.norm === 'once' && (next?.norm === 'again' || next?.norm === 'more'))) return 'subordinate';
  if (t.norm === 'which' || t.norm === 'whom') return 'subordinate';
  if (t.norm === 'as' && next && prev?.norm !== 'such' && prev?.norm !== 'well') {
    if (next.norm === 'the' || PRONOUNS.has(next.norm) || ['its', 'their', 'this', 'these', 'those'].includes(next.norm) || np.npEndAt(i + 1) > 0) {
      return 'subordinate';
    }
  }
  if (TEMPORAL_PREPS.has(t.norm) && startsFiniteClause(tokens, i + 1, np)) return 'subordinate';
  if (prev?.text === ',' && isParticiple(t)) return 'participial';
  // "... the plan and Ukraine condemned it": a coordinated clause with its own subject.
  if ((t.norm === 'and' || t.norm === 'but') && prev && !np.endsNp(i - 1) && !serialComma(tokens, i, np)) {
    const e = np.npEndAt(i + 1);
    const v = tokens[e];
    if (e > 0 && v && v.kind === 'word' && !v.cap && (verbLike(v) || /s$/.test(v.norm))) return 'subordinate';
  }
  return undefined;
}

/** Subject pronouns: after "and" they open a clause (an object would be "them", "him", "her"). */
const NOMINATIVE: ReadonlySet<string> = new Set(['they', 'he', 'she', 'we']);

/**
 * Rule `coordinatedClause`: "Russia attacked Ukraine and Turkey condemned the attack": after a
 * clause that has its verb, "and"/"but", an actor and a plainly finite verb ("condemned", "met",
 * "has …") open a clause with its own subject, also right after the first clause's object; the
 * second actor is no second object. Not before a participle of a passive ("and Georgia attacked by
 * …"), nor when no verb precedes ("Russia and Ukraine agreed" is one subject).
 */
function coordinatedAfterObject(tokens: readonly Token[], clause: Clause, i: number, np: NpInfo): boolean {
  const t = tokens[i];
  if ((t.norm !== 'and' && t.norm !== 'but') || !np.endsNp(i - 1)) return false;
  // "talks between Israel and Hamas held in Cairo", "talks with Iran and Iraq …": the first actor
  // is a preposition's, and the "and" joins a pair, not two clauses.
  const first = npStartBefore(np, i);
  const before = tokens[ARTICLES.has(tokens[first - 1]?.norm ?? '') ? first - 2 : first - 1];
  if (first >= 0 && before && PREPOSITIONS.has(before.norm)) return false;
  if (!finiteAfterActor(tokens, ARTICLES.has(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1, np)) return false;
  // Rule `meetingThey` (counterparts.ts): a subject pronoun read as an actor ("… with A and B and they condemned Y") is in the nominative: the subject of a clause of its own, never a list's next member.
  if (NOMINATIVE.has(tokens[i + 1]?.norm ?? '')) return true;
  // The first clause is an actor and its finite verb ("Russia attacked Ukraine"), not a noun
  // phrase with a relative clause in it ("The truce Egypt negotiated between A and B held").
  const s = subjectStart(tokens, clause, (k) => np.inNp(k));
  return finiteAfterActor(tokens, ARTICLES.has(tokens[s]?.norm ?? '') ? s + 1 : s, np, i);
}

/** Whether an actor starts at `at` and a plainly finite verb follows it (over auxiliaries and adverbs), before `limit`; not a passive's participle with "by". */
function finiteAfterActor(tokens: readonly Token[], at: number, np: NpInfo, limit = tokens.length): boolean {
  let e = np.npEndAt(at);
  if (e < 0) return false;
  while (e < limit && tokens[e]?.kind === 'word' && !tokens[e].cap && /ly$/.test(tokens[e].norm)) e++;
  const v = tokens[e];
  // "… mediated jointly by Qatar": a passive's participle, adverbs between it and "by".
  let after = e + 1;
  while (tokens[after]?.kind === 'word' && !tokens[after].cap && /ly$/.test(tokens[after].norm)) after++;
  if (e >= limit || !v || v.kind !== 'word' || v.cap || tokens[after]?.norm === 'by') return false;
  if (FINITE_AUX.has(v.norm)) return true;
  // "… Hezbollah based in Lebanon", "… aimed at a truce": a past form before a preposition may be a
  // participle on the actor; not before "with", which names a partner of a finite verb ("and Turkey met with Iran").
  const prep = tokens[e + 1]?.norm ?? '';
  return (/ed$/.test(v.norm) || irregularPast(v)) && (!PREPOSITIONS.has(prep) || prep === 'with');
}

/** Auxiliaries that make the verb after a coordinated actor finite ("and Turkey has condemned"). */
const FINITE_AUX: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does']);

/** Most tokens of one list member, looking back for where it starts ("U.S. Special Representative Kim"). */
const LIST_MEMBER_WINDOW = 8;

/** Start of a mention phrase ending (exclusively) at `end`, or -1. */
function npStartBefore(np: NpInfo, end: number): number {
  for (let k = end - 1; k >= 0 && k >= end - LIST_MEMBER_WINDOW; k--) if (np.npEndAt(k) === end) return k;
  return -1;
}

/**
 * Rule `serialComma`: "A, B, and C condemned Y": an "and" after the comma closing a list of two
 * or more actors joined by commas ends that list; it opens no clause with a subject of its own.
 * Not a list of a verb's objects ("Ghana struck Togo, Benin, and Mali condemned the raid"), nor
 * one object ("…, and Hamas fired"): there the "and" may open a clause.
 */
function serialComma(tokens: readonly Token[], i: number, np: NpInfo): boolean {
  if (tokens[i - 1]?.text !== ',' || !np.endsNp(i - 2)) return false;
  const last = npStartBefore(np, i - 1);
  if (!(last > 1 && tokens[last - 1].text === ',' && np.endsNp(last - 2))) return false;
  // Back to the list's first member: a verb before it makes the list the verb's objects.
  let first = last;
  for (let k = 0; k < LIST_MEMBERS_MAX && first > 1 && tokens[first - 1].text === ',' && np.endsNp(first - 2); k++) {
    const start = npStartBefore(np, first - 1);
    if (start < 0) break;
    first = start;
  }
  const before = tokens[ARTICLES.has(tokens[first - 1]?.norm ?? '') ? first - 2 : first - 1];
  const verb = !!before && before.kind === 'word' && !before.cap && (verbLike(before) || isVerbInflection(before.norm)) && !PREP_ING.has(before.norm);
  // "said A, B, and C condemned Y": after a verb of saying the list is the reported clause's subject.
  return !verb || [before.norm, ...lemmas(before.norm)].some((l) => REPORTING.has(l));
}

/** Most members of a list looked back over. */
const LIST_MEMBERS_MAX = 20;

/**
 * Prepositions that are also conjunctions of time: "after the EU sanctioned Iran" is a clause with
 * its own subject and verb, "after the talks" is not.
 */
const TEMPORAL_PREPS = new Set(['after', 'before']);

const ARTICLES = new Set(['the', 'a', 'an']);

/** Whether an actor (after an optional article) followed by a finite or past verb starts at token i. */
function startsFiniteClause(tokens: readonly Token[], i: number, np: NpInfo): boolean {
  const at = ARTICLES.has(tokens[i]?.norm ?? '') ? i + 1 : i;
  let e = np.npEndAt(at);
  if (e < 0) return false;
  // "after a U.S.-led coalition ousted", "after Russian forces attacked": the head noun after the actor.
  if (DASHES.has(tokens[e]?.text ?? '') && tokens[e + 1]?.kind === 'word') e += 2;
  for (let k = 0; k < 2 && isHeadNoun(tokens[e]); k++) e++;
  const v = tokens[e];
  return !!v && v.kind === 'word' && !v.cap && !/ing$/.test(v.norm) && (verbLike(v) || isVerbInflection(v.norm));
}

/** A lower-case word that is no verb form: a head noun after a name ("coalition", "forces"). */
function isHeadNoun(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !t.cap && !verbLike(t) && !isVerbInflection(t.norm) && !PREPOSITIONS.has(t.norm) && !DETERMINERS.has(t.norm) && !SUBORDINATORS.has(t.norm) && !['and', 'or', 'but'].includes(t.norm);
}

/** Whether a clause is one a conjunction of time opens ("after the EU sanctioned Iran"): its first word governs no actor. */
export function opensWithTemporal(tokens: readonly Token[], c: Clause): boolean {
  return c.kind === 'subordinate' && TEMPORAL_PREPS.has(tokens[c.tokenStart]?.norm ?? '');
}


/** Clauses of a sentence. `quotes` are indexes of speech quote marks. */
export function segmentClauses(tokens: readonly Token[], quotes: ReadonlySet<number>, np: NpInfo): Clause[] {
  const clauses: Clause[] = [{ tokenStart: 0, tokenEnd: tokens.length, kind: 'main', parent: -1 }];
  for (let i = 1; i < tokens.length; i++) {
    let kind = boundaryAt(tokens, i, quotes, np);
    let at = i;
    if (!kind && isReportingVerb(tokens, i, np)) {
      // The complement of a verb of saying starts after it; its speaker stays behind.
      kind = 'subordinate';
      at = i + 1;
    }
    // "Serbia's president, who spoke in Belgrade, rejected ...": after an inserted relative
    // clause the main clause resumes, with the subject from before the insertion.
    const open = clauses[clauses.length - 1];
    if (!kind && tokens[i].text === ',' && isInserted(tokens, open) && resumesVerb(tokens[i + 1]) && !quotes.has(i + 1)) {
      clauses.push({ tokenStart: i + 1, tokenEnd: tokens.length, kind: 'resumed', parent: clauses.length - 2 });
      open.tokenEnd = i + 1;
      continue;
    }
    // Rule `dashInsertion`: "Iran—and its proxies in Yemen—launched an attack on Israel": after a
    // phrase inserted between dashes the clause before it resumes, with its subject.
    const dashParent = kind === 'hard' && DASHES.has(tokens[i].text) ? dashInsertionParent(tokens, clauses, i) : -1;
    if (dashParent >= 0 && resumesVerb(tokens[i + 1]) && !quotes.has(i + 1)) {
      clauses.push({ tokenStart: i + 1, tokenEnd: tokens.length, kind: 'resumed', parent: dashParent });
      open.tokenEnd = i + 1;
      continue;
    }
    if (!kind && coordinatedAfterObject(tokens, open, i, np)) kind = 'subordinate';
    if (!kind) continue;
    const cur = clauses[clauses.length - 1];
    if (at <= cur.tokenStart) {
      // "X, who ..., rejected Y": a resumed clause is no participle, even if its verb looks like one.
      if (cur.kind !== 'resumed' || kind !== 'participial') cur.kind = kind;
      continue;
    }
    cur.tokenEnd = at;
    let parent = -1;
    if (kind === 'participial' || kind === 'relative') {
      parent = clauses.length - 1;
      while (parent >= 0 && clauses[parent].kind === 'participial' && clauses[parent].parent >= 0) parent = clauses[parent].parent;
    }
    clauses.push({ tokenStart: at, tokenEnd: tokens.length, kind, parent });
    if (at > i) i = at - 1;
  }
  return clauses;
}

/** Most tokens of a phrase inserted between dashes (rule `dashInsertion`). */
const DASH_INSERTION_MAX = 16;

/** The index of the clause a phrase opened by a dash right after its words ("Iran—and its proxies …") interrupts, when the dash at `closing` ends that phrase; else -1. */
function dashInsertionParent(tokens: readonly Token[], clauses: readonly Clause[], closing: number): number {
  let k = clauses.length - 1;
  // Rule `dashParticiple`: "Iran—and its proxies operating out of Yemen—launched …": a participle
  // describing the inserted phrase opens a clause of its own inside the dashes; the clause before
  // the insertion still resumes after it.
  if (clauses[k]?.kind === 'participial' && clauses[k].parent === k - 1) k--;
  const open = clauses[k];
  const before = clauses[k - 1];
  if (!open || !before || !DASHES.has(tokens[open.tokenStart]?.text ?? '') || before.tokenEnd !== open.tokenStart || open.tokenStart - before.tokenStart < 1) return -1;
  return open.kind === 'hard' && closing - open.tokenStart <= DASH_INSERTION_MAX + 1 ? k - 1 : -1;
}

/** A relative clause inserted after a comma: ", who ...", ", which ...", ", whom ...". */
function isInserted(tokens: readonly Token[], c: Clause): boolean {
  return c.tokenStart > 1 && (c.kind === 'relative' || c.kind === 'subordinate') && INSERTED_RELATIVES.has(tokens[c.tokenStart].norm) && tokens[c.tokenStart - 1].text === ',';
}

/** Relative pronouns that open a clause inserted after a name. */
const INSERTED_RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whom']);

/** Relative pronouns that may stand for a verb's object ("Hamas, which Israel struck, …", "X, whom Y met, …"); "that" may open a complement instead. */
const OBJECT_RELATIVES: ReadonlySet<string> = new Set(['which', 'whom']);

/**
 * Rule `objectRelative`: the antecedent of a relative clause whose pronoun is its verb's object
 * ("Hamas, which Israel has struck, said …", "the envoy whom Lavrov met"): the clause opens with
 * "which"/"whom" and a subject of its own before the verb. Returns the token index just past the
 * antecedent (before the comma, if any), or undefined when clause `c` is no such clause.
 */
export function objectRelativeEnd(tokens: readonly Token[], c: Clause, startsActor: (i: number) => boolean): number | undefined {
  const pronoun = tokens[c.tokenStart];
  if (!pronoun || !OBJECT_RELATIVES.has(pronoun.norm) || c.tokenStart === 0) return undefined;
  // The subject right after the pronoun, then the verb: "which Israel struck", "which the United States has sanctioned".
  const at = ARTICLES.has(tokens[c.tokenStart + 1]?.norm ?? '') ? c.tokenStart + 2 : c.tokenStart + 1;
  if (!startsActor(at)) return undefined;
  return tokens[c.tokenStart - 1].text === ',' ? c.tokenStart - 1 : c.tokenStart;
}

/** A finite verb that can continue a clause interrupted by an insertion ("..., rejected", "..., has said"). */
function resumesVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap) return false;
  return verbLike(t) || isVerbInflection(t.norm) || (/s$/.test(t.norm) && !/ss$/.test(t.norm) && !PREPOSITIONS.has(t.norm)) || REPORTING.has(t.norm);
}

/**
 * Rule `bracketedFalseStart`: a transcript marks a speaker's false start in square brackets
 * ("rejected any suggestion [that Russia was tr..., try] that Russia tried to …"); the words after
 * it hang on what came before it. The clause that introduced clause `ci`: the one before it, over
 * clauses that open or lie inside square brackets; undefined for the first clause.
 */
export function introducingClause(tokens: readonly Token[], clauses: readonly Clause[], ci: number): Clause | undefined {
  let k = ci - 1;
  while (k > 0 && inSquareBrackets(tokens, clauses[k])) k--;
  return k >= 0 ? clauses[k] : undefined;
}

/** Most tokens of a false start in brackets ("[that Russia was tr..., try]"): a bound on the look back. */
const FALSE_START_MAX = 16;

/** Whether a clause is a square bracket or opens inside one ("[", then no "]" before the clause). */
function inSquareBrackets(tokens: readonly Token[], c: Clause): boolean {
  const first = tokens[c.tokenStart];
  if (first?.text === '[' || first?.text === ']') return true;
  for (let i = c.tokenStart - 1; i >= 0 && i >= c.tokenStart - FALSE_START_MAX; i--) {
    if (tokens[i].text === ']') return false;
    if (tokens[i].text === '[') return true;
  }
  return false;
}

/** Index of the clause holding token i. */
export function clauseIndexAt(clauses: readonly Clause[], i: number): number {
  for (let k = clauses.length - 1; k >= 0; k--) if (clauses[k].tokenStart <= i) return k;
  return 0;
}

/**
 * First token of a clause that can hold its subject: after a fronted phrase ("In Washington,",
 * "According to Axios,", "Speaking to reporters,") that ends at the clause's first comma.
 */
export function subjectStart(tokens: readonly Token[], c: Clause, inMention: (i: number) => boolean = () => false): number {
  let s = c.tokenStart;
  // Skip the boundary word itself ("that", "as", "and").
  while (s < c.tokenEnd && (tokens[s].kind === 'punct' || SUBORDINATORS.has(tokens[s].norm) || ['as', 'and', 'but', 'which', 'who'].includes(tokens[s].norm) || (s === c.tokenStart && opensWithTemporal(tokens, c)))) s++;
  const first = tokens[s];
  if (!first) return s;
  // "Under Secretary of State X said": a word of a name or title, not a fronted phrase.
  // "to have killed …" is an infinitive, not a fronted phrase: its subject is not after a comma.
  const infinitive = first.norm === 'to' && tokens[s + 1]?.kind === 'word' && !tokens[s + 1].cap && !DETERMINERS.has(tokens[s + 1].norm);
  const fronted = !infinitive && !inMention(s) && (PREPOSITIONS.has(first.norm) || PREP_ING.has(first.norm) || isParticiple(first) || /ing$/.test(first.norm));
  if (!fronted) return s;
  for (let j = s; j < c.tokenEnd && j < s + 25; j++) if (tokens[j].text === ',') return j + 1;
  return s;
}
