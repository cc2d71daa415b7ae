import type { Partner } from '../../domain/partner/partner.js';
import type { PartnerRepository } from '../../domain/partner/partner-repository.js';

export class ListPartners {
  constructor(private readonly partners: PartnerRepository) {}

  execute(): Promise<Partner[]> {
    return this.partners.list();
  }
}
