/**
 * CAMEO event code → relation type, driven by the table in cameo-relations.json (data, so the
 * README and the code cannot disagree). The table is checked once at load; classification is
 * memoised per (EventCode, EventRootCode, QuadClass), of which real files hold a few hundred.
 */
import { z } from 'zod';
import { RELATION_TYPES } from '../domain/types';
import type { RelationType } from '../domain/types';
import table from './cameo-relations.json';

export type EventClass = RelationType | 'counted';

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
export type CameoRule = CameoTable['rules'][number];

/** The bundled table, checked (a broken edit fails at start-up, not mid-import). */
export const CAMEO_TABLE: CameoTable = tableSchema.parse(table);

/**
 * Classifies an event given as numbers, as the row parser reads it from digits: EventCode's value
 * and count of digits (010 is not 10), EventRootCode's value (two digits), QuadClass.
 */
export type Classifier = (eventCode: number, eventCodeDigits: number, rootCode: number, quadClass: number) => EventClass;

/** A classifier over a table: the first matching rule wins, else `counted`. */
export function cameoClassifier(t: CameoTable = CAMEO_TABLE): Classifier {
  const memo = new Map<number, EventClass>();
  const decide = (eventCode: string, rootCode: string, quadClass: number): EventClass => {
    for (const r of t.rules) {
      if (r.eventCode !== undefined && eventCode.startsWith(r.eventCode)) return r.type;
      if (r.rootCode?.includes(rootCode)) return r.type;
      if (r.quadClass?.includes(quadClass)) return r.type;
    }
    return t.otherwise;
  };
  return (eventCode, eventCodeDigits, rootCode, quadClass) => {
    // A numeric key: no string is built per row, only once per distinct event.
    const key = ((eventCodeDigits * 10_000 + eventCode) * 100 + rootCode) * 8 + quadClass;
    let c = memo.get(key);
    if (c === undefined) {
      c = decide(String(eventCode).padStart(eventCodeDigits, '0'), String(rootCode).padStart(2, '0'), quadClass);
      memo.set(key, c);
    }
    return c;
  };
}
