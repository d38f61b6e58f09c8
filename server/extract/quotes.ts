/**
 * Reported speech and pronouns. A quotation introduced by a speaker ("Trump said, “They are
 * negotiating with us”") is a clause of its own in which "we"/"us"/"I" are the speaker and
 * "they"/"them" the other side of the talks the document is about. Outside quotes, "he"/"she"
 * stand for the nearest person mentioned before.
 */
import { DETERMINERS, PREPOSITIONS, REPORTING_VERBS } from './cues';
import { beforeSayingTime } from './saying-time';
import { buildGroups, type Group } from './groups';
import { isVerbInflection, lemmas } from './lemma';
import { CLOSE_QUOTES, DOUBLE_QUOTES, OPEN_QUOTES } from './normalize';
import type { Mention, Token } from './types';

export interface Speech {
  /** Token indexes of the opening and closing quote marks. */
  open: number;
  close: number;
  speaker: string;
}

/** A pronoun whose referent depends on the document ("they" in a quote). */
export interface PendingPronoun {
  tokenIndex: number;
  speaker: string;
}

const REPORTING = new Set(REPORTING_VERBS);
const FIRST_PERSON = new Set(['we', 'us', 'i', 'me']);
const THIRD_PLURAL = new Set(['they', 'them']);
const PERSONAL = new Set(['he', 'him', 'she']);
/** Object pronouns of one third party (rule `speakerObject`); not "her", also a possessive. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'him']);
/** "Russia said it would ...": after these verbs "it"/"they" is the subject of the verb. */
const SELF_REFERENCE_VERBS = new Set([...REPORTING_VERBS, 'warn', 'threaten', 'vow', 'pledge', 'promise', 'signal', 'hint', 'decide', 'agree', 'insist', 'deny']);

/** The subject of a verb of saying right before pronoun i ("Moscow said (that) it ..."). */
function selfReference(tokens: readonly Token[], mentions: readonly Mention[], i: number): Mention | undefined {
  // Rule `datedSaying` (saying-time.ts): "Moscow said Monday it …".
  let v = beforeSayingTime(tokens, i);
  if (tokens[v]?.norm === 'that') v--;
  const verb = tokens[v];
  if (!verb || verb.kind !== 'word' || !lemmas(verb.norm).some((l) => SELF_REFERENCE_VERBS.has(l))) return undefined;
  // The verb's subject, not an actor inside a phrase or an inserted clause before it: "China,
  // which has close ties to Islamabad, said it ..." is China.
  let best: Mention | undefined;
  for (const m of mentions) {
    if (m.tokenEnd > v || m.tokenEnd < v - 15 || governed(tokens, m.tokenStart)) continue;
    if (!best || m.tokenEnd > best.tokenEnd) best = m;
  }
  return best;
}

/** Words before a pronoun that put it at the head of a clause, not after its verb ("…, and it", "that it", "which it"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'whether', 'if', 'because', 'while', 'when', 'where', 'as', 'since', 'after', 'before', 'until', 'unless', 'though', 'although', 'so', 'then']);
/** Finite auxiliaries after a pronoun that make it the subject of its own clause ("it will", "it has"). */
const SUBJECT_AUX: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', "'s", "'ll", "'d"]);
/** Most tokens from the verb of saying to an object pronoun of the clause it reports ("says Hamas had fired rockets at it"). */
const REPORTED_OBJECT_WINDOW = 10;

/**
 * Rule `speakerObject`: "Israel says Hamas attacked it", "Zelensky said Putin had threatened
 * him": a pronoun after the verb or preposition of a clause that a verb of saying reports, whose
 * own subject is another actor, stands for the speaker: an object pronoun never names its own
 * clause's subject (English binding: "Hamas attacked it" is not Hamas attacking itself), and the
 * speaker is the one actor left. Only when the speaker is compatible ("it" not a person, "him" a
 * person), and no noun phrase with an article lies between the reported subject and the pronoun
 * that "it" could stand for ("said Hamas rejected the plan and criticised it" is the plan).
 */
function speakerOfObject(tokens: readonly Token[], mentions: readonly Mention[], i: number): { speaker: Mention; reported: Mention } | undefined {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || prev.kind !== 'word' || prev.cap || CLAUSE_OPENERS.has(prev.norm) || DETERMINERS.has(prev.norm)) return undefined;
  if (next && next.kind === 'word' && (SUBJECT_AUX.has(next.norm) || (!next.cap && isVerbInflection(next.norm) && !PREPOSITIONS.has(prev.norm)))) return undefined;
  for (let v = i - 2; v >= 0 && i - v <= REPORTED_OBJECT_WINDOW; v--) {
    const t = tokens[v];
    if (t.kind === 'punct' && t.text !== ',') return undefined;
    if (DETERMINERS.has(t.norm) && t.norm !== 'that') return undefined;
    if (!isReporting(t) || t.cap) continue;
    const reported = mentions.find((m) => m.tokenStart > v && m.tokenEnd < i && m.via !== 'pronoun' && !governed(tokens, m.tokenStart));
    let speaker: Mention | undefined;
    for (const m of mentions) if (m.tokenEnd <= v && m.tokenEnd >= v - 3 && !governed(tokens, m.tokenStart) && (!speaker || m.tokenEnd > speaker.tokenEnd)) speaker = m;
    return reported && speaker && reported.actorId !== speaker.actorId ? { speaker, reported } : undefined;
  }
  return undefined;
}

/**
 * Rule `pluralPronounSubject`: "Russia and Ukraine said they had held talks": a plural pronoun after
 * a verb of saying stands for the whole coordinated subject, not only its last member; each member
 * gets a mention on the pronoun, which rule `pluralPronounList` (groups.ts) joins into one list again.
 */
