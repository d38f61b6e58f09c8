/**
 * Rule `attribution` (server/domain/extraction-rules.ts): one who says, alleges or is confident
 * that another carried out an attack opposes that other — the annotation guide counts a named
 * speaker who attributes an attack or misconduct to an actor as opposing it (corpus README,
 * conventions of part c: "attributed the bombing to Houthi rebels"). News writes the attribution
 * as reported speech whose verb is no cue: "X said the hack appeared to have been carried out by
 * Y", "we are confident that Y conducted this attack", "X said the crash was Y's doing", "A and B
 * have alleged Yian involvement".
 */
import { DETERMINERS } from './cues';
import type { Group } from './groups';
import { ATTACK_NOUNS, AUTHORSHIP, BEFORE_VERB, CERTAIN, PERPETRATING, SAYING } from './lexicon/attribution';
import type { Mention, Token } from './types';

/** One attribution: the speakers (a group) and the actor they name as the attack's author. */
export interface Attribution {
  speakers: readonly Mention[];
  culprit: Mention;
  /** Token index of the verb or phrase of saying. */
  at: number;
}

/** Words that negate the saying ("did not say", "is not confident"). */
const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'no']);
/** Most tokens the attributing clause reaches after its verb. */
const CLAUSE_WINDOW = 25;
/** Most tokens between a perpetrating verb and its attack noun ("conducted this deadly attack"). */
const OBJECT_WINDOW = 4;
/**
 * Prepositions that tie an attack noun to another noun of the object, which is then what was carried
 * out ("launched an inquiry into attacks", "mounted a defence against raids"); "of" is not one ("a wave of strikes").
 */
const OBJECT_BREAKS: ReadonlySet<string> = new Set(['into', 'about', 'against', 'on', 'to', 'for', 'over', 'after', 'before']);

/**
 * Words that open a noun phrase, which a later "it" may stand for instead of an attack named in the
 * sentence before: the determiners, but "that", which opens the reported clause as often ("said that
 * it was carried out by Y").
 */
const NOUN_OPENERS: ReadonlySet<string> = new Set([...DETERMINERS].filter((w) => w !== 'that'));

const byStart = (mentions: readonly Mention[]): Map<number, Mention> => new Map(mentions.map((m) => [m.tokenStart, m]));

/** The speakers: the group right before the verb, over auxiliaries and adverbs; none after a negation. */
function speakersBefore(tokens: readonly Token[], groups: readonly Group[], at: number): readonly Mention[] | undefined {
  let i = at;
  while (i > 0 && tokens[i - 1].kind === 'word' && (BEFORE_VERB.has(tokens[i - 1].norm) || NEGATORS.has(tokens[i - 1].norm))) {
    if (NEGATORS.has(tokens[i - 1].norm)) return undefined;
    i--;
  }
  // The group ends with its head noun after its last member ("the Russian government said").
  return groups.find((x) => x.tokenEnd === i && !x.governor)?.members;
}

/** Whether the attributing clause ends at `t`: a semicolon, or another speaker's verb of saying, whose claim is read on its own. */
const endsClause = (t: Token): boolean => t.text === ';' || (t.kind === 'word' && SAYING.has(t.norm));

/**
 * The culprit the attributing clause names, from `from` to its end. A negation in the clause denies
 * the authorship ("said the attack was not carried out by Y", "said Y never conducted it"): no culprit.
 */
function culpritAfter(tokens: readonly Token[], starts: ReadonlyMap<number, Mention>, from: number, attackBefore: boolean): Mention | undefined {
  const end = Math.min(tokens.length, from + CLAUSE_WINDOW);
  // "it" is the attack only when one was named before it: earlier in the sentence or in the one
  // before ("A blast hit a school. X said it was carried out by Y"); else it is whatever else
  // ("said the talks went well and it was conducted by Y").
  // An attack of the sentence before is what "it" stands for only while no other noun phrase comes
  // between: "X said the talks went well and it was conducted by Y" is about the talks.
  let attackHere = namesAttack(tokens.slice(0, from));
  let attackNamed = attackBefore || attackHere;
  let attackSeen = false;
  for (let i = from; i < end; i++) {
    const t = tokens[i];
    if (endsClause(t) || (t.kind === 'word' && NEGATORS.has(t.norm))) return undefined;
    if (t.kind === 'word' && ATTACK_NOUNS.has(t.norm)) attackSeen = attackNamed = attackHere = true;
    else if (t.kind === 'word' && t.norm === 'it' && attackNamed) attackSeen = true;
    else if (t.kind === 'word' && !attackHere && NOUN_OPENERS.has(t.norm)) attackNamed = false;
    // "carried out by Y", "conducted by Y": the passive names its author after "by".
    if (PERPETRATING.has(t.norm)) {
      const by = t.norm === 'carried' && tokens[i + 1]?.norm === 'out' ? i + 2 : i + 1;
      if (attackSeen && tokens[by]?.norm === 'by') {
        const m = mentionAfterBy(tokens, starts, by + 1);
        if (m) return m;
      }
    }
    const m = starts.get(i);
    if (!m) continue;
    let j = m.tokenEnd;
    // "Y's doing", "Yian involvement".
    if (tokens[j]?.kind === 'possessive') j++;
    if (AUTHORSHIP.has(tokens[j]?.norm ?? '')) return m;
    // "Y conducted this attack", "Y carried out the strikes".
    const verb = tokens[m.tokenEnd];
    if (verb && PERPETRATING.has(verb.norm)) {
      const after = verb.norm === 'carried' && tokens[m.tokenEnd + 1]?.norm === 'out' ? m.tokenEnd + 2 : m.tokenEnd + 1;
      for (let k = after; k < Math.min(tokens.length, after + OBJECT_WINDOW); k++) {
        // "committed no attack": denied.
        if (OBJECT_BREAKS.has(tokens[k].norm) || NEGATORS.has(tokens[k].norm)) break;
        if (ATTACK_NOUNS.has(tokens[k].norm)) return m;
      }
    }
  }
  return undefined;
}

/** The mention after "by", over its article ("by the Russian government"). */
function mentionAfterBy(tokens: readonly Token[], starts: ReadonlyMap<number, Mention>, at: number): Mention | undefined {
  return starts.get(at) ?? (tokens[at]?.norm === 'the' ? starts.get(at + 1) : undefined);
}

/** Whether the tokens name an attack (an attack noun): what a later "it" may stand for. */
export const namesAttack = (tokens: readonly Token[]): boolean => tokens.some((t) => t.kind === 'word' && ATTACK_NOUNS.has(t.norm));

/** Attributions of one sentence; `attackBefore`: whether the sentence before it names an attack. */
export function attributions(tokens: readonly Token[], mentions: readonly Mention[], groups: readonly Group[], attackBefore = false): Attribution[] {
  const out: Attribution[] = [];
  let starts: Map<number, Mention> | undefined;
  for (let at = 0; at < tokens.length; at++) {
    const t = tokens[at];
    if (t.kind !== 'word') continue;
    const saying = SAYING.has(t.norm);
    const certain = CERTAIN.has(t.norm) && tokens[at + 1]?.norm === 'that';
    if (!saying && !certain) continue;
    const speakers = speakersBefore(tokens, groups, at);
    if (!speakers?.length) continue;
    starts ??= byStart(mentions);
    const culprit = culpritAfter(tokens, starts, at + 1, attackBefore);
    if (culprit && !speakers.some((s) => s.actorId === culprit.actorId)) out.push({ speakers, culprit, at });
  }
  return out;
}
