import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { ChatProfileAddresses } from '../../../domain/chat-profile/chat-profile-addresses.js';
import type { UserId } from '../../../domain/shared/ids.js';
import { ChatProfileAddressMapping } from './chat-profile-address.mapping.js';

/** `chat_profile_address`: one row per user whose chat profile was ever delivered. */
export class MikroOrmChatProfileAddresses implements ChatProfileAddresses {
  constructor(private readonly em: SqlEntityManager) {}

  async lastDelivered(userId: UserId): Promise<string | null> {
    const row: { email: string } | null = await this.em
      .createQueryBuilder(ChatProfileAddressMapping)
      .select(['email'])
      .where({ userId })
      .execute('get');
    return row?.email ?? null;
  }

  async remember(userId: UserId, email: string, now: Date): Promise<void> {
    await this.em
      .createQueryBuilder(ChatProfileAddressMapping)
      .insert({ userId, email, createdAt: now, updatedAt: now })
      .onConflict('userId')
      .merge(['email', 'updatedAt'])
      .execute('run');
  }

  async forget(userId: UserId): Promise<void> {
    await this.em.createQueryBuilder(ChatProfileAddressMapping).delete().where({ userId }).execute('run');
  }
}
