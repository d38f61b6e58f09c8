/**
 * Finds the cue phrases of cues.ts in a sentence, by lemma, and decides for words that can be a
 * noun or a verb ("strikes", "talks", "pressure") which one they are here, and whether a verb is
 * passive ("was shot down by").
 */
import { CUE_IDIOMS } from './lexicon/idioms';
import type { RelationType } from '../domain/types';
import { ALL_POSSESSIVE_PRONOUNS, CANCELLING_NEXT, CUE_TABLE, DETERMINERS, EVENT_BOUND_CUES, JOB_CUES, VISIT_HOSTS, MILITARY_NOUNS, NOUN_COMPOUNDS, POSTURE_CUES, PREPOSITIONS, VERBAL_HOSTILITY } from './cues';
import { isPastParticiple, isVerbInflection, lemmas } from './lemma';
import { CREDITED_ACHIEVEMENTS, creditedAt } from './lexicon/credited-achievements';
import { CHAIRING_VERBS } from './lexicon/mediation-constructions';
import { JOURNEY_CUES, JOURNEY_WINDOW, TRAVEL_FORMS } from './lexicon/news-contacts';
import { ACCOUNT_CUES, ACCOUNT_WINDOW, ACCOUNT_WORDS, ATROCITY_WORDS, DESIGNATION_CUES, FINDING_CUES, FINDING_WINDOW, hostileLabelWithin, LABEL_WINDOW, NAMING_CUES } from './lexicon/news-hostility';
import { hostilePredicate, predicateStart } from './naming-call';
import { isMonthMay, tokenize } from './tokens';
import { WEEKDAYS } from './lexicon/calendar';
import type { CueMatch, CuePos, Token } from './types';
import { HYPHENS } from './normalize';

interface CueEntry {
  type: RelationType;
  phrase: string;
  words: string[];
  pos: CuePos;
  mutual: boolean;
  strong: boolean;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gotten', "'s", "'re"]);
const VERB_BEFORE = new Set([
  'to', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'do',
  'does', 'has', 'have', 'had', 'he', 'she', 'they', 'we', 'i', 'it', 'who', 'which', 'not', 'never',
]);
const SKIP_BEFORE = new Set(['also', 'not', 'never', 'still', 'already', 'now', 'just', 'then', 'again', 'soon', 'even', 'yet', 'ever', 'later', 'once', 'first']);
/** -ing words used as prepositions: "according to" is not "accord". */
const PREP_ING = new Set(['according', 'including', 'following', 'regarding', 'concerning', 'involving', 'excluding', 'pending', 'considering', 'during', 'notwithstanding']);

function buildIndex(): Map<string, CueEntry[]> {
  const index = new Map<string, CueEntry[]>();
  for (const [type, group] of Object.entries(CUE_TABLE) as [RelationType, (typeof CUE_TABLE)[RelationType]][]) {
    const mutual = new Set(group.mutual ?? []);
    const strong = new Set(group.strong ?? []);
    const add = (phrase: string, pos: CuePos): void => {
      const words = tokenize(phrase)
        .filter((t) => t.kind !== 'punct')
        .map((t) => t.norm);
      const entry: CueEntry = { type, phrase, words, pos, mutual: mutual.has(phrase), strong: strong.has(phrase) };
      index.set(words[0], [...(index.get(words[0]) ?? []), entry]);
    };
    for (const v of group.verbs) add(v, 'verb');
    for (const n of group.nouns) add(n, 'noun');
  }
  return index;
}

const INDEX = buildIndex();

const CREDITED: ReadonlySet<string> = new Set(CREDITED_ACHIEVEMENTS);
const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAYS);
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor']);

/**
 * Rule `verbObjectPrep` (READING_RULES), rule `describedObjectPrep`: the most words of a hostile
 * verb's object before the preposition of its phrase — the article, the noun and two words that
 * describe it ("launched an unprecedented air attack against X", "fired a new ballistic missile
 * toward Y"); one describing word ("launched a ballistic missile toward Japan") was the old limit.
 */
