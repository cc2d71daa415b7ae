import { Partner } from '../../domain/partner/partner.js';
import { PartnerAlreadyExists } from '../../domain/partner/partner-errors.js';
import type { PartnerRepository } from '../../domain/partner/partner-repository.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { IdGenerator } from '../../domain/shared/id-generator.js';
import type { PartnerId } from '../../domain/shared/ids.js';
import type { UnitOfWork } from '../../domain/shared/unit-of-work.js';

export class CreatePartner {
  constructor(
    private readonly partners: PartnerRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  execute(input: { name: string }): Promise<Partner> {
    return this.uow.run(async () => {
      const partner = Partner.create(this.ids.uuid() as PartnerId, input.name, this.clock.now());
      if (await this.partners.findByName(partner.name)) throw new PartnerAlreadyExists();
      await this.partners.add(partner);
      return partner;
    });
  }
}
