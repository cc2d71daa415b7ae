import { portToken } from '../shared/port-token.js';
import type { AccessCode } from './access-code.js';

/** Draws a fresh random code from ACCESS_CODE_ALPHABET; uniqueness is the repository's job. */
export interface AccessCodeGenerator {
  next(): AccessCode;
}
export const AccessCodeGenerator = portToken<AccessCodeGenerator>('AccessCodeGenerator');
