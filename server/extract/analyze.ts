/**
 * Per-document analysis: sentences, tokens, mentions (gazetteer, discovered, titles, pronouns),
 * cues, speech and clauses. Relation rules (relations.ts) read only this analysis.
 */
import type { Actor } from '../domain/types';
import { definedAcronyms } from './acronyms';
import { DocumentActors } from './document-actors';
import { segmentClauses } from './clauses';
import { findCues } from './cuematch';
import { discoverNames, type DiscoveredName } from './discover';
import { buildMatcher, matchGazetteer, type GazetteerMatch, type Matcher } from './gazetteer';
import { phraseEnd } from './groups';
import { firstNameForms } from './lexicon/nicknames';
import { slugify } from '../domain/slug';
import { findMentions, type MentionContext } from './mentions';
import { findSpeech, resolvePronouns, type PendingPronoun, type Speech } from './quotes';
import { splitSentences } from './sentences';
import type { RoleIndex } from './titles';
import { isTitleOnly } from './titles';
import { isHonorific as isTitleWord } from './discover';
import { tokenize } from './tokens';
import type { Clause, CueMatch, Mention, Sentence, Token } from './types';

export interface SentenceAnalysis {
  sentence: Sentence;
  tokens: Token[];
  mentions: Mention[];
  /** "they"/"them" in speech, resolved once the document's negotiating pair is known. */
  pending: PendingPronoun[];
  cues: CueMatch[];
  speech: Speech[];
  clauses: Clause[];
  /** Token spans of "the two rivals", "both sides": the last pair mentioned. */
  anaphors: [number, number][];
}

export interface DocumentAnalysis {
  sentences: SentenceAnalysis[];
  /** Gazetteer and provisional actors by id. */
  actors: ReadonlyMap<string, Actor>;
  provisional: ReadonlyMap<string, Actor>;
}

export interface AnalysisConfig {
  matcher: Matcher;
  roles: RoleIndex;
  discoverUnknown: boolean;
  nlpBudgetChars: number;
}

/** Words that make a body armed (as in discover.ts). */
const ARMED = /\b(?:army|navy|air force|forces|military|guard|guards|corps|brigade|militia|command|marines)\b/i;

const PAIR_NOUNS = /^(?:sides|countries|nations|governments|capitals|parties|states|rivals|adversaries|leaders|powers|neighbours|neighbors|foes|enemies|camps)$/;

/** "the two (longtime) rivals", "both sides": spans that refer back to a pair. */
function findAnaphors(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const two = tokens[i].norm === 'the' && tokens[i + 1].norm === 'two';
    const both = tokens[i].norm === 'both';
    if (!two && !both) continue;
    const from = two ? i + 2 : i + 1;
    for (let j = from; j < tokens.length && j < from + 4; j++) {
      if (tokens[j].kind !== 'word') break;
      if (PAIR_NOUNS.test(tokens[j].norm)) {
        out.push([i, j + 1]);
        break;
      }
    }
  }
  return out;
}

/** Sentences worth compromise's time: a cue and a capitalised word no mention explains. */
function needsDiscovery(tokens: readonly Token[], mentions: readonly { tokenStart: number; tokenEnd: number }[], roles: RoleIndex): boolean {
  const covered = new Set<number>();
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered.add(i);
  return tokens.some((t, i) => i > 0 && t.cap && t.kind === 'word' && !covered.has(i) && !roles.words.has(t.norm) && t.norm !== 'i');
}

function dropCuesInsideMentions(cues: CueMatch[], mentions: readonly Mention[]): CueMatch[] {
  return cues.filter((c) => !mentions.some((m) => m.tokenStart <= c.tokenStart && c.tokenEnd <= m.tokenEnd));
}

/**
 * "the President of France", "the Prime Minister of Italy": an office named by its state, when the
 * gazetteer has no holder for it, stands for the state; the mention takes in the title so that a
 * list of such offices is one group ("the President of France and the Chancellor of Germany met").
 */
