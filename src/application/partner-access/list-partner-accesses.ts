import { Forbidden } from '../../domain/identity/auth-errors.js';
import { AccessCode } from '../../domain/partner-access/access-code.js';
import type { PartnerAccessView } from '../../domain/profile/profile-views.js';
import type {
  PartnerAccessFilter,
  PartnerAccessReader,
} from '../../domain/partner-access/partner-access-reader.js';
import type { PartnerId } from '../../domain/shared/ids.js';

/** Who is listing: a super admin sees every partner, a partner admin only their own. */
export interface AccessListViewer {
  isSuperAdmin: boolean;
  adminOfPartnerId: PartnerId | null;
}

export class ListPartnerAccesses {
  constructor(private readonly reader: PartnerAccessReader) {}

  /** `input.accessCode` is as the caller typed it: it is normalised here like every input code. */
  execute(viewer: AccessListViewer, input: PartnerAccessFilter): Promise<PartnerAccessView[]> {
    const filter =
      input.accessCode === undefined
        ? input
        : { ...input, accessCode: AccessCode.normalise(input.accessCode) };
    if (viewer.isSuperAdmin) return this.reader.list(filter);
    const own = viewer.adminOfPartnerId;
    // Asking for another partner is refused rather than silently narrowed, so the caller knows.
    if (!own || (filter.partnerId && filter.partnerId !== own)) throw new Forbidden();
    return this.reader.list({ ...filter, partnerId: own });
  }
}
