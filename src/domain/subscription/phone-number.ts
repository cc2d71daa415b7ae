import { domainError } from '../shared/domain-error.js';
import { portToken } from '../shared/port-token.js';

export class InvalidPhoneNumber extends domainError('invalid', 'INVALID_PHONE_NUMBER') {}

/** SPEC 13.6's shape: a plus, a non-zero digit, then 7 to 14 digits. */
const E164_SHAPE = /^\+[1-9][0-9]{7,14}$/;

/** What a number held by a deleted user's row becomes once its removal is delivered (SPEC 13.7). */
export const REDACTED_NUMBER = 'REDACTED';

/**
 * Numbering-plan knowledge the shape cannot hold (country codes, lengths per country), kept by
 * a maintained library behind this port.
 */
export interface PhoneNumberRules {
  /** Whether an E.164 number is one some country's plan could assign (length and country code). */
  isPossible(e164: string): boolean;
}
export const PhoneNumberRules = portToken<PhoneNumberRules>('PhoneNumberRules');

/** SPEC 13.6: whitespace removed, then the E.164 shape, then the numbering plan; else INVALID_PHONE_NUMBER. */
export function normalisePhoneNumber(text: string, rules: PhoneNumberRules): string {
  const number = text.replace(/\s+/g, '');
  if (!E164_SHAPE.test(number) || !rules.isPossible(number)) throw new InvalidPhoneNumber();
  return number;
}
