import { CreateUserAlreadyExists, CreateUserInvalidEmail } from '../../domain/identity/identity-errors.js';
import type { IdentityProvider } from '../../domain/identity/identity-provider.js';
import { PartnerNotFound } from '../../domain/partner/partner-errors.js';
import type { PartnerRepository } from '../../domain/partner/partner-repository.js';
import { PartnerAdmin } from '../../domain/partner-admin/partner-admin.js';
import type { PartnerAdminRepository } from '../../domain/partner-admin/partner-admin-repository.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { PartnerAdminId, PartnerId, UserId } from '../../domain/shared/ids.js';
import type { OperationsLog } from '../../domain/shared/operations-log.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { parseEmail } from '../../domain/user/email-address.js';
import { User } from '../../domain/user/user.js';
import { UserEmailTaken } from '../../domain/user/user-errors.js';
import type { UserRepository } from '../../domain/user/user-repository.js';
import { discardAccount } from '../identity/discard-account.js';
import type { CreatePartnerAdmin } from './create-partner-admin.js';

/**
 * A super admin gives someone a partner admin account: the Firebase account (random password,
 * the person uses password reset), then the user and admin rows in one transaction; the account
 * is deleted again if that fails. An email that already has a Bloom user is promoted instead.
 */
export class CreatePartnerAdminUser {
  constructor(
    private readonly createAdmin: CreatePartnerAdmin,
    private readonly admins: PartnerAdminRepository,
    private readonly partners: PartnerRepository,
    private readonly users: UserRepository,
    private readonly identities: IdentityProvider,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly log: OperationsLog,
  ) {}

  async execute(input: { name: string; email: string; partnerId: PartnerId }): Promise<PartnerAdmin> {
    const email = parseEmail(input.email);
    if (!email) throw new CreateUserInvalidEmail();
    if (!(await this.partners.findById(input.partnerId))) throw new PartnerNotFound();
    const existing = await this.users.findByEmail(email);
    if (existing) return this.createAdmin.execute({ userId: existing.id, partnerId: input.partnerId });

    const password = `${this.ids.uuid()}${this.ids.uuid()}`;
    const account = await this.identities.createAccount({ email, password, displayName: input.name.trim() });
    try {
      return await this.uow.run(async () => {
        const now = this.clock.now();
        const user = User.signUp(
          {
            id: this.ids.uuid() as UserId,
            firebaseUid: account.uid,
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
    } catch (error) {
      await discardAccount(this.identities, this.log, account.uid);
      throw error instanceof UserEmailTaken ? new CreateUserAlreadyExists() : error;
    }
  }
}