function withOfficeTitle(m: Mention, toks: readonly Token[], text: string, actors: ReadonlyMap<string, Actor>, roles: RoleIndex, all: readonly Mention[]): Mention {
  if (actors.get(m.actorId)?.kind !== 'state' || m.via === 'demonym') return m;
  let i = m.tokenStart - 1;
  if (toks[i]?.norm === 'the') i--;
  if (toks[i]?.norm !== 'of') return m;
  let start = i;
  while (start > 0 && toks[start - 1].kind === 'word' && toks[start - 1].cap && roles.words.has(toks[start - 1].norm)) start--;
  if (start === i || all.some((x) => x !== m && x.tokenEnd > start && x.tokenStart < m.tokenStart)) return m;
  const from = toks[start].start;
  return { ...m, tokenStart: start, start: from, text: text.slice(from, m.end), via: 'title' };
}

/** "the Rapid Support Forces (RSF) attacked": a bracketed acronym after a name belongs to its phrase. */
function bracketedAcronymEnd(toks: readonly Token[], end: number): number {
  return toks[end]?.text === '(' && toks[end + 1]?.upper && toks[end + 2]?.text === ')' ? end + 3 : end;
}

/** A discovered organisation or armed body whose name begins with a state's demonym it overlaps. */
function isNationalBody(g: { via: string; tokenStart: number; tokenEnd: number }, toks: readonly Token[], d: { start: number; end: number; kind: Actor['kind'] }): boolean {
  return g.via === 'demonym' && (d.kind === 'organization' || d.kind === 'military') && toks[g.tokenStart].start === d.start && toks[g.tokenEnd - 1].end < d.end;
}

/**
 * A discovered body right after a demonym ("Sudanese" + "Armed Forces") is named with it: the
 * "Sudanese Armed Forces" are one body, not Sudan.
 */
function withDemonym(d: DiscoveredName, gaz: readonly GazetteerMatch[], toks: readonly Token[], sentence: Sentence): DiscoveredName {
  if (d.kind !== 'organization' && d.kind !== 'military') return d;
  const g = gaz.find((x) => x.via === 'demonym' && toks[x.tokenEnd]?.start === d.start && toks[x.tokenEnd - 1].end === d.start - 1);
  if (!g) return d;
  const start = toks[g.tokenStart].start;
  const name = sentence.text.slice(start - sentence.start, d.end - sentence.start);
  return { ...d, id: slugify(name), name, start };
}

/**
 * The one full name "<First> <surname>" the document writes for a surname found alone, or
 * undefined when there is none or several; titles, honorifics and gazetteer names are not first names.
 */
