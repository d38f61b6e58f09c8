/**
 * Calendar periods for centrality over time and the diff: days, weeks (Monday to Sunday) and
 * calendar months covering a span of ISO dates, and the `START..END` period syntax of the diff.
 * Dates are compared as YYYY-MM-DD strings everywhere (evidence dates, the since/until filter),
 * so periods are made of such strings too, computed in UTC.
 */
import { InvalidArgumentError } from '../domain/errors';
import { MAX_PERIODS } from '../domain/types';
import type { PeriodUnit } from '../domain/types';
import { parseDate } from './options';
import type { Raw } from './options';

export interface Period {
  /** day: YYYY-MM-DD; week: YYYY-MM-DD of its Monday; month: YYYY-MM. */
  label: string;
  since: string;
  until: string;
}

const DAY = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const time = (d: string): number => Date.parse(`${d}T00:00:00Z`);

/** The first day of the period holding `date`. */
function startOf(date: string, by: PeriodUnit): number {
  const t = time(date);
  if (by === 'day') return t;
  if (by === 'week') return t - ((new Date(t).getUTCDay() + 6) % 7) * DAY;
  return time(`${date.slice(0, 7)}-01`);
}

/** The first day of the period after the one starting at `start`. */
function nextStart(start: number, by: PeriodUnit): number {
  if (by === 'day') return start + DAY;
  if (by === 'week') return start + 7 * DAY;
  const d = new Date(start);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/**
 * The periods from the one holding `first` to the one holding `last`, clipped to [first, last];
 * more than MAX_PERIODS is an error naming `by` (a coarser unit or a narrower since/until helps).
 */
export function periodsCovering(first: string, last: string, by: PeriodUnit): Period[] {
  const out: Period[] = [];
  const end = time(last);
  for (let start = startOf(first, by); start <= end; start = nextStart(start, by)) {
    if (out.length === MAX_PERIODS) {
      throw new InvalidArgumentError('by', `${first} to ${last} holds more than ${MAX_PERIODS} ${by}s; use a coarser unit or narrow since/until`);
    }
    const label = by === 'month' ? iso(start).slice(0, 7) : iso(start);
    const since = iso(start) < first ? first : iso(start);
    const lastDay = iso(nextStart(start, by) - DAY);
    out.push({ label, since, until: lastDay > last ? last : lastDay });
  }
  return out;
}

/** A period of the diff, `START..END` with either end open (`..2026-01-31`, `2026-02-01..`) or one day `DATE`. */
export function parsePeriod(name: string, v: Raw): { since?: string; until?: string } {
  if (v === undefined) throw new InvalidArgumentError(name, 'is required (START..END, e.g. 2026-01-01..2026-01-31; either end may be left open)');
  if (Array.isArray(v)) throw new InvalidArgumentError(name, 'given more than once');
  const s = String(v).trim();
  const [a, b] = s.includes('..') ? s.split('..', 2) : [s, s];
  if (s.split('..').length > 2) throw new InvalidArgumentError(name, `must be START..END, got "${s}"`);
  const since = a ? parseDate(name, a) : undefined;
  const until = b ? parseDate(name, b) : undefined;
  if (since && until && since > until) throw new InvalidArgumentError(name, `starts after it ends (${since} > ${until})`);
  return { ...(since ? { since } : {}), ...(until ? { until } : {}) };
}
