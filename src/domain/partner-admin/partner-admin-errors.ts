import { domainError } from '../shared/domain-error.js';

export class UserAlreadyPartnerAdmin extends domainError('conflict', 'USER_ALREADY_PARTNER_ADMIN') {}
export class PartnerAdminNotFound extends domainError('not_found', 'PARTNER_ADMIN_NOT_FOUND') {}
