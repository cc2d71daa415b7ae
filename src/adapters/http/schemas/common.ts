import { z } from '@hono/zod-openapi';

/**
 * A UUID-shaped path or body id (any version, as PostgreSQL accepts); anything else is a 400
 * VALIDATION_FAILED, never a 404 or a 500. Lower-cased, as PostgreSQL writes uuids, so ids
 * compare equal as strings.
 */
export const Uuid = z.guid().overwrite((id) => id.toLowerCase());

export const IdParam = z.object({ id: Uuid.openapi({ param: { name: 'id', in: 'path' } }) });

/** ISO-8601 in UTC, as every timestamp in a response. */
export const Timestamp = z.iso.datetime().openapi({ example: '2026-01-15T10:00:00.000Z' });

export const isoOrNull = (date: Date | null | undefined): string | null => (date ? iso(date) : null);

/** 10000-01-01T00:00:00.000Z: from there on, and before 1970, `iso` leaves the work to Date. */
const YEAR_10000 = 253_402_300_800_000;
const DAY_SECONDS = 86_400;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * Exactly `date.toISOString()`, written out for 1970 to 9999: the built-in was 6% of GET /me's
 * server time (about 270 timestamps per answer), and this is about 3 times cheaper (issue 14).
 */
export function iso(date: Date): string {
  const time = date.getTime();
  if (!(time >= 0 && time < YEAR_10000)) return date.toISOString();
  const ms = time % 1000;
  const seconds = (time - ms) / 1000;
  const second = seconds % DAY_SECONDS;
  // Days since 1970-01-01 to the civil date (H. Hinnant's civil_from_days, for days >= 0).
  const z = (seconds - second) / DAY_SECONDS + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(second / 3600);
  const minute = Math.floor(second / 60) % 60;
  const millis = ms < 10 ? `00${ms}` : ms < 100 ? `0${ms}` : `${ms}`;
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second % 60)}.${millis}Z`;
}

/** Emails are trimmed and lower-cased on input everywhere. */
export const Email = z.string().trim().toLowerCase().max(254).pipe(z.email());
