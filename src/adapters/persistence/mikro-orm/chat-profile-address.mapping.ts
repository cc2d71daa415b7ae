import { defineEntity, p } from '@mikro-orm/core';

/** The email a user's chat profile was last delivered under (MikroOrmChatProfileAddresses). */
export const ChatProfileAddressMapping = defineEntity({
  name: 'ChatProfileAddress',
  tableName: 'chat_profile_address',
  properties: {
    userId: p.uuid().primary(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    email: p.string().length(320),
  },
});