function fullNameIn(text: string, surname: string, roles: RoleIndex, matcher: Matcher): string | undefined {
  const firsts = new Set<string>();
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}.])(\\p{Lu}[\\p{Ll}’'-]+)\\s+${escaped}(?![\\p{L}])`, 'gu'))) {
    const norm = tokenize(m[1])[0]?.norm ?? '';
    // A capital at a sentence or paragraph start is no sign of a name ("Later Donfried said").
    const opensSentence = /(?:^|[.!?:"“”]\s*|\n\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    // Nor is a word the gazetteer knows ("Palestinian Hamas", "Kremlin Donfried").
    const known = matchGazetteer(tokenize(m[1]), matcher).length > 0;
    if (!opensSentence && !known && !roles.words.has(norm) && !isTitleWord(norm)) firsts.add(m[1]);
  }
  return firsts.size === 1 ? `${[...firsts][0]} ${surname}` : undefined;
}

/** "Bob Smith" / "Robert Smith": the same surname and first names that are forms of each other. */
function sameByNickname(a: string, b: string): boolean {
  const [fa, ...ra] = a.split(' ');
  const [fb, ...rb] = b.split(' ');
  return ra.join(' ') === rb.join(' ') && fa !== fb && firstNameForms(fa).includes(fb.toLowerCase());
}

/**
 * Acronyms the document defines ("the Rapid Support Forces (RSF)"): the acronym becomes a name of
 * the gazetteer actor or the discovered one with the full name, or of a new provisional body; a
 * provisional actor discovered under the bare acronym is dropped (it is the same body).
 * Returns name records for the document's matcher of discovered names.
 */
function adoptAcronyms(text: string, matcher: Matcher, found: Map<string, Actor>): Actor[] {
  const extra: Actor[] = [];
  for (const d of definedAcronyms(text)) {
    const toks = tokenize(d.name);
    const whole = matchGazetteer(toks, matcher).find((g) => g.tokenEnd === toks.length && (g.tokenStart === 0 || (g.tokenStart === 1 && toks[0].norm === 'the')));
    const known = whole && matcher.actors.get(whole.actorId);
    const acronymId = slugify(d.acronym);
    if (found.get(acronymId)?.name === d.acronym) found.delete(acronymId);
    if (known) {
      extra.push({ id: known.id, name: d.acronym, kind: known.kind, aliases: [], provisional: true });
      continue;
    }
    const id = slugify(d.name);
    const own = found.get(id);
    if (own) own.aliases = [...own.aliases, d.acronym];
    else if (id) found.set(id, { id, name: d.name, kind: ARMED.test(d.name) ? 'military' : 'organization', aliases: [d.acronym], provisional: true });
  }
  return extra;
}

/** Discovers unknown names in cue sentences, within the character budget. */
function discover(sentences: readonly Sentence[], tokens: readonly Token[][], cfg: AnalysisConfig): Map<string, Actor> {
  const found = new Map<string, Actor>();
  let budget = cfg.nlpBudgetChars;
  sentences.forEach((s, k) => {
    const toks = tokens[k];
    const gaz = matchGazetteer(toks, cfg.matcher);
    const ends = new Set(gaz.map((g) => g.tokenEnd - 1));
    if (!findCues(toks, ends, new Set()).length) return;
    if (!needsDiscovery(toks, gaz, cfg.roles) || s.text.length > budget) return;
    budget -= s.text.length;
    for (const found0 of discoverNames(s.text, s.start, cfg.roles)) {
      const d = withDemonym(found0, gaz, toks, s);
      const overlapping = gaz.filter((g) => toks[g.tokenStart].start < d.end && d.start < toks[g.tokenEnd - 1].end);
      // "Sudanese Armed Forces": a body named after its state is a body of that state, not the state.
      const nation = overlapping.length === 1 && isNationalBody(overlapping[0], toks, d) ? overlapping[0] : undefined;
      if ((overlapping.length && !nation) || cfg.matcher.actors.has(d.id) || found.has(d.id) || isTitleOnly(d.name, cfg.roles)) continue;
      found.set(d.id, { id: d.id, name: d.name, kind: d.kind, aliases: [], provisional: true, ...(nation ? { affiliation: nation.actorId } : {}) });
    }
  });
  // "Bob Smith" and "Robert Smith": one person (the first named keeps the id).
  const people = [...found.values()].filter((a) => a.kind === 'person' && a.name.includes(' '));
  for (const [k, a] of people.entries()) {
    if (people.slice(0, k).some((b) => found.has(b.id) && sameByNickname(a.name, b.name))) found.delete(a.id);
  }
  // "Putin" after "Vladimir Putin": one actor.
  for (const [id, a] of found) {
    if (a.kind !== 'person' || a.name.includes(' ')) continue;
    const full = [...found.values()].filter((b) => b.kind === 'person' && b.id !== id && b.name.endsWith(` ${a.name}`));
    if (full.length === 1) found.delete(id);
  }
  return found;
}

/** Analyses a document sentence by sentence (discovery of unknown names first, over the whole text). */
export function analyzeDocument(text: string, cfg: AnalysisConfig): DocumentAnalysis {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(text, s.start, s.end));
  const provisional = cfg.discoverUnknown ? discover(sentences, tokens, cfg) : new Map<string, Actor>();
  const acronymNames = adoptAcronyms(text, cfg.matcher, provisional);
  const discoveredMatcher = (): Matcher | undefined =>
    provisional.size || acronymNames.length ? buildMatcher([], [...provisional.values(), ...acronymNames]) : undefined;
  const actors = new DocumentActors(cfg.matcher.actors, provisional);
  const ctx: MentionContext = { matcher: cfg.matcher, roles: cfg.roles, actors, discovered: discoveredMatcher() };
  const isPerson = (id: string): boolean => actors.get(id)?.kind === 'person';
  /**
   * Coreference of "he"/"she" across sentences: the people the last sentence naming anyone named,
   * within the paragraph only; with two or more of them the pronoun is ambiguous and stays unresolved.
   */
  let lastPeople = new Set<string>();
  let paragraph = -1;
  const out: SentenceAnalysis[] = sentences.map((sentence, k) => {
    const toks = tokens[k];
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      lastPeople = new Set();
    }
    const lastPerson = lastPeople.size === 1 ? [...lastPeople][0] : undefined;
    const found = findMentions(toks, text, ctx);
    let learned = false;
    for (const a of found.discovered) {
      const known = actors.get(a.id);
      // New names, or a provisional name that a title has just affiliated.
      if (!known || (known.provisional && !known.affiliation && a.affiliation)) {
        actors.set(a.id, a);
        provisional.set(a.id, a);
        learned = true;
      }
    }
    // Later sentences may name them again ("Faisal Alnami ... Alnami said").
    if (learned) ctx.discovered = discoveredMatcher();
    found.mentions = found.mentions.map((m) => withOfficeTitle(m, toks, text, actors, cfg.roles, found.mentions));
    const speech = findSpeech(toks, found.mentions);
    const pron = resolvePronouns(toks, found.mentions, speech, isPerson, lastPerson);
    const mentions = [...found.mentions, ...pron.mentions].sort((a, b) => a.tokenStart - b.tokenStart);
    const named = new Set(mentions.filter((m) => isPerson(m.actorId) && m.via !== 'pronoun').map((m) => m.actorId));
    if (named.size) lastPeople = named;
    const ends = new Map<number, number>();
    for (const m of mentions) ends.set(m.tokenStart, bracketedAcronymEnd(toks, phraseEnd(toks, m)));
    const endSet = new Set([...ends.values()].map((e) => e - 1));
    const demonymEnds = new Set(mentions.filter((m) => m.via === 'demonym').map((m) => m.tokenEnd - 1));
    const cues = dropCuesInsideMentions(findCues(toks, endSet, demonymEnds), found.mentions);
    const quoteMarks = new Set(speech.flatMap((s) => [s.open, s.close]));
    const inside = new Set<number>();
    for (const m of found.mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) inside.add(i);
    const clauses = segmentClauses(toks, quoteMarks, { npEndAt: (i) => ends.get(i) ?? -1, endsNp: (i) => endSet.has(i), inNp: (i) => inside.has(i) });
    return { sentence, tokens: toks, mentions, pending: pron.pending, cues, speech, clauses, anaphors: findAnaphors(toks) };
  });
  mergeSurnames(text, cfg.roles, cfg.matcher, out, actors, provisional);
  return { sentences: out, actors, provisional };
}

