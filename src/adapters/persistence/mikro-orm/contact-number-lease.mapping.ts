import { defineEntity, p } from '@mikro-orm/core';

/** A phone number one worker is delivering a contact-sync call for (MikroOrmNumberLeases). */
export const ContactNumberLeaseMapping = defineEntity({
  name: 'ContactNumberLease',
  tableName: 'contact_number_lease',
  properties: {
    phoneNumber: p.string().length(32).primary(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    leaseId: p.uuid(),
    leasedUntil: p.datetime(),
  },
});
