import type { Brand } from '../shared/ids.js';
import { InvalidAccessCode } from './partner-access-errors.js';

/** Six characters of [A-Z0-9], already trimmed and upper-cased. */
export type AccessCode = Brand<string, 'AccessCode'>;

export const ACCESS_CODE_LENGTH = 6;
/** Minted codes avoid characters people confuse when reading them aloud: 0 O 1 I L. */
export const ACCESS_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

const FORMAT = /^[A-Z0-9]{6}$/;

/** Input codes are trimmed and upper-cased everywhere (SPEC 6.1); throws INVALID_CODE otherwise. */
export function parseAccessCode(raw: string): AccessCode {
  const code = raw.trim().toUpperCase();
  if (!FORMAT.test(code)) throw new InvalidAccessCode();
  return code as AccessCode;
}
