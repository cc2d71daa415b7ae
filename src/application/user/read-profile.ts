import type { AccountReader, CourseProgressReader } from '../../domain/profile/profile-readers.js';
import type { ProfileView } from '../../domain/profile/profile-views.js';
import type { UserId } from '../../domain/shared/ids.js';
import { UserNotFound } from '../../domain/user/user-errors.js';

/** The profile object of sign-up and GET /me: the account part and the progress part. */
export class ReadProfile {
  constructor(
    private readonly accounts: AccountReader,
    private readonly progress: CourseProgressReader,
  ) {}

  async execute(userId: UserId): Promise<ProfileView> {
    const [account, courses] = await Promise.all([
      this.accounts.account(userId),
      this.progress.forUser(userId),
    ]);
    if (!account) throw new UserNotFound();
    return { ...account, courses };
  }
}
