import { domainError } from '../shared/domain-error.js';

export class InvalidToken extends domainError('unauthenticated', 'INVALID_TOKEN') {}
export class IdTokenExpired extends domainError('unauthenticated', 'ID_TOKEN_EXPIRED') {}
/** The token could not be checked because the identity provider did not answer. */
export class TokenVerificationUnavailable extends domainError('unavailable', 'SERVICE_UNAVAILABLE') {}

export class CreateUserInvalidEmail extends domainError('invalid', 'CREATE_USER_INVALID_EMAIL') {}
export class CreateUserWeakPassword extends domainError('invalid', 'CREATE_USER_WEAK_PASSWORD') {}
export class CreateUserAlreadyExists extends domainError('conflict', 'CREATE_USER_ALREADY_EXISTS') {}
export class CreateUserFirebaseError extends domainError('upstream', 'CREATE_USER_FIREBASE_ERROR') {}

export class UpdateUserInvalidEmail extends domainError('invalid', 'UPDATE_USER_INVALID_EMAIL') {}
export class UpdateUserAlreadyExists extends domainError('conflict', 'UPDATE_USER_ALREADY_EXISTS') {}
/** The row's email changed while this PATCH was changing it in Firebase; the client may retry. */
export class UpdateUserConflict extends domainError('conflict', 'UPDATE_USER_CONFLICT') {}

/** Any other failure of the identity provider (unreachable, refused, unknown account on update). */
export class IdentityProviderError extends domainError('upstream', 'IDENTITY_PROVIDER_ERROR') {}
