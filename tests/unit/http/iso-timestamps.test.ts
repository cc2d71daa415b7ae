import { describe, expect, it } from 'vitest';
import { iso, isoOrNull } from '../../../src/adapters/http/schemas/common.js';

/** `iso` is written out by hand for speed (issue 14): it must equal Date's own toISOString. */
describe('iso', () => {
  const YEAR_10000 = Date.UTC(10000, 0, 1);

  it('writes what toISOString writes, at the edges of days, months, leap years and its range', () => {
    const edges = [
      0,
      1,
      999,
      Date.UTC(1972, 1, 29, 23, 59, 59, 999),
      Date.UTC(2000, 1, 29, 12),
      Date.UTC(2000, 2, 1),
      Date.UTC(2024, 11, 31, 23, 59, 59, 990),
      Date.UTC(2100, 1, 28, 23, 59, 59, 9),
      Date.UTC(2100, 2, 1, 0, 0, 0, 10),
      Date.UTC(2400, 1, 29),
      YEAR_10000 - 1,
      // Outside 1970–9999 the built-in does the work.
      -1,
      Date.UTC(1, 0, 1),
      YEAR_10000,
      8.64e15,
    ];
    for (const time of edges) expect(iso(new Date(time))).toBe(new Date(time).toISOString());
  });

  it('writes what toISOString writes for a million instants spread over 1970 to 9999', () => {
    // A fixed stride (about 2.9 days, not a whole number of seconds) so every field takes many values; no random data.
    const stride = 253_402_301;
    for (let time = 0; time < YEAR_10000; time += stride) {
      const date = new Date(time);
      if (iso(date) !== date.toISOString()) expect(iso(date)).toBe(date.toISOString());
    }
  });

  it('throws on an invalid date as toISOString does, and isoOrNull keeps null', () => {
    expect(() => iso(new Date(Number.NaN))).toThrow(RangeError);
    expect(isoOrNull(null)).toBeNull();
    expect(isoOrNull(undefined)).toBeNull();
    expect(isoOrNull(new Date(Date.UTC(2026, 0, 15, 10)))).toBe('2026-01-15T10:00:00.000Z');
  });
});