function listEndingWith(groups: readonly Group[], last: Mention): string[] {
  const list = groups.find((g) => g.members.includes(last));
  return list && list.members[list.members.length - 1] === last ? [...new Set(list.members.map((m) => m.actorId))] : [last.actorId];
}

/** Whether a preposition governs the phrase starting at token i ("ties to Islamabad"). */
function governed(tokens: readonly Token[], i: number): boolean {
  let p = i - 1;
  while (p >= 0 && DETERMINERS.has(tokens[p].norm)) p--;
  return p >= 0 && PREPOSITIONS.has(tokens[p].norm);
}

function isReporting(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && lemmas(t.norm).some((l) => REPORTING.has(l));
}

/** Quote mark pairs of a sentence: typographic quotes pair up, straight ones alternate. */
function quotePairs(tokens: readonly Token[]): [number, number][] {
  const pairs: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (!DOUBLE_QUOTES.has(t)) continue;
    const opens = OPEN_QUOTES.has(t) || (t === '"' && open < 0) || (t === '«');
    if (open < 0 && opens) open = i;
    else if (open >= 0 && (CLOSE_QUOTES.has(t) || t === '"' || t === '»')) {
      pairs.push([open, i]);
      open = -1;
    }
  }
  return pairs;
}

function mentionEndingBefore(mentions: readonly Mention[], i: number, window: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of mentions) if (m.tokenEnd <= i && m.tokenEnd >= i - window && (!best || m.tokenEnd > best.tokenEnd)) best = m;
  return best;
}

/** Speech quotes with their speakers. */
export function findSpeech(tokens: readonly Token[], mentions: readonly Mention[]): Speech[] {
  const out: Speech[] = [];
  for (const [open, close] of quotePairs(tokens)) {
    let speaker: string | undefined;
    let p = open - 1;
    while (p >= 0 && (tokens[p].text === ',' || tokens[p].text === ':')) p--;
    if (isReporting(tokens[p])) {
      speaker = mentionEndingBefore(mentions, p, 4)?.actorId;
    } else if (tokens[p]?.norm === 'and' && out.length && out[out.length - 1].close === p - 1) {
      // "X said, "...," and "...": the second quote has the same speaker.
      speaker = out[out.length - 1].speaker;
    }
    if (!speaker) {
      // "“...,” Putin said" or "“...,” said Putin".
      let q = close + 1;
      while (tokens[q]?.text === ',') q++;
      const m = mentions.find((x) => x.tokenStart === q);
      if (m && isReporting(tokens[m.tokenEnd])) speaker = m.actorId;
      else if (isReporting(tokens[q])) speaker = mentions.find((x) => x.tokenStart === q + 1)?.actorId;
    }
    if (speaker && close > open + 1) out.push({ open, close, speaker });
  }
  return out;
}

/** The speech a token is inside, if any. */
export function speechAt(speech: readonly Speech[], i: number): Speech | undefined {
  return speech.find((s) => s.open < i && i < s.close);
}

function pronounMention(t: Token, i: number, actorId: string, confidence: number): Mention {
  return { actorId, start: t.start, end: t.end, text: t.text, tokenStart: i, tokenEnd: i + 1, via: 'pronoun', possessive: false, confidence };
}

/**
 * Pronoun mentions of a sentence: first person in speech → the speaker; "he"/"she" → the last
 * person mentioned before (`lastPerson` carries it over from the previous sentence).
 * Third-person plurals in speech are returned as pending: they need the document's context.
 */
export function resolvePronouns(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  speech: readonly Speech[],
  isPerson: (id: string) => boolean,
  lastPerson: string | undefined,
): { mentions: Mention[]; pending: PendingPronoun[] } {
  const out: Mention[] = [];
  const pending: PendingPronoun[] = [];
  /** The sentence's lists, built once when a plural pronoun needs them (rule `pluralPronounSubject`). */
  let groups: Group[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const sentenceStart = i === 0 || DOUBLE_QUOTES.has(tokens[i - 1].text);
    if (t.kind !== 'word' || (t.cap && !sentenceStart && t.norm !== 'i')) continue;
    const sp = speechAt(speech, i);
    // Rule `speakerObject`: "Israel says Hamas attacked it" is Israel; "Kyiv said Putin threatened him" with a person speaking.
    const told = !sp && OBJECT_PRONOUNS.has(t.norm) ? speakerOfObject(tokens, mentions, i) : undefined;
    if (told && (t.norm === 'it') !== isPerson(told.speaker.actorId)) out.push(pronounMention(t, i, told.speaker.actorId, 0.8));
    else if (sp && FIRST_PERSON.has(t.norm)) out.push(pronounMention(t, i, sp.speaker, 0.8));
    else if (sp && THIRD_PLURAL.has(t.norm)) pending.push({ tokenIndex: i, speaker: sp.speaker });
    else if (!sp && ['it', 'its', 'they', 'their'].includes(t.norm)) {
      const subject = selfReference(tokens, mentions, i);
      if (subject && (/^the/.test(t.norm) || !isPerson(subject.actorId))) {
        if (/^the/.test(t.norm)) groups ??= buildGroups(tokens, mentions);
        for (const id of groups && /^the/.test(t.norm) ? listEndingWith(groups, subject) : [subject.actorId]) out.push(pronounMention(t, i, id, 0.8));
      }
    } else if (!sp && PERSONAL.has(t.norm)) {
      const before = mentions.filter((m) => m.tokenEnd <= i && isPerson(m.actorId));
      const id = before.length ? before[before.length - 1].actorId : lastPerson;
      if (id) out.push(pronounMention(t, i, id, 0.8));
    }
  }
  return { mentions: out, pending };
}
