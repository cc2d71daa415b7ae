import { SyncDeliveryFailed } from '../../domain/profile-sync/sync-errors.js';
import type { MessagingContacts } from '../../domain/subscription/contact-sync.js';

export interface RespondIoSettings {
  createContactWebhook: string;
  deleteContactWebhook: string;
  /** SPEC 13.7: a call still unanswered after this is abandoned and retried later. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The two respond.io contact hooks (Zapier URLs in production): POST JSON, success is any 2xx.
 * Failure reasons name the hook and a status or reason word only: the request holds a phone
 * number and a name, and response bodies are never read.
 */
export class RespondIoContacts implements MessagingContacts {
  constructor(private readonly settings: RespondIoSettings) {}

  add(number: string, name: string): Promise<void> {
    return this.post('create-contact', this.settings.createContactWebhook, { phonenumber: number, name });
  }

  remove(number: string): Promise<void> {
    return this.post('delete-contact', this.settings.deleteContactWebhook, { phonenumber: number });
  }

  private async post(hook: string, url: string, body: Record<string, string>): Promise<void> {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.settings.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw new SyncDeliveryFailed(`${hook} hook ${timedOut ? 'timed out' : 'unreachable'}`);
    }
    // The body is not read for its content; cancelling it frees the connection.
    await response.body?.cancel().catch(() => undefined);
    if (response.status < 200 || response.status > 299)
      throw new SyncDeliveryFailed(`${hook} hook answered ${response.status}`);
  }
}
