import { portToken } from '../shared/port-token.js';
import type { PartnerAdminId, PartnerId, UserId } from '../shared/ids.js';

export interface PartnerAdminListItem {
  id: PartnerAdminId;
  userId: UserId;
  partnerId: PartnerId;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
  user: { id: UserId; name: string; email: string };
}

/** Partner admins with the few user fields a super admin needs to recognise them. */
export interface PartnerAdminReader {
  /** Oldest first; all partners when `partnerId` is absent. */
  list(partnerId?: PartnerId): Promise<PartnerAdminListItem[]>;
}
export const PartnerAdminReader = portToken<PartnerAdminReader>('PartnerAdminReader');
