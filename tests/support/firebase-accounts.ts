// Clients of the Auth emulator's REST API: what a browser does (sign up, sign in) and what only
// the emulator allows (wiping a project, accepting unsigned tokens).

const API_KEY = 'any'; // the emulator accepts any key and picks its --project from it

export async function createAccount(
  host: string,
  email: string,
  password: string,
): Promise<{ uid: string; idToken: string }> {
  const body = await post(host, `/identitytoolkit.googleapis.com/v1/accounts:signUp?key=${API_KEY}`, {
    email,
    password,
  });
  // Not the token signUp returns: the emulator stamps that token's auth_time with the time the
  // request arrived but the account's validSince a moment later, after hashing the password. When
  // a second boundary falls in between, the token predates validSince, and firebase-admin (which
  // checks revocation on every call in emulator mode) rejects it as revoked. A sign-in afterwards
  // is stamped after validSince, always.
  return { uid: stringField(body, 'localId'), idToken: await signIn(host, email, password) };
}

export async function signIn(host: string, email: string, password: string): Promise<string> {
  const body = await post(
    host,
    `/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=${API_KEY}`,
    {
      email,
      password,
      returnSecureToken: true,
    },
  );
  return stringField(body, 'idToken');
}

export async function deleteAllAccounts(host: string, projectId: string): Promise<void> {
  const response = await fetch(`http://${host}/emulator/v1/projects/${projectId}/accounts`, {
    method: 'DELETE',
  });
  if (!response.ok)
    throw new Error(`Wiping the emulator answered ${response.status}: ${await response.text()}`);
}

/** The email of an account, or null when it does not exist (admin lookup as the owner). */
export async function lookUpEmail(host: string, projectId: string, uid: string): Promise<string | null> {
  const body = await post(
    host,
    `/identitytoolkit.googleapis.com/v1/projects/${projectId}/accounts:lookup`,
    {
      localId: [uid],
    },
    true,
  );
  const users = (body as { users?: { email?: string }[] }).users ?? [];
  return users[0]?.email ?? null;
}

/**
 * An ID token for `uid` that expired an hour ago. It is unsigned, as the emulator's own tokens
 * are; firebase-admin accepts unsigned tokens in emulator mode only.
 */
export function unsignedExpiredToken(uid: string, projectId: string): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'none', typ: 'JWT' };
  const payload = {
    iss: `https://securetoken.google.com/${projectId}`,
    aud: projectId,
    auth_time: now - 7200,
    user_id: uid,
    sub: uid,
    iat: now - 7200,
    exp: now - 3600,
    firebase: { identities: {}, sign_in_provider: 'password' },
  };
  return `${base64url(header)}.${base64url(payload)}.`;
}

/** Resolves once the wall clock is in a later second than now (token times are in seconds). */
export async function nextSecond(): Promise<void> {
  await new Promise((wake) => setTimeout(wake, 1000 - (Date.now() % 1000) + 20));
}

/** `asOwner` calls as the project's admin, which the emulator grants to the token "owner". */
async function post(host: string, path: string, body: object, asOwner = false): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (asOwner) headers['authorization'] = 'Bearer owner';
  const response = await fetch(`http://${host}${path}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  const json: unknown = await response.json();
  if (!response.ok) throw new Error(`Emulator ${path} answered ${response.status}: ${JSON.stringify(json)}`);
  return json;
}

function stringField(body: unknown, field: string): string {
  const value = (body as Record<string, unknown>)[field];
  if (typeof value !== 'string') throw new Error(`Emulator response has no ${field}`);
  return value;
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
