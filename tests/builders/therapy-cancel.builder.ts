import { CancelTherapyBooking } from '../../src/application/therapy/cancel-therapy-booking.js';
import type { SimplybookClient } from '../../src/domain/therapy/simplybook-client.js';
import { SimplybookBookingNotFound } from '../../src/domain/therapy/therapy-errors.js';
import { InMemoryUnitOfWork } from '../../src/adapters/persistence/in-memory/in-memory-unit-of-work.js';
import { NOW, therapyBookingWorld } from './therapy-use-case.builder.js';

/**
 * Simplybook as the cancel use case sees it: bookings by code, every call recorded. `failWith`
 * makes each call throw; `during` runs while a call is in flight (a webhook delivery racing it).
 */
export class ScriptedSimplybook implements SimplybookClient {
  readonly calls: string[] = [];
  readonly ids = new Map<string, number>();
  failWith: Error | null = null;
  during: (() => Promise<unknown>) | null = null;

  async findBookingId(code: string): Promise<number> {
    await this.step(`find ${code}`);
    const id = this.ids.get(code);
    if (id === undefined) throw new SimplybookBookingNotFound();
    return id;
  }

  async cancelBooking(id: number): Promise<void> {
    await this.step(`cancel ${id}`);
  }

  private async step(call: string): Promise<void> {
    this.calls.push(call);
    const during = this.during;
    this.during = null;
    if (during) await during();
    if (this.failWith) throw this.failWith;
  }
}

/** therapyBookingWorld plus CancelTherapyBooking over the same stores, at NOW. */
export function therapyCancelWorld() {
  const world = therapyBookingWorld();
  const simplybook = new ScriptedSimplybook();
  simplybook.ids.set('SB-0001', 4242);
  const cancel = new CancelTherapyBooking(
    world.sessions,
    world.credits,
    simplybook,
    world.profiles,
    new InMemoryUnitOfWork(),
    { now: () => NOW },
  );
  return { ...world, simplybook, cancel };
}