const OBJECT_BEFORE_PREP_MAX = 4;

/**
 * End index of the phrase matched from token i, or -1. Up to two modifier words may intervene
 * ("held high-level consultations with"), except before the preposition of a noun cue: "envoy to"
 * is not "envoy flew to".
 */
function matchPhrase(tokens: readonly Token[], i: number, words: readonly string[], pos: CuePos, hostile: boolean): number {
  let j = i + 1;
  let gaps = 0;
  for (let k = 1; k < words.length; k++) {
    for (;;) {
      const t = tokens[j];
      if (!t) return -1;
      if (HYPHENS.has(t.text)) {
        j++;
        continue;
      }
      if (t.kind === 'word' && lemmas(t.norm).includes(words[k])) break;
      // Rule `verbObjectPrep`: a hostile verb's object may stand before the preposition of its phrase,
      // with its article ("launched a ballistic missile toward Japan", "fired a rocket at Israel").
      const objectPrep = hostile && pos === 'verb' && PREPOSITIONS.has(words[k]);
      const objectBeforePrep = objectPrep && DETERMINERS.has(t.norm) && t.norm !== 'that' && t.norm !== 'this';
      // Rule `datedContact` (READING_RULES): a weekday inside a verb's phrase dates it, as wire copy writes it ("spoke Tuesday with", "met Monday with").
      const weekday = pos === 'verb' && t.cap && WEEKDAY_WORDS.has(t.norm);
      // Rule `conjunctionGap`: a conjunction joins two phrases, it modifies none ("international partners and with X" is no "partner with").
      const modifier = t.kind === 'word' && !PREPOSITIONS.has(t.norm) && !CONJUNCTIONS.has(t.norm) && (!DETERMINERS.has(t.norm) || objectBeforePrep) && (!t.cap || weekday);
      if (!modifier || ++gaps > (objectPrep ? OBJECT_BEFORE_PREP_MAX : 2) || (pos === 'noun' && PREPOSITIONS.has(words[k]))) return -1;
      j++;
    }
    j++;
  }
  return j;
}

function prevIndex(tokens: readonly Token[], i: number): number {
  let p = i - 1;
  while (p >= 0 && tokens[p].kind === 'word' && (SKIP_BEFORE.has(tokens[p].norm) || /ly$/.test(tokens[p].norm))) p--;
  return p;
}

/** Endings of adjectives ("brutal", "unprovoked", "indiscriminate", "massive"), not of nouns like "minister". */
const ADJECTIVE_ENDING = /(?:al|ful|ous|ive|ed|ic|ent|ant|less|able|ible|ary|ate|ish)$/;
/** Most adjectives between a determiner and the word it makes a noun ("its brutal, unprovoked assault"). */
const ADJECTIVES_MAX = 3;


/**
 * Rule `possessiveSubjectHead` (issue #12, branch opp20): nouns with an adjective's ending that head
 * a possessive subject ("Iraq's parliament impeached X", "Ghana's government accused Y", "Myanmar's
 * military seized power", "the country's president dismissed Z"): the verb after them is a verb, not
 * a noun after adjectives. Data: nouns of bodies, offices and sides that news writes after a
 * state's possessive, with the endings of ADJECTIVE_ENDING (-ent, -ant, -ary, -ate, -al, -ive).
 */
const SUBJECT_HEAD_NOUNS: ReadonlySet<string> = new Set(
  ('government parliament president department movement establishment military secretary adversary senate candidate ' +
    'delegate magistrate tribunal general official representative executive militant opponent agent ' +
    'prosecutor prosecutors judiciary legislature').split(' '),
);

