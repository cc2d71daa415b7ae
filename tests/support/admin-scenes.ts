import { bearer, insertPartner, insertPartnerAdmin, signedInUser, type SignedInUser } from './fixtures.js';
import { jsonRequest, type TestApplication } from './test-app.js';

// Numbers each scene's accounts: the run shares one Auth emulator, so emails must not repeat.
let run = 0;

export interface SuperAdminAndMember {
  superAdmin: SignedInUser;
  /** A signed-in user with no admin rights. */
  member: SignedInUser;
  /** The N in this scene's emails. */
  run: number;
}

/**
 * Resets the database and signs in a super admin and a member, with emails
 * `${prefix}-super-N@example.com` and `${prefix}-member-N@example.com`.
 */
export async function superAdminAndMember(t: TestApplication, prefix: string): Promise<SuperAdminAndMember> {
  await t.database.reset();
  run += 1;
  const superAdmin = await signedInUser(t.database.orm, `${prefix}-super-${run}@example.com`, {
    is_super_admin: true,
  });
  const member = await signedInUser(t.database.orm, `${prefix}-member-${run}@example.com`);
  return { superAdmin, member, run };
}

export interface PartnerScene extends SuperAdminAndMember {
  /** Partner "Bumble". */
  partnerId: string;
  /** Partner "Badoo". */
  otherPartnerId: string;
  /** A signed-in partner admin of Bumble. */
  admin: SignedInUser;
  /** The partner_admin row of `admin`. */
  adminId: string;
}

/**
 * Resets the database and sets up partners Bumble and Badoo, a super admin, a partner admin of
 * Bumble and a member (emails `${prefix}-super|admin|member-N@example.com`).
 */
export async function partnerScene(t: TestApplication, prefix: string): Promise<PartnerScene> {
  const orm = t.database.orm;
  await t.database.reset();
  run += 1;
  const partnerId = await insertPartner(orm, { name: 'Bumble' });
  const otherPartnerId = await insertPartner(orm, { name: 'Badoo' });
  const superAdmin = await signedInUser(orm, `${prefix}-super-${run}@example.com`, { is_super_admin: true });
  const admin = await signedInUser(orm, `${prefix}-admin-${run}@example.com`);
  const adminId = await insertPartnerAdmin(orm, { user_id: admin.userId, partner_id: partnerId });
  const member = await signedInUser(orm, `${prefix}-member-${run}@example.com`);
  return { partnerId, otherPartnerId, superAdmin, admin, adminId, member, run };
}

/** Request options for `user`: a JSON body when `body` is given, else just the bearer token. */
export function asUser(user: SignedInUser, method: string, body?: unknown): RequestInit {
  return body === undefined
    ? { method, headers: bearer(user.token) }
    : jsonRequest(method, body, bearer(user.token));
}
