import type { TestProject } from 'vitest/node';
import { startFirebaseEmulator } from '../../src/infrastructure/firebase-emulator.js';
import { deleteAllAccounts } from './firebase-accounts.js';

const PROJECT_ID = 'demo-bloom-test';

/** One Auth emulator for the whole run, in memory; every test file reaches it via `inject`. */
export default async function startSharedFirebaseEmulator(project: TestProject) {
  const emulator = await startFirebaseEmulator({ projectId: PROJECT_ID });
  project.provide('firebaseEmulatorHost', emulator.host);
  project.provide('firebaseProjectId', PROJECT_ID);
  // Watch mode reruns against the same emulator: start each rerun from no accounts.
  project.onTestsRerun(() => deleteAllAccounts(emulator.host, PROJECT_ID));
  return () => emulator.stop();
}
