import { domainError } from '../shared/domain-error.js';

export class InvalidPartnerName extends domainError('invalid', 'INVALID_PARTNER_NAME') {}
export class PartnerAlreadyExists extends domainError('conflict', 'PARTNER_ALREADY_EXISTS') {}
/** 404 on admin and public partner routes. */
export class PartnerNotFound extends domainError('not_found', 'PARTNER_NOT_FOUND') {}
/** 400 when a sign-up names a partner that is unknown or inactive (SPEC 5.1). */
export class SignUpPartnerNotFound extends domainError('invalid', 'PARTNER_NOT_FOUND') {}
