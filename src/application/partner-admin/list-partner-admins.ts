import type {
  PartnerAdminListItem,
  PartnerAdminReader,
} from '../../domain/partner-admin/partner-admin-reader.js';
import type { PartnerId } from '../../domain/shared/ids.js';

export class ListPartnerAdmins {
  constructor(private readonly reader: PartnerAdminReader) {}

  execute(partnerId?: PartnerId): Promise<PartnerAdminListItem[]> {
    return this.reader.list(partnerId);
  }
}
