/**
 * Types of the extraction layer: the intermediate analysis of a sentence (tokens, mentions, cues,
 * clauses) and the relations extraction returns. Domain records (Actor, Evidence...) live in
 * server/domain/types.ts; these types only add what extraction needs on top of them.
 */
import type { ExtractionRule } from '../domain/extraction-rules';
import type { Actor, Evidence, EvidenceReading, RelationSpans, RelationType } from '../domain/types';

export type { RelationSpans };

/** The actors extraction may recognise. */
export type Gazetteer = readonly Actor[];

/** A sentence with UTF-16 offsets into the document: `text.slice(start, end) === sentence.text`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Paragraph number (a newline starts a new paragraph). */
  paragraph: number;
}

export type TokenKind = 'word' | 'punct' | 'possessive';

/** A token with document offsets; `norm` is lowercase, diacritics folded, dots removed. */
export interface Token {
  text: string;
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Written all upper case (used for acronyms: "US" must not match the pronoun "us"). */
  upper: boolean;
  /** First letter upper case. */
  cap: boolean;
}

/** How a mention was recognised. */
export type MentionVia = 'name' | 'alias' | 'title' | 'demonym' | 'pronoun' | 'discovered';

/** An actor mention; token indexes are into the sentence's token array, `tokenEnd` exclusive. */
export interface Mention {
  actorId: string;
  start: number;
  end: number;
  text: string;
  tokenStart: number;
  tokenEnd: number;
  via: MentionVia;
  /** Followed by a possessive 's. */
  possessive: boolean;
  /** Confidence of the identification itself (1 for gazetteer names). */
  confidence: number;
}

/** Where a cue's arguments come from: verbs take subjects and objects, nouns take prepositions. */
export type CuePos = 'verb' | 'noun';

/** A cue phrase found in a sentence. */
export interface CueMatch {
  type: RelationType;
  /** The cue phrase as listed in the cue table (its lemma form). */
  phrase: string;
  pos: CuePos;
  tokenStart: number;
  tokenEnd: number;
  /** Verb in the passive voice ("was shot down by"). */
  passive: boolean;
  /** Relation between two parties of equal standing ("tensions", "rivals"), both directions. */
  mutual: boolean;
  /** A mediation cue strong enough to borrow the document's negotiating pair. */
  strong: boolean;
}

/** How a clause began: it decides whether a clause without its own subject borrows one. */
/** `resumed`: a main clause going on after an inserted relative clause ("X, who ..., rejected Y"). */
export type ClauseKind = 'main' | 'subordinate' | 'relative' | 'participial' | 'hard' | 'resumed';

/** A span of tokens between clause boundaries, `tokenEnd` exclusive. */
export interface Clause {
  tokenStart: number;
  tokenEnd: number;
  kind: ClauseKind;
  /** Index of the clause whose subject a subjectless clause borrows, or -1. */
  parent: number;
}

/** Options of `extractRelations`. */
export interface ExtractionOptions {
  /** Document id recorded in evidence. */
  documentId?: string;
  /** Copied into evidence when given. */
  date?: string;
  outlet?: string;
  /** The document's title: with the outlet, it may say who the text's "I" and "we" are (author.ts). */
  title?: string;
  /** Relations below this confidence are dropped (default 0.3). */
  minConfidence?: number;
  /** Find unknown people/organisations/places with compromise (default true). */
  discoverUnknown?: boolean;
  /** Characters of text given to compromise at most, to bound run time (default 60 000). */
  nlpBudgetChars?: number;
  /**
   * Also credit the organisation an actor heads ("Mossad Director" → Mossad) (default true). Never
   * a state: a president's acts are his own here; `rollUpToStates` gives the state view.
   */
  creditLeaders?: boolean;
}

/** Evidence of an extracted relation; date and outlet only when the caller gave them. */
export type ExtractedEvidence = Omit<Evidence, 'date' | 'outlet' | keyof EvidenceReading> &
  Partial<Pick<Evidence, 'date' | 'outlet'>> & {
    /** Cue phrase that triggered the relation, as the cue table lists it (stored evidence keeps the quote's own words). */
    cue: string;
    /** The rule that found its arguments, `<type>.<rule>` (README, "How extraction decides"). */
    rule: ExtractionRule;
    spans: RelationSpans;
  };

/** A relation found by extraction. */
export interface ExtractedRelation {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  /** For `mediates`: the pair being mediated. */
  between?: [string, string];
  /** Best confidence among the evidence, in [0, 1]. */
  confidence: number;
  evidence: ExtractedEvidence[];
}

/** A relation merged across documents. */
export interface CorroboratedRelation extends ExtractedRelation {
  /** Number of distinct documents backing it (identical sentences counted once). */
  weight: number;
  /** Every mediated pair reported for this mediator and party. */
  betweens?: [string, string][];
}

export interface ExtractionResult {
  documentId: string;
  relations: ExtractedRelation[];
  /** Actors found by compromise that take part in a relation. */
  provisionalActors: Actor[];
  /** States and international bodies from the reference gazetteer, not in the given one, that take part in a relation. */
  referenceActors: Actor[];
  mentions: Mention[];
  sentences: Sentence[];
}
