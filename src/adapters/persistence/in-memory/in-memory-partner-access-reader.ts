import type { PartnerAccess } from '../../../domain/partner-access/partner-access.js';
import type {
  PartnerAccessFilter,
  PartnerAccessReader,
} from '../../../domain/partner-access/partner-access-reader.js';
import type { PartnerAccessView } from '../../../domain/profile/profile-views.js';
import type { PartnerAccessId } from '../../../domain/shared/ids.js';
import type { InMemoryPartnerAccessRepository } from './in-memory-partner-access-repository.js';
import type { InMemoryPartnerRepository } from './in-memory-partner-repository.js';

/**
 * Accesses from the in-memory repositories, for use-case tests: the partner comes without its
 * features and there are no therapy sessions (those live in other in-memory stores).
 */
export class InMemoryPartnerAccessReader implements PartnerAccessReader {
  constructor(
    private readonly accesses: InMemoryPartnerAccessRepository,
    private readonly partners: InMemoryPartnerRepository,
  ) {}

  async byId(id: PartnerAccessId): Promise<PartnerAccessView | null> {
    const access = await this.accesses.findById(id);
    return access ? this.view(access) : null;
  }

  async list(filter: PartnerAccessFilter): Promise<PartnerAccessView[]> {
    const matching = this.accesses
      .all()
      .filter(
        (a) =>
          (!filter.partnerId || a.partnerId === filter.partnerId) &&
          (!filter.accessCode || a.accessCode === filter.accessCode) &&
          (filter.featureTherapy === undefined || a.featureTherapy === filter.featureTherapy) &&
          (filter.active === undefined || a.active === filter.active) &&
          (filter.claimed === undefined || (a.userId !== null) === filter.claimed),
      )
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id))
      .slice(filter.offset, filter.offset + filter.limit);
    return Promise.all(matching.map((access) => this.view(access)));
  }

  private async view(access: PartnerAccess): Promise<PartnerAccessView> {
    const partner = await this.partners.findById(access.partnerId);
    if (!partner) throw new Error('partner access without its partner');
    return {
      id: access.id,
      createdAt: access.createdAt,
      updatedAt: access.updatedAt,
      activatedAt: access.activatedAt,
      featureLiveChat: access.featureLiveChat,
      featureTherapy: access.featureTherapy,
      accessCode: access.accessCode,
      active: access.active,
      therapySessionsRemaining: access.therapySessionsRemaining,
      therapySessionsRedeemed: access.therapySessionsRedeemed,
      partner: { id: partner.id, name: partner.name, isActive: partner.isActive, partnerFeature: [] },
      therapySessions: [],
    };
  }
}
