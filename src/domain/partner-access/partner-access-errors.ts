import { domainError } from '../shared/domain-error.js';

/** The checks of SPEC 6.2, in the order they run. */
export class InvalidAccessCode extends domainError('invalid', 'INVALID_CODE') {}
export class AccessCodeDoesNotExist extends domainError('invalid', 'DOES_NOT_EXIST') {}
export class AccessCodeInactive extends domainError('invalid', 'INACTIVE') {}
export class AccessCodeAlreadyApplied extends domainError('conflict', 'ALREADY_APPLIED') {}
export class AccessCodeAlreadyInUse extends domainError('conflict', 'ALREADY_IN_USE') {}
export class AccessCodeExpired extends domainError('invalid', 'CODE_EXPIRED') {}

export class PartnerAccessNotFound extends domainError('not_found', 'PARTNER_ACCESS_NOT_FOUND') {}
export class InvalidTherapySessions extends domainError('invalid', 'INVALID_THERAPY_SESSIONS') {}
/** Every fresh code drawn collided: practically impossible with 31^6 codes, so a fault, not bad input. */
export class AccessCodesExhausted extends domainError('unavailable', 'ACCESS_CODE_UNAVAILABLE') {}
