import { isoDateSchema } from '../../server/domain/schema';

test('a date is checked against the calendar however often dates were seen before', () => {
  for (let i = 0; i < 3; i++) {
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(isoDateSchema.safeParse('2026-02-28').success).toBe(true);
    // The neighbours of remembered dates are still refused: only dates that exist are remembered.
    expect(isoDateSchema.safeParse('2026-02-29').success).toBe(false);
    expect(isoDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(isoDateSchema.safeParse('2026-13-01').success).toBe(false);
    expect(isoDateSchema.safeParse('+2026-02-28').success).toBe(false);
  }
});
