/**
 * The CAMEO → relation table, cameo-relations.json (data, so the README and the code cannot
 * disagree), checked once at load. The thread that reads an import's options checks it and hands
 * it to the parsing threads as data, so they need not load the schema library (cameo.ts).
 */
import { z } from 'zod';
import { RELATION_TYPES } from '../domain/types';
import table from './cameo-relations.json';

const ruleSchema = z
  .strictObject({
    eventCode: z.string().regex(/^\d{2,4}$/).optional(),
    rootCode: z.array(z.string().regex(/^\d{2}$/)).optional(),
    quadClass: z.array(z.number().int().min(1).max(4)).optional(),
    type: z.enum(RELATION_TYPES),
    label: z.string(),
  })
  .refine((r) => [r.eventCode, r.rootCode, r.quadClass].filter((x) => x !== undefined).length === 1, {
    message: 'a rule matches on exactly one of eventCode, rootCode, quadClass',
  });

const tableSchema = z.strictObject({
  description: z.string(),
  rules: z.array(ruleSchema),
  otherwise: z.literal('counted'),
});

export type CameoTable = z.infer<typeof tableSchema>;

/** The bundled table, checked (a broken edit fails at start-up, not mid-import). */
export const CAMEO_TABLE: CameoTable = tableSchema.parse(table);
