import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { DependencyContainer } from 'tsyringe';
import { Authenticate } from '../../application/identity/authenticate.js';
import { ActorDirectory } from '../../domain/identity/actor.js';
import { IdentityProvider } from '../../domain/identity/identity-provider.js';
import { TokenVerifier } from '../../domain/identity/token-verifier.js';
import { createFirebaseAuth } from '../../adapters/auth/firebase-app.js';
import { FirebaseIdentityProvider } from '../../adapters/auth/firebase-identity-provider.js';
import { CachedTokenVerifier } from '../../adapters/auth/cached-token-verifier.js';
import { FirebaseTokenVerifier } from '../../adapters/auth/firebase-token-verifier.js';
import { MikroOrmActorDirectory } from '../../adapters/persistence/mikro-orm/mikro-orm-actor-directory.js';
import type { Config } from '../config.js';
import { provide, type Resolve } from './provide.js';

/** Firebase Auth (token verification, accounts) and the caller behind a token (SPEC section 3). */
export function registerIdentityModule(container: DependencyContainer, orm: MikroORM, config: Config): void {
  // One firebase-admin app for both ports, built when the first of them is resolved.
  let auth: ReturnType<typeof createFirebaseAuth> | undefined;
  const firebaseAuth = () => (auth ??= firebaseAuthOrExplain(config));
  // Verified claims are remembered until the token expires; the user row is still read per request.
  provide(container, TokenVerifier, () => new CachedTokenVerifier(new FirebaseTokenVerifier(firebaseAuth())));
  provide(container, IdentityProvider, () => new FirebaseIdentityProvider(firebaseAuth()));
  provide(container, ActorDirectory, () => new MikroOrmActorDirectory(orm.em as SqlEntityManager));
}

export function identityUseCases(get: Resolve, config: Config) {
  return {
    authenticate: new Authenticate(get(TokenVerifier), get(ActorDirectory), {
      superAdminEmailDomain: config.superAdminEmailDomain,
    }),
  };
}

/**
 * Credentials firebase-admin refuses (a malformed private key) stop the start with a message
 * naming the variable, instead of failing every sign-up and authenticated request with a 500.
 */
function firebaseAuthOrExplain(config: Config): ReturnType<typeof createFirebaseAuth> {
  try {
    return createFirebaseAuth(config.firebase);
  } catch (error) {
    const source = config.firebase.serviceAccountJson
      ? 'FIREBASE_SERVICE_ACCOUNT'
      : config.firebase.credentialsFile
        ? 'GOOGLE_APPLICATION_CREDENTIALS'
        : 'the Firebase settings';
    throw new Error(`Firebase refused the credentials in ${source}: ${credentialProblem(error)}`, {
      cause: error,
    });
  }
}

/** firebase-admin's reason, except a JSON parser's message: that quotes the key around the fault. */
function credentialProblem(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  if (error.cause instanceof SyntaxError) return `${error.message.split(': ')[0]}: not valid JSON`;
  return error.message;
}
