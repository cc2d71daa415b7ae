/**
 * Emails are trimmed and lower-cased on input (SPEC section 2). Only addresses of plain
 * characters are accepted: Crisp addresses profiles by email in a URL path its client does not
 * encode, so `#`, `/` or `?` in an email would send updates to someone else.
 */
const PLAUSIBLE = /^[a-z0-9_+'-]+(\.[a-z0-9_+'-]+)*@([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;
const MAX_LENGTH = 254;

export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** The normalised email, or null when it is not a plausible address. */
export function parseEmail(raw: string): string | null {
  const email = normaliseEmail(raw);
  return email.length <= MAX_LENGTH && PLAUSIBLE.test(email) ? email : null;
}
