import { z } from 'zod';
import type { SimplybookClient } from '../../domain/therapy/simplybook-client.js';
import { SimplybookBookingNotFound, SimplybookUnavailable } from '../../domain/therapy/therapy-errors.js';
import { exchange } from './simplybook-http.js';
import { SimplybookLogin } from './simplybook-login.js';
import { DEFAULT_TIMEOUT_MS, type SimplybookSettings } from './simplybook-settings.js';

// Ids go into an integer column; Simplybook sends them as numbers (digit strings accepted too).
const BookingId = z
  .union([
    z.number(),
    z
      .string()
      .regex(/^\d{1,10}$/)
      .transform(Number),
  ])
  .pipe(z.number().int().positive().max(2_147_483_647));
const bookingsAnswer = z.object({
  data: z.array(z.looseObject({ id: z.unknown(), code: z.unknown() })),
});

/**
 * SimplybookClient on the REST admin API (SPEC 12.3). A call refused with 401 drops the token,
 * logs in again and is retried once; a second 401 is SIMPLYBOOK_UNAVAILABLE, never a loop.
 */
export class SimplybookRestClient implements SimplybookClient {
  private readonly login: SimplybookLogin;
  private readonly apiUrl: string;
  private readonly timeoutMs: number;

  constructor(private readonly settings: SimplybookSettings) {
    this.login = new SimplybookLogin(settings);
    this.apiUrl = settings.apiUrl.replace(/\/+$/, '');
    this.timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async findBookingId(code: string): Promise<number> {
    const query = new URLSearchParams({ 'filter[search]': code });
    const parsed = bookingsAnswer.safeParse(
      await this.call('GET', `/bookings?${query.toString()}`, 'search'),
    );
    if (!parsed.success) throw new SimplybookUnavailable('Simplybook sent an unexpected search answer');
    // A search matches codes loosely: only an exact match is this booking.
    const match = parsed.data.data.find((booking) => booking.code === code);
    if (!match) throw new SimplybookBookingNotFound();
    const id = BookingId.safeParse(match.id);
    if (!id.success) throw new SimplybookUnavailable('Simplybook sent a booking without a usable id');
    return id.data;
  }

  async cancelBooking(id: number): Promise<void> {
    await this.call('DELETE', `/bookings/${id}`, 'cancel');
  }

  private async call(method: string, path: string, step: string): Promise<unknown> {
    for (let attempt = 1; ; attempt += 1) {
      const token = await this.login.token();
      const headers = {
        'X-Company-Login': this.settings.company,
        'X-Token': token,
        'Content-Type': 'application/json',
      };
      const answer = await exchange(`${this.apiUrl}${path}`, { method, headers }, step, this.timeoutMs);
      if (answer.status === 401 && attempt === 1) {
        this.login.drop(token);
        continue;
      }
      if (answer.status < 200 || answer.status > 299)
        throw new SimplybookUnavailable(`Simplybook answered ${answer.status} (${step})`);
      return answer.body;
    }
  }
}
