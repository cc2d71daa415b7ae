import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { createAccount } from './firebase-accounts.js';
import { sharedFirebaseEmulator } from './firebase-emulator.js';

/**
 * Rows written straight into a test database, so a feature's tests do not depend on another
 * feature's use cases to set the scene. Every helper returns the new row's id.
 */
type Row = Record<string, unknown>;

export async function insertRow(orm: MikroORM, table: string, row: Row): Promise<string> {
  const id = (row.id as string | undefined) ?? randomUUID();
  const columns = { id, ...row };
  const names = Object.keys(columns)
    .map((name) => `"${name}"`)
    .join(', ');
  const marks = Object.keys(columns)
    .map(() => '?')
    .join(', ');
  await orm.em
    .getConnection()
    .execute(`insert into "${table}" (${names}) values (${marks})`, Object.values(columns));
  return id;
}

export function insertUser(
  orm: MikroORM,
  user: { email: string; firebase_uid?: string; name?: string } & Row,
): Promise<string> {
  return insertRow(orm, 'user', {
    firebase_uid: user.firebase_uid ?? `uid-${randomUUID()}`,
    name: 'Test User',
    sign_up_type: 'PUBLIC_USER',
    crisp_token_id: randomUUID(),
    ...user,
  });
}

export function insertPartner(orm: MikroORM, partner: { name: string } & Row): Promise<string> {
  return insertRow(orm, 'partner', partner);
}

export function insertPartnerAdmin(
  orm: MikroORM,
  admin: { user_id: string; partner_id: string } & Row,
): Promise<string> {
  return insertRow(orm, 'partner_admin', admin);
}

export function insertPartnerAccess(orm: MikroORM, access: { partner_id: string } & Row): Promise<string> {
  return insertRow(orm, 'partner_access', { feature_live_chat: true, feature_therapy: false, ...access });
}

export function insertCourse(
  orm: MikroORM,
  course: { name: string; storyblok_id?: number } & Row,
): Promise<string> {
  return insertRow(orm, 'course', {
    slug: `courses/${course.name.toLowerCase().replace(/\W+/g, '-')}`,
    status: 'published',
    ...course,
  });
}

export function insertSession(
  orm: MikroORM,
  session: { name: string; course_id: string; storyblok_id?: number } & Row,
): Promise<string> {
  return insertRow(orm, 'session', {
    slug: `sessions/${session.name.toLowerCase().replace(/\W+/g, '-')}`,
    status: 'published',
    ...session,
  });
}

export interface SignedInUser {
  userId: string;
  firebaseUid: string;
  email: string;
  token: string;
}

/**
 * A Bloom user with a real emulator account and a fresh ID token. Emails must be unique across
 * the whole run (the emulator is shared by every test file): pass one with a file-specific prefix.
 */
export async function signedInUser(orm: MikroORM, email: string, row: Row = {}): Promise<SignedInUser> {
  const { host } = sharedFirebaseEmulator();
  const account = await createAccount(host, email, 'correct-horse-battery');
  const userId = await insertUser(orm, { email, firebase_uid: account.uid, ...row });
  return { userId, firebaseUid: account.uid, email, token: account.idToken };
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
