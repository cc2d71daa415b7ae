import { domainError } from '../shared/domain-error.js';

/** No Authorization header, or not `Bearer <token>`. */
export class Unauthorized extends domainError('unauthenticated', 'UNAUTHORIZED') {}
/** A valid token whose uid has no Bloom user (403 here; other routes use USER_NOT_FOUND with other statuses). */
export class TokenUserNotFound extends domainError('forbidden', 'USER_NOT_FOUND') {}
/** The user was deleted or deactivated. */
export class UserInactive extends domainError('forbidden', 'USER_INACTIVE') {}
/** Authenticated, but the route needs a role the caller does not have. */
export class Forbidden extends domainError('forbidden', 'FORBIDDEN') {}
