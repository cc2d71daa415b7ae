import { createHash, timingSafeEqual } from 'node:crypto';

const BASIC = /^Basic\s+(\S+)\s*$/i;

/**
 * True when `header` is `Basic <token>` with the raw shared token (Zapier sends it as is, not
 * base64 of user:password). Both sides are hashed first, so the comparison is constant-time over
 * equal-length buffers and leaks nothing about the token's length. No token configured: nothing
 * is valid, so an unset ZAPIER_TOKEN never opens the webhook.
 */
export function isValidZapierToken(header: string | undefined | null, token: string | null): boolean {
  if (!token || !header) return false;
  const given = BASIC.exec(header)?.[1];
  if (!given) return false;
  return timingSafeEqual(digest(given), digest(token));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
