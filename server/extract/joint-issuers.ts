/**
 * Rule `jointIssuers` (server/domain/extraction-rules.ts): a joint statement's "we" is all of its
 * issuers, none alone (author.ts gives it no single author). When the statement itself lists them
 * ("The following statement was released by the Governments of A, B and C"), each first-person
 * plural word outside quotation marks afterwards stands for every one of them, as one list (rule
 * `pluralPronounList`, groups.ts). Fewer than two named there, or a person among them: nobody.
 */
import { FIRST_PERSON_PLURAL, AUTHOR_CONFIDENCE } from './author';
import type { Mention, Token } from './types';

/** Double quotation marks: the words between them are someone else's, not the statement's voice. */
const DOUBLE_QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);

/** The verbs that say who put a statement out ("released by", "issued by", "signed by"). */
const ISSUING_VERBS: ReadonlySet<string> = new Set(['released', 'issued', 'signed']);
/**
 * Nouns of the statement itself, one of which must stand before the verb: "a truce signed by A and
 * B" names the parties of a truce, not who speaks.
 */
const STATEMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'text', 'communique', 'communiqué', 'declaration']);

/**
 * The issuers a sentence about the statement lists after "released by …" (or issued, signed), if
 * it names two or more and no person: those who issue a statement in a government's voice are
 * states and bodies; a person named there is the one who read it out, and the list is then no list
 * of issuers.
 */
export function statedIssuers(toks: readonly Token[], mentions: readonly Mention[], isPerson: (id: string) => boolean): string[] | undefined {
  const at = toks.findIndex((t, i) => ISSUING_VERBS.has(t.norm) && toks[i + 1]?.norm === 'by');
  if (at < 0 || !toks.slice(0, at).some((t) => STATEMENT_NOUNS.has(t.norm))) return undefined;
  const after = mentions.filter((m) => m.tokenStart > at + 1 && m.via !== 'pronoun');
  const ids = [...new Set(after.map((m) => m.actorId))];
  return ids.length >= 2 && !ids.some(isPerson) ? ids : undefined;
}

/** "we", "us", "our" outside quotation marks and outside other mentions: a mention of each issuer on it. */
export function jointVoiceMentions(toks: readonly Token[], taken: readonly Mention[], issuers: readonly string[]): Mention[] {
  const out: Mention[] = [];
  let quoted = false;
  toks.forEach((t, i) => {
    if (DOUBLE_QUOTE_MARKS.has(t.text)) quoted = !quoted;
    // "US" written in capitals is the state, not the pronoun.
    if (quoted || t.kind !== 'word' || !FIRST_PERSON_PLURAL.has(t.norm) || (t.upper && t.text.length > 1)) return;
    if (taken.some((m) => m.tokenStart <= i && i < m.tokenEnd)) return;
    for (const actorId of issuers) out.push({ actorId, start: t.start, end: t.end, text: t.text, tokenStart: i, tokenEnd: i + 1, via: 'pronoun', possessive: t.norm === 'our', confidence: AUTHOR_CONFIDENCE });
  });
  return out;
}
