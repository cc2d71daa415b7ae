import { defineEntity, p } from '@mikro-orm/core';
import { User } from '../../../domain/user/user.js';

/** Private fields are written through their backing `_x` names; columns keep the public names. */
export const UserMapping = defineEntity({
  class: User,
  tableName: 'user',
  properties: {
    id: p.uuid().primary(),
    firebaseUid: p.string().length(128),
    crispTokenId: p.uuid(),
    signUpType: p.string().length(32),
    createdAt: p.datetime(),
    updatedAt: p.datetime().accessor('_updatedAt'),
    name: p.string().length(255).accessor('_name'),
    email: p.string().length(320).accessor('_email'),
    contactPermission: p.boolean().accessor('_contactPermission'),
    serviceEmailsPermission: p.boolean().accessor('_serviceEmailsPermission'),
    emailRemindersFrequency: p.string().length(16).accessor('_emailRemindersFrequency'),
    signUpLanguage: p.string().length(16).nullable().accessor('_signUpLanguage'),
    isSuperAdmin: p.boolean().accessor('_isSuperAdmin'),
    isActive: p.boolean().accessor('_isActive'),
    lastActiveAt: p.datetime().nullable().accessor('_lastActiveAt'),
    deletedAt: p.datetime().nullable().accessor('_deletedAt'),
  },
});
