import type { UserView } from '../profile/profile-views.js';
import type { User } from './user.js';

/** A snapshot of the user as the API shows it. */
export function userView(user: User): UserView {
  return {
    id: user.id,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
    deletedAt: user.deletedAt,
    name: user.name,
    email: user.email,
    firebaseUid: user.firebaseUid,
    isActive: user.isActive,
    lastActiveAt: user.lastActiveAt,
    crispTokenId: user.crispTokenId,
    isSuperAdmin: user.isSuperAdmin,
    signUpLanguage: user.signUpLanguage,
    emailRemindersFrequency: user.emailRemindersFrequency,
    contactPermission: user.contactPermission,
    serviceEmailsPermission: user.serviceEmailsPermission,
  };
}
