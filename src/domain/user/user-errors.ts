import { domainError } from '../shared/domain-error.js';

/** An admin route named a user that does not exist (404; the auth middleware uses a 403 twin). */
export class UserNotFound extends domainError('not_found', 'USER_NOT_FOUND') {}
/** Another user row already holds this email; use cases turn it into their own CREATE_/UPDATE_ code. */
export class UserEmailTaken extends domainError('conflict', 'USER_EMAIL_TAKEN') {}
/** A super admin tried to change a deleted (anonymised) user: deletion is final (docs/decisions.md). */
export class UserDeleted extends domainError('conflict', 'USER_DELETED') {}
export class InvalidUserName extends domainError('invalid', 'VALIDATION_FAILED') {}
