import { accessSync, constants, statSync } from 'node:fs';
import type { z } from 'zod';

// The checks config.ts applies to single values that need more than a schema.

const SERVICE_ACCOUNT_KEYS = ['project_id', 'private_key', 'client_email'] as const;

export function checkServiceAccount(text: string, ctx: z.RefinementCtx): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'must be the service account key as JSON' });
    return;
  }
  const fields = value as Record<string, unknown>;
  const missing = SERVICE_ACCOUNT_KEYS.filter((key) => typeof fields[key] !== 'string' || fields[key] === '');
  if (missing.length > 0)
    ctx.addIssue({
      code: 'custom',
      message: `must be the service account key JSON: ${missing.join(', ')} missing or not a string`,
    });
}

export function isReadableFile(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function listOf(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

const ORIGIN_FORM = 'http(s)://host[:port], lower-case, no default port, path or trailing slash';

/**
 * CORS compares these with the browser's `Origin` header as text, and browsers send it as
 * scheme://host[:port], lower-case, without the default port: any other spelling never matches.
 */
export function checkOrigins(origins: string[], ctx: z.RefinementCtx): void {
  for (const origin of origins.filter((item) => !isOrigin(item)))
    ctx.addIssue({
      code: 'custom',
      message: `"${origin}" is not an origin as browsers send it: ${ORIGIN_FORM}`,
    });
}

function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text;
  } catch {
    return false;
  }
}

const SIMPLYBOOK_CREDENTIALS = ['SIMPLYBOOK_COMPANY', 'SIMPLYBOOK_LOGIN', 'SIMPLYBOOK_PASSWORD'] as const;

/**
 * SPEC 12.3: the three Simplybook credentials come together or not at all (none: cancelling a
 * booking answers 503). A TOTP secret alone means the rest was forgotten.
 */
export function simplybookProblems(
  env: Record<string, string | undefined>,
): { path: string; message: string }[] {
  const missing = SIMPLYBOOK_CREDENTIALS.filter((name) => !env[name]?.trim());
  if (missing.length === SIMPLYBOOK_CREDENTIALS.length) {
    return env.SIMPLYBOOK_TOTP_SECRET
      ? [
          {
            path: 'SIMPLYBOOK_TOTP_SECRET',
            message: `is set but ${SIMPLYBOOK_CREDENTIALS.join(', ')} are not`,
          },
        ]
      : [];
  }
  return missing.map((name) => ({
    path: name,
    message: `is required when any of ${SIMPLYBOOK_CREDENTIALS.join(', ')} is set`,
  }));
}

/** Authenticator apps show base32 secrets in groups, upper or lower case: spaces and case do not matter. */
export function normaliseTotpSecret(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

export const TOTP_SECRET_FORM = {
  // At least 80 bits (16 characters), the shortest secret authenticator apps issue.
  pattern: /^[A-Z2-7]{16,}=*$/,
  message: 'must be a base32 TOTP secret (A-Z and 2-7, at least 16 characters)',
};

const RESPOND_IO_HOOKS = ['RESPOND_IO_CREATE_CONTACT_WEBHOOK', 'RESPOND_IO_DELETE_CONTACT_WEBHOOK'] as const;

/**
 * SPEC 13.7/13.8: the two contact hooks come together or not at all (a sync that could add but
 * never remove would keep numbers people took back), and are https in production (they carry
 * phone numbers and names).
 */
export function respondIoProblems(
  env: Record<string, string | undefined>,
): { path: string; message: string }[] {
  const set = RESPOND_IO_HOOKS.filter((name) => env[name]?.trim());
  if (set.length === 0) return [];
  const problems = RESPOND_IO_HOOKS.filter((name) => !set.includes(name)).map((name) => ({
    path: name,
    message: `is required when ${RESPOND_IO_HOOKS.filter((other) => other !== name).join(', ')} is set`,
  }));
  if (env.NODE_ENV === 'production')
    for (const name of set)
      if (!/^https:\/\//i.test(env[name] ?? ''))
        problems.push({ path: name, message: 'must be an https:// URL in production' });
  return problems;
}
