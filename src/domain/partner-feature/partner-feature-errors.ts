import { domainError } from '../shared/domain-error.js';

export class PartnerFeatureAlreadyExists extends domainError('conflict', 'PARTNER_FEATURE_ALREADY_EXISTS') {}
export class PartnerFeatureNotFound extends domainError('not_found', 'PARTNER_FEATURE_NOT_FOUND') {}
/** 400 when a sign-up without code names a partner that has no active AUTOMATIC_ACCESS_CODE feature. */
export class PartnerFeatureNotEnabled extends domainError('invalid', 'PARTNER_FEATURE_NOT_ENABLED') {}
