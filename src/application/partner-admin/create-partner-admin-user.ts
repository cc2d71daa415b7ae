import { CreateUserInvalidEmail } from '../../domain/identity/identity-errors.js';
import { PartnerNotFound } from '../../domain/partner/partner-errors.js';
import type { PartnerRepository } from '../../domain/partner/partner-repository.js';
import { PartnerAdmin } from '../../domain/partner-admin/partner-admin.js';
import type { PartnerAdminRepository } from '../../domain/partner-admin/partner-admin-repository.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { PartnerAdminId, PartnerId, UserId } from '../../domain/shared/ids.js';
import { parseEmail } from '../../domain/user/email-address.js';
import { User } from '../../domain/user/user.js';
import type { UserRepository } from '../../domain/user/user-repository.js';
import type { OpenAccount } from '../identity/open-account.js';
import type { CreatePartnerAdmin } from './create-partner-admin.js';

/**
 * A super admin gives someone a partner admin account: the Firebase account (random password,
 * the person uses password reset), then the user and admin rows in one transaction, with
 * sign-up's compensation (OpenAccount). An email that already has a Bloom user is promoted instead.
 */
export class CreatePartnerAdminUser {
  constructor(
    private readonly createAdmin: CreatePartnerAdmin,
    private readonly admins: PartnerAdminRepository,
    private readonly partners: PartnerRepository,
    private readonly users: UserRepository,
    private readonly openAccount: OpenAccount,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async execute(input: { name: string; email: string; partnerId: PartnerId }): Promise<PartnerAdmin> {
    const email = parseEmail(input.email);
    if (!email) throw new CreateUserInvalidEmail();
    if (!(await this.partners.findById(input.partnerId))) throw new PartnerNotFound();
    const existing = await this.users.findByEmail(email);
    if (existing) return this.createAdmin.execute({ userId: existing.id, partnerId: input.partnerId });

    const password = `${this.ids.uuid()}${this.ids.uuid()}`;
    const account = { email, password, displayName: input.name.trim() };
    return this.openAccount.execute(account, async (firebaseUid) => {
      const now = this.clock.now();
      const user = User.signUp(
        {
          id: this.ids.uuid() as UserId,
          firebaseUid,
          crispTokenId: this.ids.uuid(),
          name: input.name,
          email,
          signUpType: 'PUBLIC_USER',
          contactPermission: false,
        },
        now,
      );
      await this.users.add(user);
      const admin = PartnerAdmin.create(this.ids.uuid() as PartnerAdminId, user.id, input.partnerId, now);
      await this.admins.add(admin);
      return admin;
    });
  }
}
