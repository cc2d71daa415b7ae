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

export const iso = (date: Date): string => date.toISOString();
export const isoOrNull = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null);

/** Emails are trimmed and lower-cased on input everywhere. */
export const Email = z.string().trim().toLowerCase().max(254).pipe(z.email());
