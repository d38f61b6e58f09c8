/**
 * Curation: the words shared by the store, the API, the CLI and the page. A curation is a change
 * set of stored rows (each with the row before and after), applied in one transaction and kept as
 * an event in the audit log; undo applies the same change set the other way round.
 */
import type { Evidence, EvidenceReading, RelationInput } from './types';

/** Every curation operation, as the log names it. */
export const CURATION_OPS = [
  'relation.accept',
  'relation.reject',
  'relation.retype',
  'relation.reverse',
  'relation.reattach',
  'actor.rename',
  'actor.kind',
  'actor.affiliate',
  'actor.merge',
  'actor.split',
  'actor.confirm',
  'document.retract',
  'undo',
] as const;
export type CurationOp = (typeof CURATION_OPS)[number];

/** Where each curation is posted, under /api (`:id`: the relation, actor or document id, or the event number). */
export const CURATION_PATHS: Record<CurationOp, string> = {
  'relation.accept': '/relations/:id/accept',
  'relation.reject': '/relations/:id/reject',
  'relation.retype': '/relations/:id/retype',
  'relation.reverse': '/relations/:id/reverse',
  'relation.reattach': '/relations/:id/reattach',
  'actor.rename': '/actors/:id/rename',
  'actor.kind': '/actors/:id/kind',
  'actor.affiliate': '/actors/:id/affiliate',
  'actor.merge': '/actors/:id/merge',
  'actor.split': '/actors/:id/split',
  'actor.confirm': '/actors/:id/confirm',
  'document.retract': '/documents/:id/retract',
  undo: '/audit/:id/undo',
};

/** The path of a curation of `id`. */
export const curationPath = (op: CurationOp, id: string): string => CURATION_PATHS[op].replace(':id', encodeURIComponent(id));

/** The longest reason a curator may give (characters). */
export const MAX_REASON_LENGTH = 500;
/** The longest curator name (characters). */
export const MAX_CURATOR_LENGTH = 100;

/** Stored tables a curation may change. */
export const CURATED_TABLES = ['documents', 'actors', 'relations', 'evidence', 'event_relations', 'relation_reviews', 'rejected_relations'] as const;
export type CuratedTable = (typeof CURATED_TABLES)[number];

export type RowValue = string | number | null;
/** A stored row, column → value (`_rowid` keeps its place in the table, so undo restores order too). */
export type Row = Record<string, RowValue>;

/** One row's change: inserted (after only), deleted (before only) or updated (both). */
export interface RowChange {
  table: CuratedTable;
  before?: Row;
  after?: Row;
}

/** A relation a curator accepted. */
export interface ReviewMark {
  relation: string;
  by: string;
  at: string;
}

/** A relation a curator rejected: out of the graph, kept with its evidence, who, when and why. */
export interface RejectedRelation {
  id: number;
  relation: RelationInput;
  by: string;
  at: string;
  reason?: string;
}

/** One entry of the audit log. */
export interface CurationEvent {
  id: number;
  /** ISO timestamp. */
  at: string;
  by: string;
  op: CurationOp;
  /** What it touched: `actor:ID`, `relation:ID`, `document:ID` (their versions are the last event id naming them). */
  subjects: string[];
  reason?: string;
  /** The request as given. */
  params: Record<string, unknown>;
  /** The rows before and after, in the order applied. */
  changes: RowChange[];
  /** For an undo: the event it undid. */
  undoes?: number;
  /** Set when a later event undid this one. */
  undoneBy?: number;
}

/** Curation state as it travels in a dump and lives beside the dataset. */
export interface CurationState {
  reviewed: ReviewMark[];
  rejected: RejectedRelation[];
  log: CurationEvent[];
}

/** Key of a curated thing in `subjects` and in version checks. */
export const subjectKey = (kind: 'actor' | 'relation' | 'document', id: string): string => `${kind}:${id}`;

/** What a curation answers with. */
export interface CurationResult {
  event: CurationEvent;
  /** The data version after the change (the page reloads when its own is older). */
  dataVersion: number;
}

/** One quote of a relation waiting for review, with how extraction read it (rule, cue, spans) when extraction recorded that. */
export type ReviewEvidence = Pick<Evidence, 'document' | 'quote' | 'start' | 'end' | 'date' | 'outlet' | 'confidence'> & Partial<EvidenceReading>;

/** A machine-made relation no curator has accepted yet (the review queue's entries). */
export interface ReviewItem {
  relation: string;
  type: RelationInput['type'];
  source: string;
  sourceLabel: string;
  /** Absent for a mediation recorded with its two parties in `between`. */
  target?: string;
  targetLabel?: string;
  between?: [string, string];
  /** The best confidence among its quotes; the queue lists the least certain first. */
  confidence: number;
  evidence: ReviewEvidence[];
  /** Send as `ifVersion` with a curation of it. */
  version: number;
}

/** A relation record with where it comes from and its review state (GET /api/relations/:id). */
export interface RelationDetail extends RelationInput {
  provenance: 'curated' | 'extracted';
  reviewed: boolean;
  reviewedBy?: ReviewMark;
  version: number;
}
