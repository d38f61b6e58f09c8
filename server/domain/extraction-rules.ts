/**
 * The rules extraction reads a relation's arguments by (README, "How extraction decides"), declared
 * once: extraction names its rules from this list, a loaded dataset is checked against it, and the
 * page explains a quote's rule in these words. A stored rule is written `<type>.<rule>`.
 */
import { RELATION_TYPES } from './types';
import type { Evidence, EvidenceReading, RelationType } from './types';

/** Each rule with how it reads its arguments, in words a reader of the evidence list follows. */
export const EXTRACTION_RULES = {
  verb: 'subject → object of the verb',
  passive: 'the agent after “by” → the subject of the passive verb',
  frame: 'parties named by the noun’s prepositions (“talks between A and B”, “mediation by A”)',
  subjectNoun: 'the clause’s subject → the party named with the noun',
  pairInGroup: 'the pair named together as subject (“A and B negotiated”)',
  mutual: 'the two of a pair, each towards the other (“tensions between A and B”)',
  posture: 'a military move → the side it is aimed at (“troops massed near the border”)',
  mediationPair: 'the mediator → the parties it works between, or those of the talks it brings about (“facilitated talks between A and B”)',
  mediationDocPair: 'the mediator → the pair whose talks the article is about',
  mediationThrough: 'the channel the talks go through (“talks via A”) → each party',
  finding: 'the one who finds → the one found to have committed atrocities (“determined that A committed war crimes”)',
  hostParticipant: 'the host of a meeting that counts it among its participants (“a trilateral meeting of A and B hosted by C”) → each other participant',
} as const;

/**
 * Checks run, in this order, on what the rules above read, each dropping a reading a careful reader
 * would not count (server/extract/index.ts applies them; README, "How extraction decides").
 */
export const EXTRACTION_FILTERS = {
  multilateralMeeting: 'a meeting of three or more sides named together is not split into pairwise negotiations',
  ownSide: 'never between an actor and a body or state it belongs to (a minister and his own country)',
} as const;

export type ExtractionFilterName = keyof typeof EXTRACTION_FILTERS;

export type ExtractionRuleName = keyof typeof EXTRACTION_RULES;
export const EXTRACTION_RULE_NAMES = Object.keys(EXTRACTION_RULES) as ExtractionRuleName[];

/** A rule as stored with a quote: the relation type extraction read, then the rule. */
export type ExtractionRule = `${RelationType}.${ExtractionRuleName}`;

/** Every rule name a quote may carry, for validation messages and the OpenAPI enum. */
export const EXTRACTION_RULE_IDS: readonly ExtractionRule[] = RELATION_TYPES.flatMap((t) => EXTRACTION_RULE_NAMES.map((r): ExtractionRule => `${t}.${r}`));

const KNOWN = new Set<string>(EXTRACTION_RULE_IDS);

export const isExtractionRule = (s: string): s is ExtractionRule => KNOWN.has(s);

/** The relation type and rule of a stored rule name. */
export function splitRule(rule: ExtractionRule): { type: RelationType; name: ExtractionRuleName } {
  const dot = rule.indexOf('.');
  return { type: rule.slice(0, dot) as RelationType, name: rule.slice(dot + 1) as ExtractionRuleName };
}

/** A quote with where it starts and, when extraction recorded it, how it was read. */
export type ReadQuote = Pick<Evidence, 'quote' | 'start'> & Partial<EvidenceReading>;

/** The quote's reading when it has one whose spans lie inside the quote (else undefined: nothing to show). */
export function readingInQuote(q: ReadQuote): EvidenceReading | undefined {
  if (!q.rule || !q.cue || !q.spans) return undefined;
  const end = q.start + q.quote.length;
  const inside = [q.spans.cue, q.spans.source, q.spans.target].every((span) => !span || (span[0] >= q.start && span[1] <= end && span[0] < span[1]));
  return inside ? { rule: q.rule, cue: q.cue, spans: q.spans } : undefined;
}

/**
 * Why a quote backs its relation, in words: "Why: opposes — cue “condemned”; “Peru” → “Bolivia”
 * (subject → object of the verb)". Undefined for a quote without a reading (curated, or older).
 */
export function whyText(q: ReadQuote): string | undefined {
  const r = readingInQuote(q);
  if (!r) return undefined;
  const { type, name } = splitRule(r.rule);
  const words = (span: [number, number] | undefined): string => (span ? `“${q.quote.slice(span[0] - q.start, span[1] - q.start)}”` : 'named in an earlier sentence');
  return `Why: ${type} — cue “${r.cue}”; ${words(r.spans.source)} → ${words(r.spans.target)} (${EXTRACTION_RULES[name]})`;
}
