import { randomInt } from 'node:crypto';
import type { AccessCodeGenerator } from '../../domain/partner-access/access-code-generator.js';
import {
  ACCESS_CODE_ALPHABET,
  ACCESS_CODE_LENGTH,
  type AccessCode,
} from '../../domain/partner-access/access-code.js';

export class CryptoAccessCodeGenerator implements AccessCodeGenerator {
  next(): AccessCode {
    let code = '';
    for (let i = 0; i < ACCESS_CODE_LENGTH; i += 1)
      code += ACCESS_CODE_ALPHABET[randomInt(ACCESS_CODE_ALPHABET.length)];
    return code as AccessCode;
  }
}
