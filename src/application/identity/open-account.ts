import { CreateUserAlreadyExists } from '../../domain/identity/identity-errors.js';
import type { IdentityProvider, NewAccount } from '../../domain/identity/identity-provider.js';
import { failureCode, type OperationsLog } from '../../domain/shared/operations-log.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';
import { UserEmailTaken } from '../../domain/user/user-errors.js';

/**
 * SPEC 5.1 steps 3 to 5, shared by sign-up and partner-admin create-user: create the identity
 * account, write the caller's rows in one unit of work, and delete the account again when that
 * fails, so neither side keeps an orphan. If even the deletion fails, the orphan is logged (uid
 * and error code only) for an operator to remove; the caller still gets the original error.
 */
export class OpenAccount {
  constructor(
    private readonly identities: IdentityProvider,
    private readonly uow: UnitOfWork,
    private readonly log: OperationsLog,
  ) {}

  async execute<T>(account: NewAccount, writeRows: (uid: string) => Promise<T>): Promise<T> {
    const { uid } = await this.identities.createAccount(account);
    try {
      return await this.uow.run(() => writeRows(uid));
    } catch (error) {
      await this.discard(uid);
      // The database saw the email taken (a race Firebase did not catch): the same answer.
      throw error instanceof UserEmailTaken ? new CreateUserAlreadyExists() : error;
    }
  }

  private async discard(uid: string): Promise<void> {
    try {
      await this.identities.deleteAccount(uid);
    } catch (error) {
      this.log.warn('identity account left without a Bloom user: delete it by hand', {
        firebaseUid: uid,
        code: failureCode(error),
      });
    }
  }
}
