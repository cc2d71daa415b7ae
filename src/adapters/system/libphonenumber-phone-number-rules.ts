import { createRequire } from 'node:module';
import type * as LibphonenumberModule from 'libphonenumber-js';
import type { PhoneNumberRules } from '../../domain/subscription/phone-number.js';

type Libphonenumber = typeof LibphonenumberModule;
// Loaded on the first check rather than at start-up: its metadata is a large import that only
// WhatsApp subscriptions use (docs/performance.md, cold start). The port is synchronous, hence
// require (the package ships CommonJS too) rather than import().
const requireCommonJs = createRequire(import.meta.url);
let library: Libphonenumber | undefined;
const libphonenumber = (): Libphonenumber =>
  (library ??= requireCommonJs('libphonenumber-js') as Libphonenumber);

/**
 * libphonenumber-js with its default ("min") metadata: the country code must exist and the
 * length must fit that country's plan. `isPossible` rather than `isValid`: digit-range checks
 * go stale as countries assign new ranges, and refusing a real number costs a subscriber.
 */
export class LibphonenumberPhoneNumberRules implements PhoneNumberRules {
  isPossible(e164: string): boolean {
    const parsed = libphonenumber().parsePhoneNumberFromString(e164);
    // The parsed E.164 form must be the input itself (no digits dropped or read differently).
    return parsed !== undefined && parsed.number === e164 && parsed.isPossible();
  }
}
