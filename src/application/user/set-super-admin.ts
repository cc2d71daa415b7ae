import type { Clock } from '../../domain/shared/clock.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { normaliseEmail } from '../../domain/user/email-address.js';
import type { User } from '../../domain/user/user.js';
import { UserNotFound } from '../../domain/user/user-errors.js';
import type { UserRepository } from '../../domain/user/user-repository.js';

/** The CLI's grant/revoke-super-admin: there is no API to create the first super admin. */
export class SetSuperAdmin {
  constructor(
    private readonly users: UserRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(input: { email: string; superAdmin: boolean }): Promise<User> {
    return this.uow.run(async () => {
      const user = await this.users.findByEmail(normaliseEmail(input.email));
      if (!user) throw new UserNotFound();
      user.grantSuperAdmin(input.superAdmin, this.clock.now());
      await this.users.save(user);
      return user;
    });
  }
}
