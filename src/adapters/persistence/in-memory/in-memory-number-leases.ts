import type { NumberLeases } from '../../../domain/subscription/contact-sync.js';

export class InMemoryNumberLeases implements NumberLeases {
  readonly held = new Map<string, { holder: string; until: Date }>();

  async claim(number: string, holder: string, now: Date, until: Date): Promise<boolean> {
    const current = this.held.get(number);
    if (current && current.until.getTime() > now.getTime()) return false;
    this.held.set(number, { holder, until });
    return true;
  }

  async release(number: string, holder: string): Promise<void> {
    if (this.held.get(number)?.holder === holder) this.held.delete(number);
  }
}
