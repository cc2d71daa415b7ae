import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { DependencyContainer } from 'tsyringe';
import { Authenticate } from '../../application/identity/authenticate.js';
import { ActorDirectory } from '../../domain/identity/actor.js';
import { IdentityProvider } from '../../domain/identity/identity-provider.js';
import { TokenVerifier } from '../../domain/identity/token-verifier.js';
import { createFirebaseAuth } from '../../adapters/auth/firebase-app.js';
import { FirebaseIdentityProvider } from '../../adapters/auth/firebase-identity-provider.js';
import { FirebaseTokenVerifier } from '../../adapters/auth/firebase-token-verifier.js';
import { MikroOrmActorDirectory } from '../../adapters/persistence/mikro-orm/mikro-orm-actor-directory.js';
import type { Config } from '../config.js';
import { singleton } from './singleton.js';

export function registerIdentityModule(container: DependencyContainer, orm: MikroORM, config: Config): void {
  // Built on first use, so tests that swap in fakes never start a firebase-admin app; the server
  // resolves these ports at start-up, so it refuses bad credentials before serving (server.ts).
  let auth: ReturnType<typeof createFirebaseAuth> | undefined;
  const firebaseAuth = () => (auth ??= createFirebaseAuth(config.firebase));
  singleton(container, TokenVerifier, () => new FirebaseTokenVerifier(firebaseAuth()));
  singleton(container, IdentityProvider, () => new FirebaseIdentityProvider(firebaseAuth()));
  container.register(ActorDirectory, { useValue: new MikroOrmActorDirectory(orm.em as SqlEntityManager) });
  singleton(
    container,
    Authenticate,
    (c) =>
      new Authenticate(c.resolve(TokenVerifier), c.resolve(ActorDirectory), {
        superAdminEmailDomain: config.superAdminEmailDomain,
      }),
  );
}
