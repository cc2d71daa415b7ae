import { randomUUID } from 'node:crypto';
import { applicationDefault, cert, initializeApp, type App, type Credential } from 'firebase-admin/app';
import type { Auth } from 'firebase-admin/auth';

export interface FirebaseSettings {
  projectId: string;
  /** `host:port` of an Auth emulator; null for the real Firebase Auth. */
  emulatorHost: string | null;
  /** A service account key as JSON text (FIREBASE_SERVICE_ACCOUNT). */
  serviceAccountJson: string | null;
  /** Path of a service account key file (GOOGLE_APPLICATION_CREDENTIALS). */
  credentialsFile: string | null;
}

const EMULATOR_HOST_VARIABLE = 'FIREBASE_AUTH_EMULATOR_HOST';

/** A firebase-admin app whose Auth service is loaded when first asked for. */
export interface FirebaseAuth {
  /** The app, made with the credentials already checked. Dispose with `deleteApp(app)`. */
  readonly app: App;
  /** The Auth service; the first call loads firebase-admin/auth. */
  auth(): Promise<Auth>;
}

/**
 * A firebase-admin app of its own (unique name), so several can coexist in one process (tests,
 * emulator and real project side by side). The credentials are parsed now, so bad ones still
 * stop the start (fail closed); the Auth service, whose module alone is about 50 ms of start-up,
 * is loaded by the first request that needs it (docs/performance.md).
 */
export function createFirebaseAuth(settings: FirebaseSettings): FirebaseAuth {
  const credential = credentialFor(settings);
  // firebase-admin checks for the key, not its value: leave it out rather than undefined.
  const options = credential
    ? { projectId: settings.projectId, credential }
    : { projectId: settings.projectId };
  const app = initializeApp(options, `bloom-${randomUUID()}`);
  let auth: Promise<Auth> | undefined;
  return {
    app,
    auth: () =>
      (auth ??= import('firebase-admin/auth').then(({ getAuth }) =>
        withEmulatorHost(settings.emulatorHost, () => getAuth(app)),
      )),
  };
}

/**
 * firebase-admin 14 has no public per-app emulator option: `getAuth(app)` reads
 * FIREBASE_AUTH_EMULATOR_HOST once, while it builds that app's Auth service, and keeps the value
 * (request URLs, the "owner" access token, acceptance of unsigned tokens). Setting the variable
 * only around that synchronous call and restoring it afterwards makes the settings the only
 * source of truth, and lets apps for different emulators, or none, coexist.
 */
function withEmulatorHost<T>(host: string | null, build: () => T): T {
  const previous = process.env[EMULATOR_HOST_VARIABLE];
  setVariable(host);
  try {
    return build();
  } finally {
    setVariable(previous ?? null);
  }
}

function setVariable(value: string | null): void {
  if (value === null) delete process.env[EMULATOR_HOST_VARIABLE];
  else process.env[EMULATOR_HOST_VARIABLE] = value;
}

function credentialFor(settings: FirebaseSettings): Credential | undefined {
  // The emulator takes any caller as the project owner: no credential is ever used.
  if (settings.emulatorHost !== null) return undefined;
  if (settings.serviceAccountJson !== null) return cert(parseServiceAccount(settings.serviceAccountJson));
  if (settings.credentialsFile !== null) return cert(settings.credentialsFile);
  return applicationDefault();
}

function parseServiceAccount(json: string): object {
  try {
    return JSON.parse(json) as object;
  } catch {
    // JSON.parse's message quotes the text around the fault, which here is a private key.
    throw new Error('FIREBASE_SERVICE_ACCOUNT is not valid JSON');
  }
}