/** Whether adjectives and then a possessive ("its", "Hamas's") stand right before token i. */
function afterDeterminerAndAdjectives(tokens: readonly Token[], i: number): boolean {
  let p = i - 1;
  let words = 0;
  // Rule `possessiveSubjectHead`: "Iraq's parliament impeached": the word before the verb heads its subject.
  if (SUBJECT_HEAD_NOUNS.has(tokens[p]?.norm ?? '')) return false;
  while (p >= 0 && words < ADJECTIVES_MAX && ((tokens[p].kind === 'word' && ADJECTIVE_ENDING.test(tokens[p].norm)) || tokens[p].text === ',')) {
    if (tokens[p].kind === 'word') words++;
    p--;
  }
  return words > 0 && p >= 0 && (ALL_POSSESSIVE_PRONOUNS.has(tokens[p].norm) || tokens[p].kind === 'possessive');
}

/** Time conjunctions after a noun phrase ("U.S. sanctions since 2011"): a verb is not followed by them. */
const CLOSING_TIME: ReadonlySet<string> = new Set(['since', 'until']);

/** Noun or verb reading of a word that the table lists as both. */
function decidePos(tokens: readonly Token[], i: number, mentionEnds: ReadonlySet<number>, demonymEnds: ReadonlySet<number>, nounAsWritten: boolean): CuePos {
  const p = prevIndex(tokens, i);
  const prev = tokens[p];
  const next = tokens[i + 1];
  if (!prev) return isVerbInflection(tokens[i].norm) && !nounAsWritten ? 'verb' : 'noun';
  if (prev.kind === 'possessive' || DETERMINERS.has(prev.norm) || /^\d/.test(prev.norm)) return 'noun';
  // Rule `listedNoun`: "…, including calls this weekend with X": what "including" lists is a noun
  // (a gerund after it stays a verb: "including calling X").
  if (prev.norm === 'including' && !/ing$/.test(tokens[i].norm)) return 'noun';
  if ((VERB_BEFORE.has(prev.norm) && !isMonthMay(tokens, p)) || BE.has(prev.norm)) return 'verb';
  // "in fighting ISIS", "for attacking Israel": a gerund after a preposition with a name as its object is a verb.
  if (PREPOSITIONS.has(prev.norm)) return /ing$/.test(tokens[i].norm) && next?.kind === 'word' && next.cap ? 'verb' : 'noun';
  if (demonymEnds.has(p)) return 'noun';
  // "under EU sanctions.", "faces U.S. sanctions, and": with nothing after it, the word closes a noun phrase.
  // Rule `receivingSubject`: "under U.S. sanctions since 2011": a time conjunction closes the noun phrase too.
  // Rule `pastAfterName`: "Hamas attacked in October", "which Israel struck on Monday": a past form is no noun.
  // Not before "by": "supports Ukraine attacked by Russia" is a participle on the name, whose
  // patient the clause's subject is not; it keeps the reading below.
  if (mentionEnds.has(p) && isPastForm(tokens[i].norm) && next?.norm !== 'by') return 'verb';
  if (mentionEnds.has(p)) return !next || next.kind === 'punct' || (PREPOSITIONS.has(next.norm) && next.norm !== 'with') || CLOSING_TIME.has(next.norm) ? 'noun' : 'verb';
  // A name, then the word, then a name or an article: "Peru strikes Chile".
  if (prev.cap && next && (next.cap || DETERMINERS.has(next.norm))) return 'verb';
  // Rule `ofGerundNoun`: "the arrest and sentencing of X", "detention and killing of Y": an -ing word
  // whose object follows with "of" is a noun (a verb takes its object bare), also without its article.
  if (/ing$/.test(tokens[i].norm) && next?.norm === 'of') return 'noun';
  // "a multilateral meeting", "the downing": an -ing noun listed as such stays a noun.
  return isVerbInflection(tokens[i].norm) && !nounAsWritten ? 'verb' : 'noun';
}

/**
 * Rule `chairedTalks`: the verbs of chairing, cues only as a participle with its agent ("talks
 * chaired by C"); "presides over talks between A and B" is no meeting of the one presiding.
 */
const CHAIRING_CUES: ReadonlySet<string> = new Set(CHAIRING_VERBS.filter((v) => v !== 'preside over'));

