import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { PhoneNumberRules } from '../../domain/subscription/phone-number.js';

/**
 * libphonenumber-js with its default ("min") metadata: the country code must exist and the
 * length must fit that country's plan. `isPossible` rather than `isValid`: digit-range checks
 * go stale as countries assign new ranges, and refusing a real number costs a subscriber.
 */
export class LibphonenumberPhoneNumberRules implements PhoneNumberRules {
  isPossible(e164: string): boolean {
    const parsed = parsePhoneNumberFromString(e164);
    // The parsed E.164 form must be the input itself (no digits dropped or read differently).
    return parsed !== undefined && parsed.number === e164 && parsed.isPossible();
  }
}
