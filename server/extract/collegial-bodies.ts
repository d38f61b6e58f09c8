/**
 * Rule `collegialBody` (server/domain/extraction-rules.ts, READING_RULES): the one who presides over
 * a collegial body — a council, an assembly, a parliament, a court — meets, calls and speaks as
 * themselves: "Blinken spoke with European Council President X", "calls with the President of the
 * Presidential Leadership Council, Y" are not the council's talks, whose acts are its members' joint
 * decisions. So leader crediting (server/extract/index.ts creditLeaders, affiliation.ts ledBody),
 * which commits an agency or a group to its head's act ("Mossad Director X", "Hamas leader Y"),
 * skips these bodies. Found on dev false alarms of the eighteenth session (branch prec18): a
 * leadership council and the European Council credited with their presidents' calls and meetings.
 */
import type { Actor } from '../domain/types';
import { fold } from './normalize';

/** Data: head nouns of bodies whose members decide together, written for this rule from the council and assembly names of dev articles. */
const COLLEGIAL_HEADS: ReadonlySet<string> = new Set(['council', 'assembly', 'parliament', 'court', 'tribunal', 'senate', 'congress']);

/** Whether the body's name ends in the head noun of a collegial body ("European Council", "the National Assembly"). */
export function isCollegialBody(body: Actor): boolean {
  const last = fold(body.name).split(/\s+/).pop() ?? '';
  return COLLEGIAL_HEADS.has(last);
}
