import { inject } from 'vitest';

/** The run's shared Auth emulator, started by firebase-emulator.global-setup.ts. */
export function sharedFirebaseEmulator(): { host: string; projectId: string } {
  const host = inject('firebaseEmulatorHost');
  const projectId = inject('firebaseProjectId');
  // Without the global setup these are undefined, and firebase-admin would not use the emulator.
  if (!host || !projectId) {
    throw new Error(
      'No Firebase emulator: list tests/support/firebase-emulator.global-setup.ts in globalSetup',
    );
  }
  return { host, projectId };
}
