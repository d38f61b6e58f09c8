/**
 * Rule `hearsayReport` (issue #12, precision round of the fourteenth session): an act the writer
 * passes on from unnamed others ("X reportedly met Y", "X is said to be negotiating with Y", "X is
 * believed to have attacked Y", "amid reports that X attacked Y") is not stated as fact: the corpus
 * guide (test/fixtures/corpus/README.md) counts only what is stated as fact, and names hedged
 * reports as no relation. Epistemic hedges the writer makes his own ("apparently", "likely",
 * "appears to") keep lowering the confidence only (negation.ts HEDGES): a reader takes them as the
 * writer's judgement, not a rumour.
 */
import { lemmas } from './lemma';
import type { Clause, Token } from './types';

/** Data: hedges (negation.ts HEDGES) that pass an act on as others' word (dictionary senses: "according to report", "without confirmation"). */
const HEARSAY_WORDS: ReadonlySet<string> = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'rumored', 'rumoured', 'unconfirmed']);

/**
 * Data: participles of the English passive of report ("is said to", "are believed to", "was
 * reported to"), the grammar books' raising construction for hearsay: the subject's act is what
 * others say, believe or report.
 */
const EVIDENTIAL_PARTICIPLES: ReadonlySet<string> = new Set(['said', 'believed', 'thought', 'reported', 'alleged', 'rumored', 'rumoured', 'understood', 'suspected', 'claimed']);
/** Forms of "be" before the participle ("is", "has been", "were widely"). */
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);

/** Data: nouns of hearsay whose "that" clause is only reported ("reports that", "amid rumours that"). */
const HEARSAY_NOUNS: ReadonlySet<string> = new Set(['report', 'rumor', 'rumour', 'allegation', 'speculation', 'claim']);

/** Most tokens from the passive of report to the cue it governs ("is said to have held talks with"). */
const EVIDENTIAL_WINDOW = 8;
/** Words that may stand between "be" and the participle ("is widely believed to"). */
const ADVERB = /ly$/;

/** The passive of report ("is said to") shortly before the cue, in its clause. */
function evidentialPassiveAt(tokens: readonly Token[], clause: Clause, start: number): string | undefined {
  for (let i = Math.max(clause.tokenStart + 1, start - EVIDENTIAL_WINDOW); i < start - 1; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !EVIDENTIAL_PARTICIPLES.has(t.norm) || tokens[i + 1]?.norm !== 'to') continue;
    let b = i - 1;
    if (tokens[b] && ADVERB.test(tokens[b].norm)) b--;
    if (tokens[b] && BE_FORMS.has(tokens[b].norm)) return `${tokens[b].norm} ${t.norm} to`;
  }
  return undefined;
}

/**
 * A noun of hearsay introducing the cue's "that" clause ("and reports that X attacked Y"). Not one
 * with a named or pronoun subject before it ("Reuters reports that", "she claims that"): that is a
 * named source's statement, which attribution rules read.
 */
function reportedClauseAt(tokens: readonly Token[], clause: Clause, before: Clause | undefined): string | undefined {
  if (!before || clause.kind === 'hard' || tokens[clause.tokenStart]?.norm !== 'that') return undefined;
  const noun = tokens[clause.tokenStart - 1];
  if (!noun || noun.kind !== 'word' || noun.cap || !lemmas(noun.norm).some((l) => HEARSAY_NOUNS.has(l))) return undefined;
  const prev = tokens[clause.tokenStart - 2];
  if (prev && prev.kind === 'word' && (prev.cap || ['he', 'she', 'it', 'they', 'we', 'i', 'you'].includes(prev.norm))) return undefined;
  return `${noun.norm} that`;
}

/**
 * The hearsay that qualifies a cue at token `start` of `clause`, if any: one of the hedges assess
 * found qualifying the cue that is a hearsay word, the passive of report before the cue, or a noun
 * of hearsay introducing its clause.
 */
export function hearsayAt(tokens: readonly Token[], clause: Clause, start: number, hedges: readonly string[], before: Clause | undefined): string | undefined {
  if (sourceNamed(tokens)) return undefined;
  const heard = hedges.find((h) => HEARSAY_WORDS.has(h));
  if (heard) return heard;
  return evidentialPassiveAt(tokens, clause, start) ?? reportedClauseAt(tokens, clause, before);
}

/** Data: verbs by which a source vouches for the report ("the Pentagon confirmed reports that", ", a spokesman confirmed"). */
const CONFIRMING: ReadonlySet<string> = new Set(['confirm', 'verify', 'corroborate']);
/** Words that, shortly before a verb of confirmation, take the confirmation back ("could not be confirmed", "has yet to confirm"). */
const UNCONFIRMED: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never', 'yet', 'cannot', 'unable', 'without', 'neither', 'nor']);
/** Most tokens between "according to" and the capitalised name of its source ("according to the Ukrainian army"). */
const SOURCE_WINDOW = 3;

/**
 * Review of rule `hearsayReport` (branch review14): a sentence that names the report's source
 * ("X reportedly attacked Y, according to the Ukrainian army") or has a source vouch for it ("The
 * Pentagon confirmed reports that X attacked Y", "X is understood to be negotiating with Y, a
 * spokesman confirmed") states the source's word, which counts as "officials said" does: the
 * hearsay marker then only says where the news came from.
 */
function sourceNamed(tokens: readonly Token[]): boolean {
  let named = namedBySentence.get(tokens);
  if (named === undefined) namedBySentence.set(tokens, (named = findSourceNamed(tokens)));
  return named;
}

/** One scan per sentence, not per cue: a long sentence may hold many cues. */
const namedBySentence = new WeakMap<readonly Token[], boolean>();

function findSourceNamed(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (t.norm === 'according' && tokens[i + 1]?.norm === 'to') {
      for (let k = i + 2; k < tokens.length && k <= i + 1 + SOURCE_WINDOW && tokens[k].kind === 'word'; k++) if (tokens[k].cap) return true;
    } else if (!t.cap && lemmas(t.norm).some((l) => CONFIRMING.has(l)) && vouches(tokens, i)) return true;
  }
  return false;
}

/** Whether the verb of confirmation at `i` is stated (no negation shortly before; a passive one names its doer with "by"). */
function vouches(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - SOURCE_WINDOW); k < i; k++) if (UNCONFIRMED.has(tokens[k].norm)) return false;
  return !BE_FORMS.has(tokens[i - 1]?.norm ?? '') || tokens[i + 1]?.norm === 'by';
}
