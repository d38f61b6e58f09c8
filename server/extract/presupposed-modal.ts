/**
 * Where a modal word near a cue does not make the cue's act a non-fact, because the sentence takes
 * the act for granted (issue #12, said18). Each rule is named in READING_RULES
 * (server/domain/extraction-rules.ts); the words are general English, made-up examples in
 * test/extract/said-round18.test.ts.
 */
import { POSSESSIVE_PRONOUNS, PREPOSITIONS } from './cues';
import type { Token } from './types';

/** Data: verbs of stopping an act ("the war must end", "the fighting has to stop"). */
const STOPPING: ReadonlySet<string> = new Set(['stop', 'end', 'cease', 'halt']);

/** Data: the words right before a verb of stopping that make it demanded ("must stop", "should cease"); "to" only after "has", "have", "need" ("has to end"). */
const DEMANDING: ReadonlySet<string> = new Set(['must', 'should']);
const DEMANDING_TO: ReadonlySet<string> = new Set(['has', 'have', 'need', 'needs']);

function demandedAt(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1].norm;
  return DEMANDING.has(prev) || (prev === 'to' && DEMANDING_TO.has(tokens[i - 2]?.norm ?? ''));
}

/**
 * Rule `mustStop`: an act said to have to stop ("the fighting between A and B must stop", "the war
 * has to end", "Trump's imperative that the killing in the A-B conflict must stop") is going on: the
 * obligation is its stopping, a fact of the act itself, as a demand to cease it is (rule
 * demandedCessation). Only the cue's own predicate, tokens [end, after).
 */
export function mustStopAfter(tokens: readonly Token[], end: number, after: number): boolean {
  for (let i = end + 1; i < after; i++) {
    const t = tokens[i];
    if (t.kind === 'word' && !t.cap && STOPPING.has(t.norm) && demandedAt(tokens, i)) return true;
  }
  return false;
}

/** Data: adjectives of an act already past ("the recent meeting between A and B"). */
const PAST_ACT_ADJECTIVES: ReadonlySet<string> = new Set(['recent', 'previous', 'earlier', 'past', 'latest']);
/** Most lower-case adjectives between the determiner and the cue noun ("its brutal and unprovoked war"). */
const ADJECTIVES = 3;

/**
 * Rule `definiteAct`: a cue noun written as an act already there — after an adjective of the past
 * ("encouraged more dialogue, such as the recent meeting between A and B") or, for hostility, after
 * its owner's determiner ("seeks to hide its brutal war against Y", "wants to justify their attacks
 * on Y") — is presupposed by the modal or demand that governs the phrase: what is asked, hoped or
 * meant concerns the act, which took or takes place. Only a determiner or adjectives between the
 * word and the cue; not "its first meeting" (no past adjective, and not hostile).
 */
export function definiteActAt(tokens: readonly Token[], start: number, hostile: boolean): string | undefined {
  for (let i = start - 1; i >= 0 && start - i <= ADJECTIVES + 1; i--) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.cap) return undefined;
    if (PAST_ACT_ADJECTIVES.has(t.norm)) return t.norm;
    // A possessive determiner names the act's owner ("its war against Y", "their attacks on Y").
    if (POSSESSIVE_PRONOUNS.has(t.norm)) return hostile ? t.norm : undefined;
    if (PREPOSITIONS.has(t.norm)) return undefined;
  }
  return undefined;
}

/** Data: words that open an embedded question or relative ("an agreement on how trade would work"). */
const EMBEDDING_WORDS: ReadonlySet<string> = new Set(['how', 'what', 'who', 'why', 'where', 'which', 'when', 'whose']);

/**
 * Rule `embeddedModal`: a modal after the cue inside an embedded question ("reached an agreement on
 * how trade would work") qualifies that question's own verb, not the cue: the cue's predicate ends
 * at the wh-word.
 */
export function opensEmbedded(t: Token): boolean {
  return t.kind === 'word' && EMBEDDING_WORDS.has(t.norm);
}
