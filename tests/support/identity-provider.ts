import type { DependencyContainer } from 'tsyringe';
import { IdentityProvider } from '../../src/domain/identity/identity-provider.js';

/**
 * Replaces some methods of the container's real IdentityProvider (the Firebase adapter on the
 * run's emulator) and keeps the others: `change` gets the real one, to call through to it.
 */
export function overrideIdentityProvider(
  container: DependencyContainer,
  change: (real: IdentityProvider) => Partial<IdentityProvider>,
): void {
  const real = container.resolve<IdentityProvider>(IdentityProvider);
  const provider: IdentityProvider = {
    createAccount: (input) => real.createAccount(input),
    updateEmail: (uid, email) => real.updateEmail(uid, email),
    revokeRefreshTokens: (uid) => real.revokeRefreshTokens(uid),
    deleteAccount: (uid) => real.deleteAccount(uid),
    ...change(real),
  };
  container.register(IdentityProvider, { useValue: provider });
}
