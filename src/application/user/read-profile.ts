import type { AccountReader, CourseProgressReader } from '../../domain/profile/profile-readers.js';
import { grantingRoles } from '../../domain/profile/granting-roles.js';
import type { ProfileWithResources } from '../../domain/profile/profile-views.js';
import type { UserId } from '../../domain/shared/ids.js';
import { UserNotFound } from '../../domain/user/user-errors.js';

/**
 * The profile object of sign-up and GET /me: the account part (with the resources the user
 * started), narrowed to the roles that grant something now (SPEC 12.4), and the course progress.
 */
export class ReadProfile {
  constructor(
    private readonly accounts: AccountReader,
    private readonly progress: CourseProgressReader,
  ) {}

  async execute(userId: UserId): Promise<ProfileWithResources> {
    const [account, courses] = await Promise.all([
      this.accounts.account(userId),
      this.progress.forUser(userId),
    ]);
    if (!account) throw new UserNotFound();
    return { ...grantingRoles(account), courses };
  }
}