/**
 * Rule `agentParticiple`: a past form of a mediation cue that is a noun too ("hosted", "brokered")
 * with "by" right after it is the passive participle naming the go-between of the talks before it
 * ("talks between A and B hosted by C"), never the noun ("host", "broker"), also right after a
 * name, where decidePos keeps the noun for a hostile participle ("Ukraine attacked by Russia").
 */
function agentParticiple(tokens: readonly Token[], i: number, here: readonly CueReading[]): boolean {
  return tokens[i + 1]?.norm === 'by' && isPastForm(tokens[i].norm) && here.some((f) => f.e.pos === 'verb' && f.e.type === 'mediates' && f.end === i + 1);
}

/** A past form that no noun shares ("attacked", "struck", "met"; not "hit" or "cut", which are nouns too). */
function isPastForm(word: string): boolean {
  return isVerbInflection(word) && !/ing$/.test(word) && lemmas(word).length > 1;
}

/**
 * Rule `attributiveParticiple`: "the release of wrongfully detained Americans", "help for the
 * recently attacked ships": a past participle after a preposition or determiner (over adverbs in
 * -ly) and before the noun it describes is an adjective; nobody in the sentence did the act.
 */
function attributiveParticiple(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!isPastParticiple(tokens[i].norm) || !next || next.kind !== 'word' || PREPOSITIONS.has(next.norm) || DETERMINERS.has(next.norm)) return false;
  let p = i - 1;
  while (p >= 0 && tokens[p].kind === 'word' && /ly$/.test(tokens[p].norm) && !tokens[p].cap) p--;
  const prev = tokens[p];
  if (!prev || prev.kind !== 'word') return false;
  // "to meet deposed leader X", "to visit jailed activists": after the verb of an infinitive (not an auxiliary: "to have killed").
  const infinitiveVerb = tokens[p - 1]?.norm === 'to' && !prev.cap && !PREPOSITIONS.has(prev.norm) && !DETERMINERS.has(prev.norm) && !INFINITIVE_AUXILIARIES.has(prev.norm);
  return infinitiveVerb || DETERMINERS.has(prev.norm) || (PREPOSITIONS.has(prev.norm) && prev.norm !== 'to' && prev.norm !== 'by');
}

/**
 * Rule `surroundingPlace`: "the Red Sea and surrounding waterways", "the surrounding areas":
 * "surrounding" right before a lower-case noun is the adjective of a place (WordNet surrounding.s.01,
 * "closely encircling"), no act of surrounding anyone; the verb takes an object with its article or
 * a name ("troops surrounding the city", "surrounding Kyiv").
 */
function surroundingPlace(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i].norm === 'surrounding' && !!next && next.kind === 'word' && !next.cap && !DETERMINERS.has(next.norm) && !PREPOSITIONS.has(next.norm);
}

/** Most words of the condemned act's noun phrase between its article and the participle ("the drone and missile attack launched"). */
const CONDEMNED_PHRASE_MAX = 4;

/** Most words between a participle and the "by" naming its doer ("launched on Monday by X"). */
const DOER_WINDOW = 3;

/** Whether "by" follows the participle at `i` within a few words, before any punctuation: the participle's doer is named. */
function doerNamedAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 1 + DOER_WINDOW && tokens[k].kind === 'word'; k++) if (tokens[k].norm === 'by') return true;
  return false;
}

/**
 * Rule `condemnedActParticiple`: "condemns the drone attack launched against X", "denounced the
 * missiles fired at Y": a past participle right after the noun phrase a verb of condemnation takes
 * as its object describes the condemned act (a reduced passive relative); the condemner did not do
 * it, and no doer is named unless "by" follows the participle (then the participle keeps its reading).
 */
function condemnedActParticiple(tokens: readonly Token[], i: number): boolean {
  if (!isPastParticiple(tokens[i].norm) || doerNamedAfter(tokens, i)) return false;
  let p = i - 1;
  // A conjunction right before it coordinates a verb of its own ("condemned the attacks and fired back at Y").
  if (['and', 'or', 'but'].includes(tokens[p]?.norm ?? '')) return false;
  while (p >= 0 && i - 1 - p < CONDEMNED_PHRASE_MAX && tokens[p].kind === 'word' && !tokens[p].cap && !DETERMINERS.has(tokens[p].norm) && !PREPOSITIONS.has(tokens[p].norm)) p--;
  if (p === i - 1 || !tokens[p] || !DETERMINERS.has(tokens[p].norm)) return false;
  const verb = tokens[p - 1];
  return !!verb && verb.kind === 'word' && lemmas(verb.norm).some((l) => VERBAL_HOSTILITY.has(l));
}

