import type { Crisp } from 'crisp-api';
import type {
  ChatProfile,
  ChatProfileData,
  ChatProfileDeletion,
} from '../../domain/chat-profile/chat-profile.js';
import type { ChatProfiles } from '../../domain/chat-profile/chat-profiles.js';
import { crispReason, crispStatus, toDeliveryFailure } from './crisp-failure.js';

export interface CrispSettings {
  websiteId: string;
  pluginId: string;
  pluginKey: string;
  /** CRISP_API_URL: another REST host (tests: a loopback fake); null for Crisp's own. */
  apiUrl: string | null;
}

type Card = { email?: string; person: { nickname: string; locales?: string[] }; segments?: string[] };

/**
 * Chat profiles in Crisp, through the real crisp-api client on the plugin tier. People are
 * addressed by email in the URL path, which crisp-api does not encode: a `#` or `/` in an
 * email would address someone else, so every path email goes through encodeURIComponent.
 */
export class CrispChatProfiles implements ChatProfiles {
  private client: Promise<Crisp> | undefined;

  constructor(private readonly settings: CrispSettings) {}

  /** crisp-api is loaded on the first delivery, not at start-up (docs/performance.md, cold start). */
  private crisp(): Promise<Crisp> {
    return (this.client ??= import('crisp-api').then(({ Crisp }) => {
      const crisp = new Crisp();
      crisp.authenticateTier('plugin', this.settings.pluginId, this.settings.pluginKey);
      if (this.settings.apiUrl) crisp.setRestHost(this.settings.apiUrl.replace(/\/+$/, ''));
      return crisp;
    }));
  }

  async saveProfile(profile: ChatProfile, previousEmail: string | null): Promise<void> {
    const card: Card & { email: string } = {
      email: profile.email,
      person: { nickname: profile.nickname, locales: profile.locales },
      segments: profile.segments,
    };
    const renamed = previousEmail !== null && previousEmail !== profile.email;
    if (!renamed || !(await this.updateIfFound(previousEmail, card, 'rename')))
      await this.createOrUpdate(card);
  }

  saveData(email: string, data: ChatProfileData): Promise<void> {
    return this.updateData(email, data);
  }

  async markDeleted(email: string, deletion: ChatProfileDeletion): Promise<void> {
    if (!(await this.updateIfFound(email, { person: { nickname: deletion.nickname } }, 'delete'))) return;
    await this.updateData(email, deletion.data);
  }

  private async createOrUpdate(card: Card & { email: string }): Promise<void> {
    try {
      await (await this.crisp()).website.addNewPeopleProfile(this.settings.websiteId, card);
    } catch (error) {
      // An existing profile is not an error (SPEC.md section 8): update it instead.
      if (crispReason(error) !== 'people_exists') throw toDeliveryFailure(error, 'create');
      await this.updateIfFound(card.email, card, 'update');
    }
  }

  /** false when Crisp has no profile under `email`. */
  private async updateIfFound(email: string, card: Card, step: string): Promise<boolean> {
    try {
      await (
        await this.crisp()
      ).website.updatePeopleProfile(this.settings.websiteId, encodeURIComponent(email), card);
      return true;
    } catch (error) {
      if (crispStatus(error) === 404) return false;
      throw toDeliveryFailure(error, step);
    }
  }

  private async updateData(
    email: string,
    data: ChatProfileData | ChatProfileDeletion['data'],
  ): Promise<void> {
    try {
      // Crisp wants `{ data: {…} }`; crisp-api's type says the bare record, which Crisp rejects.
      const body = { data } as unknown as Record<string, string>;
      await (
        await this.crisp()
      ).website.updatePeopleData(this.settings.websiteId, encodeURIComponent(email), body);
    } catch (error) {
      throw toDeliveryFailure(error, 'data');
    }
  }
}
