import { beforeEach, describe, expect, it } from 'vitest';
import { UpdatePartnerAccess } from '../../../src/application/partner-access/update-partner-access.js';
import type { PartnerAccessId } from '../../../src/domain/shared/ids.js';
import { aPartner, aPartnerAccess, PARTNER_ID, USER_ID } from '../../builders/partner.builder.js';
import { partnerHarness } from './partner-access-harness.js';

describe('UpdatePartnerAccess', () => {
  let h: ReturnType<typeof partnerHarness>;
  let update: UpdatePartnerAccess;

  beforeEach(async () => {
    h = partnerHarness();
    update = new UpdatePartnerAccess(h.accesses, h.reader, h.profiles, h.uow, h.clock);
    await h.partners.add(aPartner());
  });

  it('answers the changed access as section 5 shows it, and enqueues its holder', async () => {
    const access = aPartnerAccess({ claimedBy: USER_ID });
    await h.accesses.add(access);
    h.clock.current = new Date('2026-02-01T00:00:00.000Z');
    const view = await update.execute(access.id, { therapySessionsRemaining: 2, featureLiveChat: false });
    expect(view).toMatchObject({
      id: access.id,
      accessCode: 'ABCDEF',
      therapySessionsRemaining: 2,
      featureLiveChat: false,
      updatedAt: new Date('2026-02-01T00:00:00.000Z'),
      partner: { id: PARTNER_ID, name: 'Bumble' },
    });
    expect([...h.profiles.queued]).toEqual([USER_ID]);
  });

  it('answers PARTNER_ACCESS_NOT_FOUND for an unknown id', async () => {
    const unknown = 'a5000000-0000-4000-8000-00000000ffff' as PartnerAccessId;
    await expect(update.execute(unknown, { active: false })).rejects.toMatchObject({
      code: 'PARTNER_ACCESS_NOT_FOUND',
    });
  });
});
