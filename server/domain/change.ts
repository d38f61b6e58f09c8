/**
 * Change sets: the unit of writing. An ingest proposes one; the store commits it in one
 * transaction and answers what it did (which relation records it created or corroborated); the
 * in-memory model then applies the same change (server/model/) instead of reading the store back.
 */
import type { Actor, EvidenceInput, RelationType, SourceDocument } from './types';

/** Evidence to add to the relation (source, target, type), creating the relation when it is new. */
export interface RelationEvidence {
  source: string;
  target: string;
  type: RelationType;
  between?: [string, string];
  evidence: EvidenceInput;
}

/** What one ingest adds. */
export interface ChangeSet {
  document: SourceDocument;
  actors: Actor[];
  relations: RelationEvidence[];
  /** The document's MinHash signature (near-duplicates.ts); absent for a text too short to compare. */
  signature?: Uint32Array;
}

/** What a change set did to relations: which records it created and which it corroborated. */
export interface AppliedRelation extends RelationEvidence {
  relationId: string;
  status: 'new' | 'corroborated';
}

/** A committed ingest as the model applies it: the change set and what the store made of it. */
export interface CommittedIngest {
  change: ChangeSet;
  applied: AppliedRelation[];
}
