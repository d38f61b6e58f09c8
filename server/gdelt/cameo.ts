/**
 * CAMEO event code → relation type, by the table of cameo-table.ts: the first matching rule wins.
 * Classification is memoised per (EventCode, EventRootCode, QuadClass), of which real files hold
 * a few hundred.
 */
import type { RelationType } from '../domain/types';
import type { CameoTable } from './cameo-table';

export type EventClass = RelationType | 'counted';

/**
 * Classifies an event given as numbers, as the row parser reads it from digits: EventCode's value
 * and count of digits (010 is not 10), EventRootCode's value (two digits), QuadClass.
 */
export type Classifier = (eventCode: number, eventCodeDigits: number, rootCode: number, quadClass: number) => EventClass;

/** A classifier over a table: the first matching rule wins, else `counted`. */
export function cameoClassifier(t: CameoTable): Classifier {
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
