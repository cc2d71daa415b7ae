import { domainError } from '../shared/domain-error.js';

/** The HTTP schema refuses a bad name first (VALIDATION_FAILED with its issue); this keeps the invariant for other callers. */
export class InvalidFeatureName extends domainError('invalid', 'VALIDATION_FAILED') {}
export class FeatureAlreadyExists extends domainError('conflict', 'FEATURE_ALREADY_EXISTS') {}
export class FeatureNotFound extends domainError('not_found', 'FEATURE_NOT_FOUND') {}