/**
 * A one-word provisional name that is the surname of one provisional person is that person; one
 * whose full name the document writes only elsewhere takes that name.
 */
function mergeSurnames(text: string, roles: RoleIndex, matcher: Matcher, sentences: SentenceAnalysis[], actors: DocumentActors, provisional: Map<string, Actor>): void {
  const people = [...provisional.values()].filter((a) => a.kind === 'person' && a.name.includes(' '));
  const remap = new Map<string, string>();
  for (const a of [...provisional.values()]) {
    if (a.name.includes(' ')) continue;
    const owners = people.filter((p) => p.name.endsWith(` ${a.name}`));
    if (owners.length === 1) {
      remap.set(a.id, owners[0].id);
      continue;
    }
    // "Donfried" with a relation, "Karen Donfried" in a sentence without one: the full name.
    const full = !owners.length && a.kind === 'person' ? fullNameIn(text, a.name, roles, matcher) : undefined;
    const id = full && slugify(full);
    if (!full || !id || actors.has(id)) continue;
    const renamed: Actor = { ...a, id, name: full };
    actors.set(id, renamed);
    provisional.set(id, renamed);
    remap.set(a.id, id);
  }
  if (!remap.size) return;
  for (const s of sentences) {
    s.mentions = s.mentions.map((m) => (remap.has(m.actorId) ? { ...m, actorId: remap.get(m.actorId)! } : m));
    s.pending = s.pending.map((p) => (remap.has(p.speaker) ? { ...p, speaker: remap.get(p.speaker)! } : p));
  }
  for (const id of remap.keys()) {
    actors.delete(id);
    provisional.delete(id);
  }
}
