/**
 * JSON Schemas (OpenAPI 3.1) of evidence as the read routes serve it, with how extraction read each
 * quote (rule, cue, spans), and of the two answers built around it: one relation record and the
 * review queue. Built from the domain declarations, so the rule names listed are the ones checked.
 */
import { EXTRACTION_RULE_IDS } from '../domain/extraction-rules';
import { RELATION_TYPES } from '../domain/types';

const span = (what: string): object => ({
  type: 'array',
  description: `Document offsets [start, end) of ${what}; inside the quote's [start, end).`,
  prefixItems: [{ type: 'integer', minimum: 0 }, { type: 'integer', minimum: 0 }],
  minItems: 2,
  maxItems: 2,
});

const ref = (name: string): object => ({ $ref: `#/components/schemas/${name}` });

export const EVIDENCE_COMPONENTS: Record<string, object> = {
  Evidence: {
    type: 'object',
    description:
      'A verbatim quote backing a relation. rule, cue and spans come together, on quotes extraction found (absent on curated quotes and on quotes stored before extraction recorded them). Fields a route does not serve (end, date, outlet in a relation record) are left out there.',
    required: ['document', 'quote', 'start'],
    properties: {
      document: { type: 'string' },
      quote: { type: 'string' },
      start: { type: 'integer', minimum: 0, description: 'Document offset of the quote.' },
      end: { type: 'integer', minimum: 0 },
      date: { type: 'string', format: 'date' },
      outlet: { type: 'string' },
      confidence: { type: 'number', minimum: 0, maximum: 1 },
      method: { type: 'string', enum: ['curated', 'extracted'] },
      story: { type: 'string', description: 'The first copy of the story when the document republishes one.' },
      rule: { type: 'string', enum: [...EXTRACTION_RULE_IDS], description: 'The extraction rule that found the arguments, `<relation type>.<rule>` (README, "How extraction decides").' },
      cue: { type: 'string', description: 'The cue as the quote writes it.' },
      spans: {
        type: 'object',
        required: ['cue', 'source', 'target'],
        properties: { cue: span('the cue'), source: span('the words naming the source as extraction read it'), target: span('the words naming the target') },
      },
    },
  },
};

export const RELATION_DETAIL_SCHEMA: object = {
  type: 'object',
  required: ['id', 'source', 'type', 'evidence', 'provenance', 'reviewed', 'version'],
  properties: {
    id: { type: 'string' },
    source: { type: 'string' },
    target: { type: 'string' },
    type: { type: 'string', enum: [...RELATION_TYPES] },
    between: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 },
    evidence: { type: 'array', items: ref('Evidence') },
    provenance: { type: 'string', enum: ['curated', 'extracted'] },
    reviewed: { type: 'boolean' },
    reviewedBy: { type: 'object' },
    version: { type: 'integer' },
  },
};

export const REVIEW_QUEUE_SCHEMA: object = {
  type: 'object',
  required: ['total', 'items'],
  properties: {
    total: { type: 'integer' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['relation', 'type', 'source', 'sourceLabel', 'confidence', 'evidence', 'version'],
        properties: {
          relation: { type: 'string' },
          type: { type: 'string', enum: [...RELATION_TYPES] },
          source: { type: 'string' },
          sourceLabel: { type: 'string' },
          target: { type: 'string' },
          targetLabel: { type: 'string' },
          between: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 },
          confidence: { type: 'number' },
          evidence: { type: 'array', items: ref('Evidence') },
          version: { type: 'integer' },
        },
      },
    },
  },
};
