/**
 * Rule `rolePronoun` (server/domain/extraction-rules.ts READING_RULES): "he"/"she" after a
 * role noun of its own sentence ("The minister said he had met X", "the Secretary noted that he
 * would …") is the person that role noun stands for (rule `roleNoun`), when no named person stands
 * between them. quotes.ts resolves pronouns before role nouns are read, so without this a pronoun
 * after "the minister" fell back to the previous sentence's person, or to nobody when that sentence
 * named two.
 */
import { speechAt, type Speech } from './quotes';
import { DOUBLE_QUOTES } from './normalize';
import type { Mention, Token } from './types';

/**
 * Subject pronouns only: an object "him" is never its own clause's subject ("the Secretary told him":
 * someone else), and "her" is as often a possessive.
 */
const PERSONAL = new Set(['he', 'she']);
/**
 * Words after which a role noun opens a clause as its subject ("The minister said he …", "…, and the
 * Secretary noted that he …"); after a verb or a preposition it is an object ("X told the minister
 * he …": he may be X), and the rule does not guess.
 */
const CLAUSE_OPENERS = new Set([',', ';', ':', 'and', 'but', 'that', 'when', 'while', 'as', 'after', 'before', 'because', 'since', 'where', 'although', 'though', 'then']);

/** Whether the role noun mention opens its sentence or a clause (see CLAUSE_OPENERS). */
function opensClause(tokens: readonly Token[], m: Mention): boolean {
  const before = tokens[m.tokenStart - 1];
  return !before || DOUBLE_QUOTES.has(before.text) || CLAUSE_OPENERS.has(before.norm) || CLAUSE_OPENERS.has(before.text);
}

/**
 * The sentence's pronoun mentions with each personal pronoun that follows a role noun re-pointed to
 * the role noun's person, when the role noun opens a clause as its subject (or added, when quotes.ts resolved it to nobody). `named` are the
 * sentence's mentions by name, `roleNouns` those read from role nouns; both sorted or not.
 * Linear in tokens × mentions of one sentence.
 */
export function rolePronouns(
  tokens: readonly Token[],
  pronouns: readonly Mention[],
  named: readonly Mention[],
  roleNouns: readonly Mention[],
  speech: readonly Speech[],
  isPerson: (id: string) => boolean,
): Mention[] {
  if (!roleNouns.length) return [...pronouns];
  const out = [...pronouns];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const sentenceStart = i === 0 || DOUBLE_QUOTES.has(tokens[i - 1].text);
    if (t.kind !== 'word' || !PERSONAL.has(t.norm) || (t.cap && !sentenceStart) || speechAt(speech, i)) continue;
    // The nearest person before the pronoun, by name or by role.
    let nearest: { m: Mention; role: boolean } | undefined;
    for (const m of named) if (m.tokenEnd <= i && isPerson(m.actorId) && (!nearest || m.tokenEnd > nearest.m.tokenEnd)) nearest = { m, role: false };
    for (const m of roleNouns) if (m.tokenEnd <= i && isPerson(m.actorId) && opensClause(tokens, m) && (!nearest || m.tokenEnd > nearest.m.tokenEnd)) nearest = { m, role: true };
    if (!nearest?.role) continue;
    const at = out.findIndex((m) => m.tokenStart === i);
    const mention: Mention = { actorId: nearest.m.actorId, start: t.start, end: t.end, text: t.text, tokenStart: i, tokenEnd: i + 1, via: 'pronoun', possessive: false, confidence: 0.8 };
    if (at >= 0) out[at] = mention;
    else out.push(mention);
  }
  return out;
}
