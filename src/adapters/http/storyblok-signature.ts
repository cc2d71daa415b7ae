import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * True when `header` is the lower-case hex HMAC-SHA1 of the raw body keyed with `secret`.
 * It must run over the bytes as received: re-serialised JSON differs in whitespace and key order.
 * With no secret configured nothing is valid, so an unset secret never opens the webhook.
 */
export function isValidStoryblokSignature(
  rawBody: string | Uint8Array,
  header: string | undefined | null,
  secret: string | null,
): boolean {
  if (!secret || !header) return false;
  const expected = Buffer.from(createHmac('sha1', secret).update(rawBody).digest('hex'), 'utf8');
  const given = Buffer.from(header, 'utf8');
  // timingSafeEqual throws on different lengths; the length of a hex digest is no secret.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
