import { deleteApp } from 'firebase-admin/app';
import { afterAll } from 'vitest';
import { createFirebaseAuth } from '../../src/adapters/auth/firebase-app.js';
import { FirebaseIdentityProvider } from '../../src/adapters/auth/firebase-identity-provider.js';
import { FirebaseTokenVerifier } from '../../src/adapters/auth/firebase-token-verifier.js';
import { sharedFirebaseEmulator } from './firebase-emulator.js';

/**
 * The Firebase adapters wired to the run's shared Auth emulator, for adapter tests. Call it at
 * the top of a test file: it deletes its firebase-admin app after the file's tests.
 */
export function emulatorFirebaseAdapters() {
  const { host, projectId } = sharedFirebaseEmulator();
  return { host, projectId, ...firebaseAdaptersAt(host, projectId) };
}

/** The Firebase adapters in emulator mode against `host`, which need not be listening. */
export function firebaseAdaptersAt(host: string, projectId: string) {
  const auth = createFirebaseAuth({
    projectId,
    emulatorHost: host,
    serviceAccountJson: null,
    credentialsFile: null,
  });
  afterAll(() => deleteApp(auth.app));
  return {
    identities: new FirebaseIdentityProvider(auth),
    verifier: new FirebaseTokenVerifier(auth),
    /** A password the emulator accepts. */
    password: 'correct-horse-1',
  };
}
