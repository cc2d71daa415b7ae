import type { UserId } from '../../../domain/shared/ids.js';
import type { TherapyClients } from '../../../domain/therapy/therapy-clients.js';

interface Client {
  id: UserId;
  email: string;
  isActive: boolean;
  deletedAt?: Date | null;
}

/** Users as booking resolution sees them; tests put them in with `put`. */
export class InMemoryTherapyClients implements TherapyClients {
  private readonly rows: Client[] = [];

  put(client: Client): void {
    this.rows.push({ ...client });
  }

  async findActiveById(userId: UserId): Promise<UserId | null> {
    return this.rows.find((row) => row.id === userId && bookable(row))?.id ?? null;
  }

  async findActiveByEmail(email: string): Promise<UserId | null> {
    const wanted = email.toLowerCase();
    return this.rows.find((row) => row.email.toLowerCase() === wanted && bookable(row))?.id ?? null;
  }
}

function bookable(row: Client): boolean {
  return row.isActive && !row.deletedAt;
}