/** Auxiliaries an infinitive's participle follows as a verb ("to have killed", "to be attacked"). */
const INFINITIVE_AUXILIARIES: ReadonlySet<string> = new Set(['have', 'be', 'get', 'become', 'remain', 'stay', 'feel', 'seem', 'appear']);

/**
 * Rule `demonymNoun`: a demonym right before a word of the verb table describes a noun ("the euro,
 * British pound and …", "a Turkish strike"): a demonym is no subject, except a people with "the"
 * acting on an object ("the British attacked the convoy").
 */
function demonymNoun(tokens: readonly Token[], i: number, demonymEnds: ReadonlySet<number>): boolean {
  const p = prevIndex(tokens, i);
  if (!demonymEnds.has(p)) return false;
  const people = tokens[p - 1]?.norm === 'the';
  const next = tokens[i + 1];
  const object = !!next && next.kind === 'word' && (next.cap || DETERMINERS.has(next.norm));
  return !(people && object);
}

/** Most lower-case words between "a"/"an" and a noun of a compound ("a roadside bomb blast"). */
const COMPOUND_WORDS_MAX = 2;

/**
 * Rule `indefiniteCompound`: a word in its base form after "a"/"an" and lower-case words ("a roadside
 * bomb blast", "an army attack") is inside that noun phrase: a noun, not a verb (a verb after a
 * subject with "a" agrees: "a soldier attacks").
 */
function indefiniteCompound(tokens: readonly Token[], i: number): boolean {
  if (isVerbInflection(tokens[i].norm)) return false;
  for (let p = i - 1, words = 0; p >= 0 && words <= COMPOUND_WORDS_MAX; p--, words++) {
    const t = tokens[p];
    if (t.kind !== 'word' || t.cap) return false;
    if (t.norm === 'a' || t.norm === 'an') return words > 0;
    if (PREPOSITIONS.has(t.norm) || DETERMINERS.has(t.norm) || BE.has(t.norm) || isVerbInflection(t.norm)) return false;
  }
  return false;
}

function isPassive(tokens: readonly Token[], i: number, end: number): boolean {
  // "co-chaired by": a hyphened verb's participle is its last word.
  if (HYPHENS.has(tokens[i + 1]?.text ?? '') && end === i + 3 && isPastParticiple(tokens[i + 2].norm)) return tokens[end]?.norm === 'by' || BE.has(tokens[prevIndex(tokens, i)]?.norm ?? '');
  if (!isPastParticiple(tokens[i].norm)) return false;
  const p = prevIndex(tokens, i);
  if (p >= 0 && BE.has(tokens[p].norm)) return true;
  return tokens[end]?.norm === 'by';
}

/** A phrase of the cue table read at tokens [start, end), before any reading is chosen. */
interface CueReading {
  e: CueEntry;
  start: number;
  end: number;
}

/**
 * Every phrase of the cue table a sentence's tokens can be read as, by start and then longest
 * first: what the tokens alone decide. Analysis asks for a sentence's cues twice (discovery's
 * gate, then with the mentions' ends): reading the phrases once serves both.
 */
export type CueReadings = readonly CueReading[];

