import type { IdentityProvider } from '../../domain/identity/identity-provider.js';
import { failureCode, type OperationsLog } from '../../domain/shared/operations-log.js';

/**
 * Compensation when the rows of a new account could not be written: the identity account goes
 * too. If even that fails, the orphan is logged (uid and error code only) so an operator can
 * remove it; the caller still answers the original error.
 */
export async function discardAccount(
  identities: IdentityProvider,
  log: OperationsLog,
  uid: string,
): Promise<void> {
  try {
    await identities.deleteAccount(uid);
  } catch (error) {
    log.warn('identity account left without a Bloom user: delete it by hand', {
      firebaseUid: uid,
      code: failureCode(error),
    });
  }
}
