import type { PartnerId } from '../../domain/shared/ids.js';
import type { AccessCodeChecks } from './access-code-checks.js';

export interface ValidCode {
  partner: { id: PartnerId; name: string };
  featureLiveChat: boolean;
  featureTherapy: boolean;
}

/** Anyone may ask whether a code would work; the answer says nothing about who minted or holds it. */
export class ValidateAccessCode {
  constructor(private readonly checks: AccessCodeChecks) {}

  async execute(code: string): Promise<ValidCode> {
    const { access, partner } = await this.checks.check(code, null);
    return {
      partner: { id: partner.id, name: partner.name },
      featureLiveChat: access.featureLiveChat,
      featureTherapy: access.featureTherapy,
    };
  }
}