export function readCues(tokens: readonly Token[]): CueReadings {
  const found: CueReading[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.norm.length > 40 || PREP_ING.has(t.norm)) continue;
    for (const l of lemmas(t.norm)) {
      for (const e of INDEX.get(l) ?? []) {
        // "reaching this deal" mediates only when credited to someone ("their leadership in reaching this deal").
        if (CREDITED.has(e.phrase) && !creditedAt(tokens, i)) continue;
        const end = e.words.length === 1 ? i + 1 : matchPhrase(tokens, i, e.words, e.pos, e.type === 'opposes');
        if (end > i) found.push({ e, start: i, end });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Cues of a sentence, longest first and not overlapping. `mentionEnds` / `demonymEnds` are token
 * indexes where a mention (an adjectival one) ends; they tell "Israel strikes" from "Israeli strikes".
 * `found` is `readCues(tokens)`, when the caller has it already.
 */
export function findCues(tokens: readonly Token[], mentionEnds: ReadonlySet<number>, demonymEnds: ReadonlySet<number>, found: CueReadings = readCues(tokens)): CueMatch[] {
  const out: CueMatch[] = [];
  let taken = -1;
  for (let k = 0; k < found.length; k++) {
    const { start } = found[k];
    if (start < taken || (k > 0 && found[k - 1].start === start)) continue;
    // All readings starting here: choose noun or verb, then the longest phrase of that reading.
    const here = found.filter((f) => f.start === start);
    const hasVerb = here.some((f) => f.e.pos === 'verb');
    const hasNoun = here.some((f) => f.e.pos === 'noun');
    let pos: CuePos = hasVerb ? 'verb' : 'noun';
    const asWritten = here.some((f) => f.e.pos === 'noun' && f.e.words[0] === tokens[start].norm);
    // Rule `attributiveParticiple` for a cue both noun and verb: "the disputed re-election of X" is
    // the verb's participle describing a noun, not the noun "dispute" (session 18, branch prec18).
    if (hasVerb && hasNoun && !asWritten && attributiveParticiple(tokens, start)) continue;
    if (hasVerb && hasNoun) pos = agentParticiple(tokens, start, here) ? 'verb' : decidePos(tokens, start, mentionEnds, demonymEnds, asWritten);
    else if (pos === 'verb' && here.every((f) => f.end === start + 1)) {
      // A verb-only cue right after an article or another verb is a noun here ("struck targets").
      const prev = tokens[prevIndex(tokens, start)];
      // Rule `perfectParticiple`: "having met in Washington", "having attacked the convoy": "having" is the auxiliary of a verb, no verb the cue is the object of.
      // Rule `agentParticiple`: "a meeting chaired by C": a noun in -ing before a mediation participle is no verb it is the object of.
      if (prev && (DETERMINERS.has(prev.norm) || prev.kind === 'possessive' || (isVerbInflection(prev.norm) && !BE.has(prev.norm) && prev.norm !== 'having' && !prev.cap && !agentParticiple(tokens, start, here)))) continue;
      // "its brutal assault", "their unprovoked invasion": adjectives after a determiner, so a noun.
      if (afterDeterminerAndAdjectives(tokens, start)) continue;
      if (attributiveParticiple(tokens, start) || surroundingPlace(tokens, start)) continue;
      // Rule `ofGerundNoun`: "the arrest and sentencing of X": a verb's -ing form with "of" after it is a noun.
      if (/ing$/.test(tokens[start].norm) && tokens[start + 1]?.norm === 'of') continue;
      if (demonymNoun(tokens, start, demonymEnds) || indefiniteCompound(tokens, start)) continue;
    } else if (pos === 'noun') {
      // A noun-only cue used as a verb ("to deal with") is not this cue.
      const prev = tokens[prevIndex(tokens, start)];
      if (prev && (prev.norm === 'to' || VERB_BEFORE.has(prev.norm)) && !DETERMINERS.has(prev.norm) && !asWritten) continue;
    }
    if (pos === 'verb' && condemnedActParticiple(tokens, start)) continue;
    const pick = here.find((f) => f.e.pos === pos)!;
    const end = pick.end;
    out.push({
      type: pick.e.type,
      phrase: pick.e.phrase,
      pos,
      tokenStart: start,
      tokenEnd: end,
      passive: pos === 'verb' && isPassive(tokens, start, end),
      mutual: pick.e.mutual,
      strong: pick.e.strong,
    });
    taken = end;
  }
  return out.filter((c) => {
    // Rule `cueIdiom` (lexicon/idioms.ts): "into harm's way" names danger, no act of harm.
    if (CUE_IDIOMS.some((words) => words.every((w, j) => tokens[c.tokenStart + j]?.norm === w))) return false;
    // A verb's particle or object ("called off", "called it") makes it another verb; a noun is
    // another only before a preposition ("calls for restraint"), not before "this weekend" (rule listedNoun).
    const next = tokens[c.tokenEnd]?.norm ?? '';
    if (CANCELLING_NEXT[c.phrase]?.includes(next) && (c.pos === 'verb' || (PREPOSITIONS.has(next) && next !== 'to'))) return false;
    // Rule `namingCall`: "called X a war criminal" names X, no phone call; rule `namingVerbs`: a
    // hostile label as the predicate ("called X a terrorist", "described X as a terrorist state") opposes X.
    if ((c.phrase === 'call' || NAMING_CUES.has(c.phrase)) && c.pos === 'verb') {
      const p = predicateStart(tokens, c.tokenEnd - 1, c.passive);
      if (p !== undefined && hostilePredicate(tokens, p)) c.type = 'opposes';
      else if (p !== undefined || c.phrase !== 'call') return false;
    }
    if (c.pos === 'noun' && NOUN_COMPOUNDS[c.phrase]?.includes(next)) return false;
    // "hosted talks", "talks hosted by", "talks between X and Y were hosted by": a host cue needs talks next to it, or as its passive subject.
    if (EVENT_BOUND_CUES.has(c.phrase)) {
      // Rule `chairedTalks`: only "talks … chaired by C"; one who chairs a meeting is at it ("chaired a meeting with A and B"), and "C chaired talks between A and B" is rule settlementBroker's.
      if (CHAIRING_CUES.has(c.phrase) && !c.passive) return false;
      // Rule `hostedVisit`: "X hosted Y in Moscow", "Y was hosted by X": a host with a visitor named right after it met them.
      if (VISIT_HOSTS.has(c.phrase) && c.pos === 'verb' && visitorNext(tokens, c)) return true;
      return out.some(
        (n) =>
          n.type === 'negotiates' &&
          n.pos === 'noun' &&
          ((n.tokenStart >= c.tokenEnd && n.tokenStart <= c.tokenEnd + 5) || (n.tokenEnd <= c.tokenStart && (n.tokenEnd >= c.tokenStart - 2 || c.passive))),
      );
    }
    // "designated X as a terrorist organization": a verb of naming opposes only with a hostile label.
    if (DESIGNATION_CUES.has(c.phrase)) return hostileLabelWithin(tokens, c.tokenEnd, LABEL_WINDOW);
    // Rule `travelToSee`: "flew to Kyiv to see Zelensky": "see" is a meeting only as a journey's purpose.
    if (JOURNEY_CUES.has(c.phrase)) return c.pos === 'verb' && journeyBefore(tokens, c.tokenStart);
    // Rule `jobFacilitator`: "a facilitator and planner", "facilitator for the group" is a job, not a go-between.
    if (JOB_CUES.has(c.phrase)) return !heldAsJob(tokens, c, out);
    // Rule `heldAccountable`: "hold X accountable" opposes only with the word of account in the same sentence part.
    if (ACCOUNT_CUES.has(c.phrase)) return c.pos === 'verb' && accountAfter(tokens, c.tokenEnd);
    // "determined that X committed war crimes": a verb of finding opposes only when an atrocity is found.
    if (FINDING_CUES.has(c.phrase)) return c.pos === 'verb' && tokens.slice(c.tokenEnd, c.tokenEnd + FINDING_WINDOW).some((t) => ATROCITY_WORDS.has(t.norm));
    // "deployed troops", "Russian forces massed": a verb of moving is a military move only with arms named.
    if (c.pos === 'verb' && POSTURE_CUES.has(c.phrase)) return militaryNear(tokens, c.tokenStart, c.tokenEnd);
    return true;
  });
}

/** Rule `travelToSee`: "to" right before the cue and a verb of a journey shortly before it, in the same sentence part. */
function journeyBefore(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.norm !== 'to') return false;
  for (let i = at - 2; i >= 0 && i >= at - 1 - JOURNEY_WINDOW; i--) {
    const t = tokens[i];
    if (t.kind === 'punct' && t.text !== ',' && !HYPHENS.has(t.text)) return false;
    if (t.kind === 'word' && !t.cap && TRAVEL_FORMS.has(t.norm)) return true;
  }
  return false;
}

/** Rule `hostedVisit`: a capitalised name (or "by" and a name, in the passive) right after a host verb. */
function visitorNext(tokens: readonly Token[], c: CueMatch): boolean {
  // "the Uzbekistan-hosted Tashkent Conference": a participle joined to its agent modifies a noun.
  if (HYPHENS.has(tokens[c.tokenStart - 1]?.text ?? '')) return false;
  let i = c.tokenEnd;
  if (c.passive) {
    // "Sybiha was hosted by Lavrov": the visitor named right before the auxiliary (not "…, that was hosted by").
    const aux = prevIndex(tokens, c.tokenStart);
    if (!BE.has(tokens[aux]?.norm ?? '') || !tokens[aux - 1]?.cap || tokens[aux - 1].kind !== 'word') return false;
    if (tokens[i]?.norm === 'by') i++;
  }
  if (tokens[i] && DETERMINERS.has(tokens[i].norm) && tokens[i].norm !== 'a' && tokens[i].norm !== 'an') i++;
  return !!tokens[i] && tokens[i].kind === 'word' && tokens[i].cap;
}

/** Most tokens between "facilitator for/of" and the talks it serves ("the facilitator of the next round of talks"). */
const JOB_TALKS_WINDOW = 5;

/** Rule `jobFacilitator`: whether a job-like mediation noun is a job held here (JOB_CUES). */
function heldAsJob(tokens: readonly Token[], c: CueMatch, cues: readonly CueMatch[]): boolean {
  const prev = tokens[c.tokenStart - 1]?.norm;
  const next = tokens[c.tokenEnd]?.norm;
  if (next === 'and' || next === 'or' || prev === 'and' || prev === 'or') return true;
  if (next !== 'for' && next !== 'of') return false;
  return !cues.some((n) => n.type === 'negotiates' && n.pos === 'noun' && n.tokenStart > c.tokenEnd && n.tokenStart <= c.tokenEnd + JOB_TALKS_WINDOW);
}

/** Words that end the object of "hold" before any word of account could be its complement ("held talks with X, who was responsible"). */
const ACCOUNT_BREAKS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom', 'is', 'are', 'was', 'were', 'be', 'been', 'being', ';', ':', '.', '?', '!']);

/**
 * Rule `heldAccountable`: an object opening with a name or a determiner right after the verb ("hold
 * Moscow", "held the regime"; not "held talks"), then a word of account before the sentence part ends.
 */
function accountAfter(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  if (!first || first.kind !== 'word' || !(first.cap || DETERMINERS.has(first.norm))) return false;
  for (let i = from + 1; i < tokens.length && i < from + ACCOUNT_WINDOW; i++) {
    if (ACCOUNT_WORDS.has(tokens[i].norm)) return true;
    if (ACCOUNT_BREAKS.has(tokens[i].norm) || ACCOUNT_BREAKS.has(tokens[i].text)) return false;
  }
  return false;
}

/** A military noun among the few words after a verb ("massed 100,000 troops") or just before it. */
function militaryNear(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = end; i < tokens.length && i < end + 8; i++) {
    if (MILITARY_NOUNS.has(tokens[i].norm)) return true;
    if (tokens[i].kind === 'word' && PREPOSITIONS.has(tokens[i].norm) && tokens[i].norm !== 'of' && tokens[i].norm !== 'than') break;
  }
  for (let i = start - 1; i >= 0 && i >= start - 3; i--) if (MILITARY_NOUNS.has(tokens[i].norm)) return true;
  return false;
}
