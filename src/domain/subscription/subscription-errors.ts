import { domainError } from '../shared/domain-error.js';

/** The caller already holds an active subscription of this kind (any number). */
export class SubscriptionAlreadyExists extends domainError('conflict', 'ALREADY_EXISTS') {}
/** Unknown, or another user's: the two answer alike, so ids reveal nothing. */
export class SubscriptionNotFound extends domainError('not_found', 'SUBSCRIPTION_NOT_FOUND') {}
