/**
 * The `auth/…` code of a firebase-admin rejection, or null for anything else. Read by shape
 * rather than `instanceof FirebaseAuthError`, which also covers errors thrown by other copies
 * of the SDK and plain network failures.
 */
export function firebaseErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}
