import { PartnerNotFound } from '../../domain/partner/partner-errors.js';
import type { PartnerReader } from '../../domain/partner/partner-reader.js';
import type { PartnerView } from '../../domain/profile/profile-views.js';

/** The public page of a partner: active partners only, found by exact name in any case. */
export class GetActivePartner {
  constructor(private readonly reader: PartnerReader) {}

  async execute(name: string): Promise<PartnerView> {
    const partner = await this.reader.activeByName(name.trim());
    if (!partner) throw new PartnerNotFound();
    return partner;
  }
}
