import type { Brand } from '../shared/ids.js';
import { InvalidAccessCode } from './partner-access-errors.js';

/** Six characters of [A-Z0-9], already trimmed and upper-cased. */
export type AccessCode = Brand<string, 'AccessCode'>;

export const ACCESS_CODE_LENGTH = 6;
/** Minted codes avoid characters people confuse when reading them aloud: 0 O 1 I L. */
export const ACCESS_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

const FORMAT = /^[A-Z0-9]{6}$/;

/**
 * The one place input codes are read (SPEC 6.1: trimmed and upper-cased everywhere; validate,
 * assign, sign-up and the list filter all go through here).
 */
export const AccessCode = {
  /** The text as codes are stored, whether or not it is a well-formed code. */
  normalise(raw: string): string {
    return raw.trim().toUpperCase();
  },

  /** Check 1 of SPEC 6.2: throws INVALID_CODE unless the normalised text is six of [A-Z0-9]. */
  parse(raw: string): AccessCode {
    const code = AccessCode.normalise(raw);
    if (!FORMAT.test(code)) throw new InvalidAccessCode();
    return code as AccessCode;
  },
};
