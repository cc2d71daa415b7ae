import { portToken } from '../shared/port-token.js';
import type { PartnerAdminId, PartnerId, UserId } from '../shared/ids.js';

/** The authenticated caller of a request, with the roles SPEC.md section 3 derives from data. */
export interface Actor {
  userId: UserId;
  firebaseUid: string;
  isSuperAdmin: boolean;
  /** Set only for an active partner_admin row whose partner is active. */
  partnerAdmin: { id: PartnerAdminId; partnerId: PartnerId } | null;
}

/** What the directory knows about the Bloom user behind a Firebase uid. */
export interface ActorRecord {
  userId: UserId;
  email: string;
  isActive: boolean;
  deletedAt: Date | null;
  isSuperAdmin: boolean;
  partnerAdmin: { id: PartnerAdminId; partnerId: PartnerId } | null;
}

/** Looks up the caller in one read (user, plus their active partner-admin role). */
export interface ActorDirectory {
  findByFirebaseUid(firebaseUid: string): Promise<ActorRecord | null>;
}
export const ActorDirectory = portToken<ActorDirectory>('ActorDirectory');
